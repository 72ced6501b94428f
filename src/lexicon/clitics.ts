// Proclitic-stripped forms of a word for lexicon lookups: "بالقاهرة" → "القاهره", "ومصر" → "مصر",
// "لتونس" → "تونس", "للجيش" → "الجيش". The text core segments clitics too, but a lexicon tells
// better than any rule whether "لبنان" is ل+بنان: so every form is tried, the full word first.

const PROCLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F]/;

export interface WordForm {
  /** Lexicon key of the form. */
  key: string;
  /** UTF-16 offset (into the token's text) where the form starts. */
  offset: number;
  /** The proclitics stripped, as key letters ("" for the full word). */
  stripped: string;
}

/** Offset in `text` just after its first `letters` letters (diacritics and tatweel are not letters). */
export function offsetAfterLetters(text: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < letters) {
    if (!MARKS.test(text[i])) seen++;
    i++;
  }
  while (i < text.length && MARKS.test(text[i])) i++;
  return i;
}

const formsByText = new Map<string, { key: string; forms: readonly WordForm[] }>();
const MAX_FORMS = 200_000;

/**
 * Every reading of a word key as proclitics + stem, the full word first; `text` is the word as written. Cached by
 * the word as written (shared lists: read them, never change them).
 */
export function wordForms(key: string, text: string): readonly WordForm[] {
  const hit = formsByText.get(text);
  if (hit !== undefined && hit.key === key) return hit.forms;
  const forms = computeWordForms(key, text);
  if (formsByText.size >= MAX_FORMS) formsByText.clear();
  formsByText.set(text, { key, forms });
  return forms;
}

function computeWordForms(key: string, text: string): WordForm[] {
  const out: WordForm[] = [];
  for (const p of PROCLITICS) {
    if (!key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    if (rest.length < 2) continue;
    out.push({ key: rest, offset: p ? offsetAfterLetters(text, p.length) : 0, stripped: p });
    // ل + ال is written "لل": للجيش → الجيش, starting at the second lam.
    if (p.endsWith("ل") && rest.startsWith("ل") && rest.length > 3) {
      out.push({ key: `ا${rest}`, offset: offsetAfterLetters(text, p.length), stripped: `${p}ا` });
    }
  }
  return out;
}
