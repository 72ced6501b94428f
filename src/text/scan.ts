// Character classes and the raw scanner that cuts text into typed runs (word, number, latin, url, punct,
// symbol). It knows nothing of clitics; tokens.ts builds Tokens from these runs. Shared with the lexicon
// build so that the lexicon counts exactly the words the tokeniser sees.

import type { TokenKind } from "../doc/types.ts";

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Marks, tatweel and joiners that live inside an Arabic word without starting one. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0640 ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de && c !== 0x06e9) ||
    (c >= 0x08ca && c <= 0x08ff) ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x00ad
  );
}

export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c
  );
}

const PUNCT_RE = /\p{P}/u;

export type RunKind = TokenKind;

/** Called for each run: kind, start, end (end exclusive). */
export type RunSink = (kind: RunKind, start: number, end: number) => void;

function urlEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Stop at spaces, Arabic punctuation and quotes/brackets that close around a URL in prose.
    if (
      isSpace(c) ||
      c === 0x060c || // ،
      c === 0x061b || // ؛
      c === 0x22 ||
      c === 0xab ||
      c === 0xbb ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x3c ||
      c === 0x3e ||
      isArabicLetter(c)
    ) {
      break;
    }
    i++;
  }
  // Trailing sentence punctuation and an unmatched closing bracket are not part of the URL.
  while (i > at) {
    const last = text[i - 1];
    if (".,;:!?'".includes(last)) i--;
    else if (last === ")" && !text.slice(at, i).includes("(")) i--;
    else break;
  }
  return i;
}

function startsUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x68 || c === 0x48) return /^https?:\/\/\S/i.test(text.slice(i, i + 9));
  if (c === 0x77 || c === 0x57) return /^www\.\w/i.test(text.slice(i, i + 5));
  return false;
}

/**
 * The "#" that opens an Arabic hashtag and the "_" that joins its words (#المخابرات_اللبنانية): news sites write
 * names this way, and the words are read as if written apart (المخابرات اللبنانية), like a space.
 */
function isHashtagMark(text: string, i: number, from: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x23 && c !== 0x5f) return false;
  if (i + 1 >= to || !isArabicLetter(text.charCodeAt(i + 1))) return false;
  if (c === 0x23) return true;
  const before = i > from ? text.charCodeAt(i - 1) : 0;
  return isArabicLetter(before) || isArabicMark(before);
}

/**
 * Cuts text[from, to) into runs. Words are Arabic letters with their marks; numbers are digit runs with
 * decimal or thousands separators between digits (3.5, ٢٫٥, 1,500); Latin runs take letters and digits
 * (MBC, F16, 4G); URLs start with http(s):// or www.; a run of the same punctuation mark ("...", "!!") is one
 * token; anything else visible is one symbol token per character (code point).
 */
export function scanRuns(text: string, from: number, to: number, sink: RunSink): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isHashtagMark(text, i, from, to)) {
      i++;
      continue;
    }
    const start = i;
    if (isArabicLetter(c) || (isArabicMark(c) && c !== 0x200c && c !== 0x200d && c !== 0xad)) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isArabicLetter(d) || isArabicMark(d)) i++;
        else break;
      }
      // Joiners at the edge of a word belong to no word.
      let end = i;
      while (end > start + 1 && (text.charCodeAt(end - 1) === 0x200c || text.charCodeAt(end - 1) === 0x200d))
        end--;
      sink("word", start, end);
      continue;
    }
    if (digitValue(c) >= 0) {
      i++;
      let latin = false;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (digitValue(d) >= 0) {
          i++;
        } else if ((d === 0x2e || d === 0x066b || d === 0x066c || d === 0x2c) && i + 1 < to) {
          // A separator counts only between digits; a comma only before a group of exactly three (1,500).
          if (digitValue(text.charCodeAt(i + 1)) < 0) break;
          if (d === 0x2c || d === 0x066c) {
            let k = i + 1;
            while (k < to && digitValue(text.charCodeAt(k)) >= 0) k++;
            if (k - i - 1 !== 3 && d === 0x066c) break;
            if (k - i - 1 !== 3 && d === 0x2c) {
              // 2,5 is a decimal comma (Maghrebi/French style) only when a short group follows.
              if (k - i - 1 > 2) break;
            }
          }
          i++;
        } else if (isLatinLetter(d)) {
          latin = true;
          i++;
        } else {
          break;
        }
      }
      if (latin) {
        while (i < to && (isLatinLetter(text.charCodeAt(i)) || digitValue(text.charCodeAt(i)) >= 0)) i++;
      }
      sink(latin ? "latin" : "number", start, i);
      continue;
    }
    if (startsUrl(text, i)) {
      const end = urlEnd(text, i, to);
      sink("url", start, end);
      i = end;
      continue;
    }
    if (isLatinLetter(c)) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isLatinLetter(d) || digitValue(d) >= 0) {
          i++;
        } else if (
          (d === 0x27 || d === 0x2019 || d === 0x2d) &&
          i + 1 < to &&
          isLatinLetter(text.charCodeAt(i + 1))
        ) {
          i += 2; // O'Brien, al-Qaeda
        } else {
          break;
        }
      }
      sink("latin", start, i);
      continue;
    }
    // One code point; a surrogate pair stays whole.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (PUNCT_RE.test(ch)) {
      i += width;
      while (i < to && text[i] === ch) i++;
      sink("punct", start, i);
    } else {
      i += width;
      sink("symbol", start, i);
    }
  }
}
