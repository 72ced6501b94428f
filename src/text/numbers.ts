import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Span, Token } from "../doc/types.ts";
import { TEXT_DATA_DIR } from "./lexicon.ts";
import { matchKey } from "./normalise.ts";
import { digitValue } from "./scan.ts";

export type NumberWordType =
  | "unit"
  | "ten"
  | "teen-unit"
  | "tens"
  | "hundred"
  | "scale"
  | "scale-dual"
  | "scale-plural"
  | "approx";

export interface NumberWord {
  value: number;
  type: NumberWordType;
}

let table: Map<string, NumberWord> | undefined;

/** The shipped number-word table (data/text/number-words.tsv), by match key. */
export function numberWords(): Map<string, NumberWord> {
  if (table) return table;
  const text = readFileSync(resolve(TEXT_DATA_DIR, "number-words.tsv"), "utf8");
  table = new Map();
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || !line.trim()) continue;
    const [form, value, type] = line.split("\t");
    table.set(matchKey(form.trim()), { value: Number(value), type: type.trim() as NumberWordType });
  }
  return table;
}

/**
 * The value of a written number: ASCII, Arabic-Indic (٠–٩) or Persian (۰–۹) digits, with a decimal point
 * (. or ٫, or a comma before one or two digits) and thousands separators (, or ٬ before three digits).
 * NaN when the string is not a number.
 */
export function parseDigits(s: string): number {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) out += d;
    else if (c === 0x2e || c === 0x066b) out += ".";
    else if (c === 0x2c) {
      // thousands when three digits follow, decimal comma otherwise
      let k = i + 1;
      while (k < s.length && digitValue(s.charCodeAt(k)) >= 0) k++;
      if (k - i - 1 !== 3) out += ".";
    } else if (c === 0x066c) {
      // Arabic thousands separator
    } else return Number.NaN;
  }
  if (out.length === 0 || (out.match(/\./g)?.length ?? 0) > 1) return Number.NaN;
  return Number(out);
}

/** The key of a word's stem, ignoring a leading conjunction, preposition or article (والثلاثة → ثلاثه). */
function stemKey(token: Token): string {
  const stem = token.parts.find((p) => p.tag === "stem");
  return stem ? matchKey(stem.norm) : token.key;
}

function hasConj(token: Token): boolean {
  return token.parts.length > 1 && token.parts[0].tag === "conj";
}

/** The number word a token stands for, if any (its stem: وثلاثة → ثلاثة), and whether و joins it to the last. */
function numberPart(token: Token): { word: NumberWord; joined: boolean } | undefined {
  if (token.kind !== "word") return undefined;
  const words = numberWords();
  const byStem = words.get(stemKey(token));
  if (byStem) return { word: byStem, joined: hasConj(token) };
  const whole = words.get(token.key);
  if (whole) return { word: whole, joined: false };
  // A rare compound like وخمسمائة may not have been split by the lexicon: و + a number word is still one.
  if (token.key.startsWith("و")) {
    const rest = words.get(token.key.slice(1));
    if (rest) return { word: rest, joined: true };
  }
  return undefined;
}

/** The number word a token stands for, if any (its stem: وثلاثة → ثلاثة). */
export function numberWordOf(token: Token): NumberWord | undefined {
  return numberPart(token)?.word;
}

/** The value a single token carries (60, ٦٠, ستين, عشرات ≈ 10), as set on Token.value. */
export function tokenValue(
  kind: Token["kind"],
  text: string,
  stemKeyOfWord: string,
): { value: number; approximate: boolean } | undefined {
  if (kind === "number") {
    const v = parseDigits(text);
    return Number.isNaN(v) ? undefined : { value: v, approximate: false };
  }
  if (kind !== "word") return undefined;
  const w = numberWords().get(stemKeyOfWord);
  if (!w || w.type === "teen-unit") return undefined;
  return { value: w.value, approximate: w.type === "approx" || w.type === "scale-plural" };
}

