// Name normalisation as the answer key's `note` defines it. It is the scorer's own, deliberately separate
// from the text core's `normalise`: the key fixes the rules, so they must not drift when the core improves.

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const TATWEEL = /\u0640/g;
// Anything that is not a letter or a digit separates words (quotes, brackets, commas in names).
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Diacritics and tatweel removed, أ إ آ → ا, ى → ي, ة → ه, a leading ال dropped from words longer than four letters. */
export function goldNameKey(name: string): string {
  const folded = name
    .normalize("NFC")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLowerCase();
  return folded
    .split(NON_WORD)
    .filter((word) => word.length > 0)
    .map((word) => (word.length > 4 && word.startsWith("ال") ? word.slice(2) : word))
    .join(" ");
}

/** Equal, contains, or is contained in, after normalisation. Empty names never match. */
export function namesMatch(a: string, b: string): boolean {
  const ka = goldNameKey(a);
  const kb = goldNameKey(b);
  if (ka.length === 0 || kb.length === 0) return false;
  return ka === kb || ka.includes(kb) || kb.includes(ka);
}
