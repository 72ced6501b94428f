// The training corpora in ../shared/data/ner, each mapped onto ANERcorp's tag set (PERS, LOC, ORG, MISC).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mapTags, parseConll, type TaggedSentence } from "./conll.ts";

export type CorpusName = "anercorp" | "aqmar" | "wikifane" | "wojood";

/** WikiFANE fine types. Groups of people (المسلمين، العرب) are O, as ANERcorp leaves demonyms untagged. */
const WikiFaneTypes: Record<string, string | null> = {
  Politician: "PERS",
  Religious_PER: "PERS",
  Artist: "PERS",
  Other_PER: "PERS",
  Scientist: "PERS",
  Athlete: "PERS",
  Businessperson: "PERS",
  Engineer: "PERS",
  Lawyer: "PERS",
  Police: "PERS",
  Group: null,
  "Population-Center": "LOC",
  Nation: "LOC",
  "State-or-Province": "LOC",
  Continent: "LOC",
  "Water-Body": "LOC",
  "Land-Region-Natural": "LOC",
  "County-or-District": "LOC",
  "GPE-Cluster": "LOC",
  Path: "LOC",
  "Building-Grounds": "LOC",
  Airport: "LOC",
  "Subarea-Facility": "LOC",
  Celestial: null,
  Government: "ORG",
  "Non-Governmental": "ORG",
  Commercial: "ORG",
  Educational: "ORG",
  Media: "ORG",
  Sports: "ORG",
  Religious_ORG: "ORG",
  Entertainment: "ORG",
  "Medical-Science": "ORG",
};

/** Wojood: GPE and facilities are places; events are MISC (as ANERcorp's wars and tournaments); NORP is O. */
const WojoodTypes: Record<string, string | null> = {
  PERS: "PERS",
  ORG: "ORG",
  GPE: "LOC",
  LOC: "LOC",
  FAC: "LOC",
  EVENT: "MISC",
};

const AqmarTypes: Record<string, string | null> = { PER: "PERS", LOC: "LOC", ORG: "ORG", MISC: "MISC" };

export function mapCorpusTags(corpus: CorpusName, sentence: TaggedSentence): TaggedSentence {
  if (corpus === "anercorp") return sentence;
  const table = corpus === "wikifane" ? WikiFaneTypes : corpus === "wojood" ? WojoodTypes : AqmarTypes;
  // Unlisted WikiFANE types are products, weapons and vehicles: ANERcorp's MISC.
  const fallback = corpus === "wikifane" ? "MISC" : null;
  return { tokens: sentence.tokens, tags: mapTags(sentence.tags, (t) => (t in table ? table[t] : fallback)) };
}

const Files: Record<CorpusName, { path: string[]; tagColumn: "last" | number }> = {
  anercorp: { path: ["anercorp-train.txt"], tagColumn: "last" },
  aqmar: { path: ["aqmar.txt"], tagColumn: "last" },
  wikifane: { path: ["wikifane-gold.tsv"], tagColumn: "last" },
  // Wojood nests tags in extra columns; the first tag column is the outermost entity.
  wojood: {
    path: ["wojood-sample/train.txt", "wojood-sample/val.txt", "wojood-sample/test.txt"],
    tagColumn: 1,
  },
};

export function loadCorpus(shared: string, corpus: CorpusName): TaggedSentence[] {
  const { path, tagColumn } = Files[corpus];
  const out: TaggedSentence[] = [];
  for (const p of path) {
    const file = join(shared, "data/ner", p);
    for (const s of parseConll(readFileSync(file, "utf8"), { tagColumn, source: file })) {
      // Wojood marks paragraph ends with a "$#$" token.
      const keep = s.tokens.map((t) => t !== "$#$");
      const cleaned = { tokens: s.tokens.filter((_, i) => keep[i]), tags: s.tags.filter((_, i) => keep[i]) };
      if (cleaned.tokens.length) out.push(mapCorpusTags(corpus, cleaned));
    }
  }
  return out;
}

/** ANERcorp train split into our train part and our dev part (its last 10% of sentences). */
export function splitDev(sentences: TaggedSentence[], devFraction = 0.1) {
  const cut = Math.round(sentences.length * (1 - devFraction));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}
