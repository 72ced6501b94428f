// The lexicon lookup key for a word. Until the text core's matchKey lands this folds the same way
// (diacritics, tatweel, alef forms, ى→ي, ة→ه, hamza carriers); it is replaced by matchKey then.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function wordKey(word: string): string {
  return word
    .replace(DIACRITICS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "");
}
