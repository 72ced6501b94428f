// The word knowledge the tagger's features consult: name lists, cue words and word clusters. Parsing is pure;
// `loadNerResources` reads the shipped files in data/ner.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { foldWord } from "./fold.ts";

export const GazetteerTypes = ["PERS", "LOC", "ORG"] as const;

export interface NerResources {
  /** Folded name (words joined by one space) → bit set over GazetteerTypes. */
  gazetteer: Map<string, number>;
  /** Longest gazetteer name, in words. */
  gazetteerMaxWords: number;
  /** Folded word → cue class (TITLE, ORG, LOC, MISC, SAY, LOCPREP). */
  cues: Map<string, string>;
  /** Folded word → cluster ids at several granularities, coarse to fine. */
  clusters: Map<string, string[]>;
}

function dataLines(text: string): string[][] {
  return text
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

export function parseGazetteer(text: string): { gazetteer: Map<string, number>; maxWords: number } {
  const gazetteer = new Map<string, number>();
  let maxWords = 1;
  for (const [type, name] of dataLines(text)) {
    const bit = GazetteerTypes.indexOf(type as (typeof GazetteerTypes)[number]);
    if (bit < 0 || !name) continue;
    gazetteer.set(name, (gazetteer.get(name) ?? 0) | (1 << bit));
    maxWords = Math.max(maxWords, name.split(" ").length);
  }
  return { gazetteer, maxWords };
}

export function parseCues(text: string): Map<string, string> {
  const cues = new Map<string, string>();
  for (const [cls, word] of dataLines(text)) if (word) cues.set(foldWord(word), cls);
  return cues;
}

export function parseClusters(text: string): Map<string, string[]> {
  const clusters = new Map<string, string[]>();
  for (const [word, ...ids] of dataLines(text)) clusters.set(word, ids);
  return clusters;
}

export function emptyResources(): NerResources {
  return { gazetteer: new Map(), gazetteerMaxWords: 1, cues: new Map(), clusters: new Map() };
}

export function loadNerResources(dir: string): NerResources {
  const read = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`NER resource missing: ${path} (rebuild with "marsad train ner")`);
    return readFileSync(path, "utf8");
  };
  const { gazetteer, maxWords } = parseGazetteer(read("gazetteer.tsv"));
  return {
    gazetteer,
    gazetteerMaxWords: maxWords,
    cues: parseCues(read("cues.tsv")),
    clusters: existsSync(join(dir, "clusters.tsv")) ? parseClusters(read("clusters.tsv")) : new Map(),
  };
}