/** Words before a number that make it approximate: حوالي 60، نحو أسبوع، قرابة مئة. */
const APPROX_BEFORE = new Set(
  ["حوالي", "نحو", "قرابه", "زهاء", "تقريبا", "يقارب", "يقرب", "اكثر", "اقل"].map(matchKey),
);

export interface NumberReading extends Span {
  value: number;
  approximate: boolean;
  /** Token indices [first, last] of the number phrase (without an approximator before it). */
  first: number;
  last: number;
}

/**
 * Reads the number phrase that starts at token `i`: digits (60, ٦٠, 2.5) optionally followed by a scale word
 * (3 آلاف، 2.5 مليون), or number words joined as Arabic writes them (ثلاثة، خمسة وعشرون، ثلاثة عشر،
 * مائة وخمسين، ثلاثة آلاف، ألف وخمسمائة), or a vague count (عشرات ≈ 10, مئات ≈ 100, آلاف ≈ 1000,
 * عشرات الآلاف ≈ 10000, بضعة ≈ 3). `approximate` is also set when an approximator precedes it (حوالي، نحو).
 * Returns null when no number starts at `i`.
 */
export function readNumber(tokens: Token[], i: number): NumberReading | null {
  const first = tokens[i];
  if (!first) return null;
  let total = 0;
  let current = 0;
  let approximate = false;
  let last = i;
  let started = false;
  let lastType: NumberWordType | "digits" | undefined;

  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (j > i && t.sentence !== first.sentence) break;
    if (t.kind === "number") {
      if (started) break;
      const v = parseDigits(t.text);
      if (Number.isNaN(v)) return null;
      current = v;
      started = true;
      last = j;
      lastType = "digits";
      continue;
    }
    const part = numberPart(t);
    if (!part) break;
    const w = part.word;
    const det = t.parts.some((p) => p.tag === "det");
    if (j === i) {
      // A leading preposition or article makes it something else (بالعشرات is fine, الثلاثة is "the three").
      if (w.type === "approx" || w.type === "scale-plural") {
        current = w.value;
        approximate = true;
        started = true;
        last = j;
        lastType = "approx";
        continue;
      }
    } else {
      // After the first word, a number word continues the phrase when joined by و (خمسة وعشرون), or as a
      // teen (ثلاثة عشر), or a scale (ثلاثة آلاف، عشرات الآلاف).
      const joined = part.joined;
      const isScale = w.type === "scale" || w.type === "scale-plural" || w.type === "scale-dual";
      const teen = w.type === "ten" && (lastType === "unit" || lastType === "teen-unit") && !joined;
      if (!joined && !isScale && !teen) break;
      if (isScale && joined) {
        // ألف وألف is not a number phrase we read
        break;
      }
      if (isScale && det && lastType !== "approx") break;
      if (teen) {
        current += 10;
        last = j;
        lastType = "ten";
        continue;
      }
    }
    switch (w.type) {
      case "unit":
      case "teen-unit":
      case "ten":
      case "tens":
      case "hundred":
        current += w.value;
        break;
      case "scale":
      case "scale-dual":
      case "scale-plural":
        if (w.type === "scale-dual") {
          total += (current || 1) * w.value;
        } else if (w.type === "scale-plural" && current === 0) {
          total += w.value;
          approximate = true;
        } else {
          total += (current || 1) * w.value;
        }
        current = 0;
        break;
      case "approx":
        current += w.value;
        approximate = true;
        break;
    }
    if (w.type === "teen-unit" && j === i) {
      // أحد/إحدى alone is "one of", not a count: only as the head of a teen.
      const next = tokens[j + 1];
      const nw = next ? numberWordOf(next) : undefined;
      if (nw?.type !== "ten") return null;
    }
    started = true;
    last = j;
    lastType = w.type;
  }
  if (!started) return null;
  const value = total + current;
  const before = tokens[i - 1];
  if (before && before.sentence === first.sentence && APPROX_BEFORE.has(stemKey(before))) approximate = true;
  return { value, approximate, first: i, last, start: first.start, end: tokens[last].end };
}
