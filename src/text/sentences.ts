import type { Span } from "../doc/types.ts";

// Sentence ends: . ! ? and the Arabic question mark and semicolon, the ellipsis. A line break always ends a
// sentence (news text puts one paragraph, or a title, on a line).
const TERMINATORS = new Set([".", "!", "?", "؟", "؛", "…", "۔"]);
// Closing marks that belong to the sentence they follow: ." .» .)
const CLOSERS = new Set(['"', "»", "”", "’", "'", ")", "]", "}", "›"]);
const QUOTE_PAIRS: Record<string, string> = { "«": "»", "“": "”", "‹": "›" };

/**
 * Abbreviations after which a period does not end a sentence: titles (د. دكتور, أ. أستاذ, م. مهندس), single
 * Arabic or Latin letters (initials), and a few Latin ones. Compared on the word just before the period.
 */
const ABBREVIATIONS = new Set([
  "ص",
  "ج",
  "ق",
  "ت",
  "ه",
  "هـ",
  "د",
  "أ",
  "ا",
  "م",
  "ع",
  "س",
  "ش",
  "ك",
  "ب",
  "ن",
  "و",
  "ف",
  "ط",
  "إ",
  "آ",
  "ل",
  "ر",
  "ح",
  "خ",
  "ز",
  "ي",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "St",
  "Jr",
  "Sr",
  "vs",
  "etc",
  "No",
  "Inc",
  "Ltd",
  "Co",
  "Gen",
  "Col",
  "Lt",
  "Sgt",
  "Capt",
]);

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    isDigit(c) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x0600 && c <= 0x06ff && c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x06d4) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** The word directly before position `at` (no space between), for the abbreviation check. */
function wordBefore(text: string, at: number, lineStart: number): { word: string; start: number } {
  let i = at;
  while (i > lineStart && isWordChar(text.charCodeAt(i - 1))) i--;
  return { word: text.slice(i, at), start: i };
}

/**
 * Marks which positions of a line are inside a quotation. Pairs « » and “ ” by nesting and straight double
 * quotes in turn; a quote left open at the end of the line is not a quote (a stray mark must not swallow
 * the rest of the paragraph).
 */
function quotedMask(text: string, from: number, to: number): Uint8Array | null {
  let any = false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"' || QUOTE_PAIRS[ch] !== undefined) {
      any = true;
      break;
    }
  }
  if (!any) return null;
  const mask = new Uint8Array(to - from);
  const stack: { close: string; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (top && ch === top.close) {
      stack.pop();
      mask.fill(1, top.at + 1 - from, i - from);
    } else if (ch === '"') {
      stack.push({ close: '"', at: i });
    } else if (QUOTE_PAIRS[ch] !== undefined) {
      stack.push({ close: QUOTE_PAIRS[ch], at: i });
    } else if (stack.length > 1) {
      // A closer for an outer quote closes the inner ones too (unbalanced nesting).
      const depth = stack.findIndex((q) => q.close === ch);
      if (depth >= 0) {
        const outer = stack[depth];
        stack.length = depth;
        mask.fill(1, outer.at + 1 - from, i - from);
      }
    }
  }
  return mask;
}

/** Cuts one line (no line breaks inside) into sentences and pushes their trimmed spans. */
function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const inQuote = quotedMask(text, from, to);
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (!TERMINATORS.has(ch) || (inQuote !== null && inQuote[i - from] === 1)) {
      i++;
      continue;
    }
    // The whole run of terminators ("...", "?!") ends together.
    let end = i + 1;
    while (end < to && TERMINATORS.has(text[end])) end++;
    if (ch === "." && end === i + 1 && !periodEnds(text, i, from, to)) {
      i = end;
      continue;
    }
    while (end < to && CLOSERS.has(text[end])) end++;
    // A terminator glued to a following Latin letter or digit is part of a name, URL or number.
    const next = end < to ? text.charCodeAt(end) : -1;
    if (next !== -1 && !isSpace(next) && !isArabicLetter(next)) {
      i = end;
      continue;
    }
    pushTrimmed(text, start, end, out);
    start = end;
    i = end;
  }
  pushTrimmed(text, start, to, out);
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

/** Whether a single period at `at` ends a sentence (not a decimal point, an abbreviation or an initial). */
function periodEnds(text: string, at: number, lineStart: number, lineEnd: number): boolean {
  const before = at > lineStart ? text.charCodeAt(at - 1) : -1;
  const after = at + 1 < lineEnd ? text.charCodeAt(at + 1) : -1;
  if (isDigit(before) && isDigit(after)) return false;
  const { word, start } = wordBefore(text, at, lineStart);
  if (word.length === 0) return true;
  // Only a word that stands alone (start of line or after a space or bracket) can be an abbreviation.
  const prev = start > lineStart ? text.charCodeAt(start - 1) : 0x20;
  if (!isSpace(prev) && prev !== 0x28 && prev !== 0x2e) return true;
  if (ABBREVIATIONS.has(word)) return false;
  // A single Latin capital is an initial (J. Smith).
  return !(word.length === 1 && /[A-Z]/.test(word));
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Sentence spans of a text (UTF-16 offsets, end exclusive, trimmed of spaces). A sentence ends after . ! ? ؟ ؛ …
 * (with the quotes or brackets that close on it), except inside quotations, after abbreviations (د. أ. م.) and
 * initials, and inside numbers, URLs and names (3.5, alarabiya.net). Every line break ends a sentence, so a
 * title line without end punctuation is its own sentence.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isLineBreak(text.charCodeAt(i))) {
      if (i > lineStart) splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}
