// Folding for the search index and queries. SQLite FTS5 folds neither Arabic diacritics nor alef forms,
// so both the indexed text and the query go through the same key function before FTS5 sees them.
// TEMPORARY: a minimal fold until `matchKey` from src/text/normalise.ts lands on main; then this file
// re-exports it and the fallback goes.

const DIACRITICS_AND_TATWEEL =
  /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function fallbackMatchKey(s: string): string {
  return s
    .normalize("NFKC")
    .replace(DIACRITICS_AND_TATWEEL, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[ؤئ]/g, "ء")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .toLowerCase();
}

/** The key used for full-text search; the same function must fold documents and queries. */
export const searchKey: (s: string) => string = fallbackMatchKey;
