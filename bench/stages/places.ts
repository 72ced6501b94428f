// Bench of the places/actors stage: lexicon lookups per second, documents per second over the news corpus,
// and the share of LOC entities resolved to the gazetteer. LOC entities come from the NER stage over
// ../shared/data/news when that stage exists; the gold LOC entities of ANERcorp (train split, hand-tagged)
// are always measured too, since they show the gazetteer's coverage independently of any tagger.
// Run: node --import tsx bench/stages/places.ts [--docs N]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc } from "../../src/doc/doc.ts";
import type { ArticleInput, Doc, Entity } from "../../src/doc/types.ts";
import { wordKey } from "../../src/lexicon/key.ts";
import { sharedDir } from "../../src/paths.ts";
import type { Stage } from "../../src/pipeline/pipeline.ts";
import { loadLexicons } from "../../src/places/lexicons.ts";
import { createPlacesStage } from "../../src/places/stage.ts";
import { textStage } from "../../src/text/stage.ts";

/**
 * The places stage's line in `npm run bench`, shaped like bench/stage.ts's BenchStage (kept structural so this
 * file stands alone): `prepare` runs text and NER (not timed), `run` times the places stage alone.
 */
export const bench = {
  name: "places",
  description: "actors and places: lexicon matches, linking, toponym resolution (createPlacesStage)",
  order: 40,
  async setup() {
    const places = createPlacesStage(loadLexicons());
    const ner = await nerStage();
    return {
      prepare: (article: ArticleInput): Doc => {
        const doc = textStage.run(createDoc(article));
        return ner ? ner.run(doc) : doc;
      },
      run: (doc: Doc): Doc => places.run(doc),
    };
  },
};

export interface PlacesBench {
  lookupsPerSecond: number;
  docsPerSecond: number;
  newsDocs: number;
  newsLocResolved: number | null;
  newsLocTotal: number | null;
  anercorpLocResolved: number;
  anercorpLocTotal: number;
}

function newsArticles(limit: number): string[] {
  const lines = readFileSync(join(sharedDir(), "data", "news", "ant-multisource.jsonl"), "utf8").split("\n");
  const out: string[] = [];
  // Every k-th article, so the sample spans sources and sections.
  const step = Math.max(1, Math.floor(lines.length / limit));
  for (let i = 0; i < lines.length && out.length < limit; i += step) {
    if (lines[i]) out.push((JSON.parse(lines[i]) as { text: string }).text);
  }
  return out;
}

/** ANERcorp sentences as Docs (tokens joined by spaces) with the gold LOC spans as entities. */
function anercorpDocs(): Doc[] {
  const docs: Doc[] = [];
  const raw = readFileSync(join(sharedDir(), "data", "ner", "anercorp-train.txt"), "utf8");
  for (const block of raw.split(/\n\s*\n/)) {
    let text = "";
    const entities: Entity[] = [];
    let open: Entity | null = null;
    for (const line of block.split("\n")) {
      const m = line.trim().match(/^(\S+)\s+(\S+)$/);
      if (!m) continue;
      const [, word, tag] = m;
      if (text) text += " ";
      const start = text.length;
      text += word;
      if (tag === "B-LOC" || (tag === "I-LOC" && !open)) {
        open = { start, end: text.length, text: word, type: "LOC" };
        entities.push(open);
      } else if (tag === "I-LOC" && open) {
        open.end = text.length;
        open.text = text.slice(open.start, open.end);
      } else open = null;
    }
    if (entities.length > 0) docs.push({ ...createDoc({ text }), entities });
  }
  return docs;
}

async function nerStage(): Promise<Stage | null> {
  try {
    const mod = (await import("../../src/ner/stage.ts")) as { createNerStage?: () => Stage };
    return mod.createNerStage ? mod.createNerStage() : null;
  } catch {
    return null;
  }
}

export async function benchPlaces(opts: { docs?: number } = {}): Promise<PlacesBench> {
  const lex = loadLexicons();
  const places = createPlacesStage(lex);
  const articles = newsArticles(opts.docs ?? 300);
  const tokenised = articles.map((text) => textStage.run(createDoc({ text })));

  // Lookups: every token key of the sample, in the gazetteer and the actor lexicon.
  const keys = tokenised.flatMap((d) => d.tokens!.map((t) => wordKey(t.text)));
  let hits = 0;
  const rounds = Math.max(1, Math.ceil(2_000_000 / keys.length));
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const k of keys) {
      if (lex.gazetteer.candidates(k).length > 0) hits++;
      if (lex.actors.byKey(k).length > 0) hits++;
    }
  }
  const lookupsPerSecond = (2 * keys.length * rounds) / ((performance.now() - t0) / 1000);

  const ner = await nerStage();
  const inputs = ner ? tokenised.map((d) => ner.run(d)) : tokenised;
  const t1 = performance.now();
  const linked = inputs.map((d) => places.run(d));
  const docsPerSecond = linked.length / ((performance.now() - t1) / 1000);
  let newsLocTotal: number | null = null;
  let newsLocResolved: number | null = null;
  if (ner) {
    newsLocTotal = 0;
    newsLocResolved = 0;
    for (const d of linked) {
      for (const e of d.entities ?? []) {
        if (e.type !== "LOC") continue;
        newsLocTotal++;
        if (d.places!.some((p) => p.start === e.start && p.end === e.end && p.id !== null)) newsLocResolved++;
      }
    }
  }

  let anercorpLocTotal = 0;
  let anercorpLocResolved = 0;
  for (const d of anercorpDocs()) {
    const out = places.run(textStage.run(d));
    for (const e of out.entities ?? []) {
      if (e.type !== "LOC" || !d.entities!.some((g) => g.start === e.start || g.end === e.end)) continue;
      anercorpLocTotal++;
      if (e.canonical) anercorpLocResolved++;
    }
  }
  if (hits < 0) throw new Error("unreachable");
  return {
    lookupsPerSecond,
    docsPerSecond,
    newsDocs: articles.length,
    newsLocResolved,
    newsLocTotal,
    anercorpLocResolved,
    anercorpLocTotal,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--docs");
  const r = await benchPlaces({ docs: i > 0 ? Number(process.argv[i + 1]) : undefined });
  const pct = (a: number | null, b: number | null) =>
    a === null || !b ? "n/a (no NER stage)" : `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`;
  process.stdout.write(
    [
      `lexicon lookups/s: ${Math.round(r.lookupsPerSecond).toLocaleString("en")}`,
      `places stage docs/s (news, ${r.newsDocs} articles): ${r.docsPerSecond.toFixed(1)}`,
      `news LOC entities resolved: ${pct(r.newsLocResolved, r.newsLocTotal)}`,
      `ANERcorp gold LOC entities resolved: ${pct(r.anercorpLocResolved, r.anercorpLocTotal)}`,
    ].join("\n") + "\n",
  );
}
