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
  /** Every proper word-prefix of a multi-word gazetteer name ("مجلس" for "مجلس الامن"). */
  gazetteerPrefixes: Set<string>;
  /** Folded word → bit set over GazetteerTypes, learnt from what the word follows in the news. */
  newsNames: Map<string, number>;
  /** Folded word → cue class (TITLE, ORG, LOC, MISC, SAY, LOCPREP). */
  cues: Map<string, string>;
  /** Folded word → cluster ids at several granularities, coarse to fine. */
  clusters: Map<string, string[]>;
  /** Folded word → clusters of its skip-gram embedding, coarse to fine. */
  embedding: Map<string, string[]>;
  /** Folded word → prefixes of its Brown-cluster bit string (BrownPrefixes bits), coarse to fine. */
  brown: Map<string, string[]>;
  /** Folded word → its frequency rank in the news (the cluster table is written most frequent first). */
  clusterRank: Map<string, number>;
}

function dataLines(text: string): string[][] {
  return text
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

export function parseGazetteer(text: string): {
  gazetteer: Map<string, number>;
  maxWords: number;
  prefixes: Set<string>;
} {
  const gazetteer = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const [type, name] of dataLines(text)) {
    const bit = GazetteerTypes.indexOf(type as (typeof GazetteerTypes)[number]);
    if (bit < 0 || !name) continue;
    gazetteer.set(name, (gazetteer.get(name) ?? 0) | (1 << bit));
    const words = name.split(" ");
    maxWords = Math.max(maxWords, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(" "));
  }
  return { gazetteer, maxWords, prefixes };
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

/** Bit-string prefix lengths used as clusters (Ratinov & Roth 2009). */
export const BrownPrefixes = [4, 6, 10, 20];

export function parseBrown(text: string): Map<string, string[]> {
  const brown = new Map<string, string[]>();
  for (const [word, path] of dataLines(text))
    if (path)
      brown.set(
        word,
        BrownPrefixes.map((k) => path.slice(0, k)),
      );
  return brown;
}

function rankOf(clusters: Map<string, unknown>): Map<string, number> {
  const rank = new Map<string, number>();
  for (const word of clusters.keys()) rank.set(word, rank.size);
  return rank;
}

export function emptyResources(): NerResources {
  return {
    gazetteer: new Map(),
    gazetteerMaxWords: 1,
    gazetteerPrefixes: new Set(),
    newsNames: new Map(),
    cues: new Map(),
    clusters: new Map(),
    brown: new Map(),
    embedding: new Map(),
    clusterRank: new Map(),
  };
}

export function loadNerResources(dir: string): NerResources {
  const read = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`NER resource missing: ${path} (rebuild with "marsad train ner")`);
    return readFileSync(path, "utf8");
  };
  const { gazetteer, maxWords, prefixes } = parseGazetteer(read("gazetteer.tsv"));
  const clusters = existsSync(join(dir, "clusters.tsv")) ? parseClusters(read("clusters.tsv")) : new Map();
  const brown = existsSync(join(dir, "brown.tsv")) ? parseBrown(read("brown.tsv")) : new Map();
  return {
    gazetteer,
    gazetteerMaxWords: maxWords,
    gazetteerPrefixes: prefixes,
    newsNames: existsSync(join(dir, "news-names.tsv"))
      ? parseGazetteer(read("news-names.tsv")).gazetteer
      : new Map(),
    cues: parseCues(read("cues.tsv")),
    clusters,
    brown,
    embedding: existsSync(join(dir, "embedding-clusters.tsv"))
      ? parseClusters(read("embedding-clusters.tsv"))
      : new Map(),
    // Both cluster tables list the news words most frequent first.
    clusterRank: rankOf(clusters.size > 0 ? clusters : brown),
  };
}
