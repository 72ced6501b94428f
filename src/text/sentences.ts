import type { Span } from "../doc/types.ts";

// Sentence ends: . ! ? and the Arabic question mark and semicolon, the ellipsis. A line break always ends a
// sentence (news text puts one paragraph, or a title, on a line).
// (Compared as UTF-16 code units: a one-character string per Arabic character would cost an allocation.)
function isTerminator(c: number): boolean {
  return (
    c === 0x2e || // .
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x061f || // ؟
    c === 0x061b || // ؛
    c === 0x2026 || // …
    c === 0x06d4 // ۔
  );
}

/** Closing marks that belong to the sentence they follow: ." .» .) */
function isCloser(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0xbb ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x203a
  );
}

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

/**
 * The next match of a character class at or after a position, searched with the regex engine and remembered, so
 * that asking line after line (in increasing order) scans the text once rather than once per line.
 */
class NextMatch {
  private at = -1;
  private searchedFrom = Number.POSITIVE_INFINITY;
  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {}
  next(from: number): number {
    if (from >= this.searchedFrom && (this.at >= from || this.at === -1))
      return this.at === -1 ? Infinity : this.at;
    this.re.lastIndex = from;
    const m = this.re.exec(this.text);
    this.searchedFrom = from;
    this.at = m === null ? -1 : m.index;
    return m === null ? Infinity : m.index;
  }
}

/** Characters beyond which a quotation no longer holds back sentence ends. */
const LONG_QUOTE = 300;

const LINE_BREAK_RE = /[\n\r\v\f\u2028\u2029]/g;
const TERMINATOR_RE = /[.!?\u061f\u061b\u2026\u06d4]/g;
const QUOTE_RE = /["\u00ab\u00bb\u201c\u201d\u2039\u203a]/g;

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

/** The closing mark for an opening quote character code, or 0. Straight quotes close themselves. */
function closerOf(c: number): number {
  switch (c) {
    case 0x22: // "
      return 0x22;
    case 0xab: // «
      return 0xbb;
    case 0x201c: // “
      return 0x201d;
    case 0x2039: // ‹
      return 0x203a;
    default:
      return 0;
  }
}

/**
 * Marks which positions of a line are inside a quotation. Pairs « » and “ ” by nesting and straight double
 * quotes in turn; a quote left open at the end of the line is not a quote (a stray mark must not swallow
 * the rest of the paragraph). Null when the line has no quotation.
 */
function quotedMask(text: string, from: number, to: number, quotes: NextMatch): Uint8Array | null {
  if (quotes.next(from) >= to) return null;
  QUOTE_RE.lastIndex = from;
  const first = QUOTE_RE.exec(text);
  if (first === null || first.index >= to) return null;
  let mask: Uint8Array | null = null;
  const closers: number[] = [];
  const opens: number[] = [];
  for (let m: RegExpExecArray | null = first; m !== null && m.index < to; m = QUOTE_RE.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    let depth = closers.length - 1;
    while (depth >= 0 && closers[depth] !== c) depth--;
    if (depth >= 0) {
      // Closes this quote (and any inner one left open by unbalanced nesting).
      // A long quotation that holds sentences of its own (a quoted paragraph) is cut at their ends like the
      // text around it; a short one stays whole inside its sentence.
      if (i - opens[depth] <= LONG_QUOTE) {
        mask ??= new Uint8Array(to - from);
        mask.fill(1, opens[depth] + 1 - from, i - from);
      }
      closers.length = depth;
      opens.length = depth;
    } else {
      const closer = closerOf(c);
      // Many unclosed openers (a malformed page) must not make each closer search a long stack.
      if (closer !== 0 && closers.length < 16) {
        closers.push(closer);
        opens.push(i);
      }
    }
  }
  return mask;
}

/** Cuts one line (no line breaks inside) into sentences and pushes their trimmed spans. */
function splitLine(
  text: string,
  from: number,
  to: number,
  out: Span[],
  quotes: NextMatch,
  terms: NextMatch,
): void {
  if (terms.next(from) >= to) {
    pushTrimmed(text, from, to, out);
    return;
  }
  const inQuote = quotedMask(text, from, to, quotes);
  let start = from;
  let i = from;
  while (i < to) {
    // Jump to the next terminator with the regex engine: far faster than testing every character in JS.
    TERMINATOR_RE.lastIndex = i;
    const found = TERMINATOR_RE.exec(text);
    if (found === null || found.index >= to) break;
    i = found.index;
    const c = text.charCodeAt(i);
    if (inQuote !== null && inQuote[i - from] === 1) {
      i++;
      continue;
    }
    // The whole run of terminators ("...", "?!") ends together.
    let end = i + 1;
    while (end < to && isTerminator(text.charCodeAt(end))) end++;
    if (c === 0x2e && end === i + 1 && !periodEnds(text, i, from, to, start)) {
      i = end;
      continue;
    }
    while (end < to && isCloser(text.charCodeAt(end))) end++;
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
function periodEnds(
  text: string,
  at: number,
  lineStart: number,
  lineEnd: number,
  sentenceStart: number,
): boolean {
  const before = at > lineStart ? text.charCodeAt(at - 1) : -1;
  const after = at + 1 < lineEnd ? text.charCodeAt(at + 1) : -1;
  if (isDigit(before) && isDigit(after)) return false;
  // "1. " opening a sentence is a list number.
  if (isDigit(before) && /^\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}$/.test(text.slice(sentenceStart, at)))
    return false;
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
  const quotes = new NextMatch(QUOTE_RE, text);
  const terms = new NextMatch(TERMINATOR_RE, text);
  while (lineStart <= text.length) {
    LINE_BREAK_RE.lastIndex = lineStart;
    const found = LINE_BREAK_RE.exec(text);
    const lineEnd = found === null ? text.length : found.index;
    if (lineEnd > lineStart) splitLine(text, lineStart, lineEnd, out, quotes, terms);
    lineStart = lineEnd + 1;
  }
  return out;
}
