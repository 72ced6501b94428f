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
  /** `freq(prefix + key + suffix)` without building the string (segmentation asks this many times per word). */
  freqWith(prefix: string, key: string, suffix?: string): number;
  /** Forms kept whole except for a leading conjunction (و ف). */
  isProtected(key: string): boolean;
}

export const TEXT_DATA_DIR = resolve(dataDir, "text");
export const WORD_FREQ_FILE = "word-freq.tsv";
export const PROTECTED_FILE = "protected-words.txt";

/**
 * Word counts in an open-addressing table hashed over the characters of up to three pieces, so that asking for
 * "ال" + stem neither concatenates nor makes V8 flatten and hash a new string.
 */
class CountTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private readonly counts: number[] = [];

  constructor(entries: Map<string, number>) {
    let size = 1024;
    while (size < entries.size * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (const [key, count] of entries) {
      let slot = hashPieces(key, "", "") & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.keys.length;
      this.keys.push(key);
      this.counts.push(count);
    }
  }

  get(a: string, b: string, c: string): number {
    const length = a.length + b.length + c.length;
    let slot = hashPieces(a, b, c) & this.mask;
    for (;;) {
      const index = this.slots[slot];
      if (index === -1) return 0;
      const key = this.keys[index];
      if (key.length === length && equalsPieces(key, a, b, c)) return this.counts[index];
      slot = (slot + 1) & this.mask;
    }
  }
}

function hashPieces(a: string, b: string, c: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function equalsPieces(key: string, a: string, b: string, c: string): boolean {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (key.charCodeAt(k++) !== a.charCodeAt(i)) return false;
  for (let i = 0; i < b.length; i++) if (key.charCodeAt(k++) !== b.charCodeAt(i)) return false;
  for (let i = 0; i < c.length; i++) if (key.charCodeAt(k++) !== c.charCodeAt(i)) return false;
  return true;
}

export function lexiconFromCounts(
  counts: Map<string, number>,
  protectedKeys: Iterable<string> = [],
): TextLexicon {
  const prot = new Set<string>();
  for (const w of protectedKeys) prot.add(matchKey(w));
  const table = new CountTable(counts);
  return {
    freq: (key) => table.get(key, "", ""),
    freqWith: (prefix, key, suffix = "") => table.get(prefix, key, suffix),
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
