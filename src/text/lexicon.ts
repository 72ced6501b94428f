import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { dataDir } from "../paths.ts";
import { matchKey } from "./normalise.ts";

/**
 * What clitic segmentation knows about words: how often each surface form (by match key) occurs in news,
 * and which forms must never lose a letter to a clitic split (function words, number words, words whose
 * first letters only look like a clitic: الذي، كان، لكن، ستين).
 */
export interface TextLexicon {
  /** Occurrences of the form (a match key) in the source corpus; 0 when unseen. */
  freq(key: string): number;
  /** Forms kept whole except for a leading conjunction (و ف). */
  isProtected(key: string): boolean;
}

export const TEXT_DATA_DIR = resolve(dataDir, "text");
export const WORD_FREQ_FILE = "word-freq.tsv";
export const PROTECTED_FILE = "protected-words.txt";

export function lexiconFromCounts(
  counts: Map<string, number>,
  protectedKeys: Iterable<string> = [],
): TextLexicon {
  const prot = new Set<string>();
  for (const w of protectedKeys) prot.add(matchKey(w));
  return {
    freq: (key) => counts.get(key) ?? 0,
    isProtected: (key) => prot.has(key),
  };
}

/** Parses `key<TAB>count` lines (comments with #). */
export function parseWordFreq(tsv: string): Map<string, number> {
  const counts = new Map<string, number>();
  let lineStart = 0;
  while (lineStart < tsv.length) {
    let lineEnd = tsv.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = tsv.length;
    if (tsv.charCodeAt(lineStart) !== 0x23) {
      const tab = tsv.indexOf("\t", lineStart);
      if (tab > lineStart && tab < lineEnd) {
        counts.set(tsv.slice(lineStart, tab), Number.parseInt(tsv.slice(tab + 1, lineEnd), 10));
      }
    }
    lineStart = lineEnd + 1;
  }
  return counts;
}

export function parseWordList(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter((l) => l.length > 0);
}

export function loadTextLexicon(dir = TEXT_DATA_DIR): TextLexicon {
  const freqPath = resolve(dir, WORD_FREQ_FILE);
  if (!existsSync(freqPath)) {
    throw new Error(`text lexicon not found at ${freqPath} (rebuild it with: npm run build:lexicon:text)`);
  }
  const counts = parseWordFreq(readFileSync(freqPath, "utf8"));
  const protPath = resolve(dir, PROTECTED_FILE);
  const prot = existsSync(protPath) ? parseWordList(readFileSync(protPath, "utf8")) : [];
  return lexiconFromCounts(counts, prot);
}

let shared: TextLexicon | undefined;

/** The shipped lexicon, loaded on first use (a few tens of milliseconds) and kept. */
export function defaultTextLexicon(): TextLexicon {
  shared ??= loadTextLexicon();
  return shared;
}
