// The lookup key shared by the lexicon build and the run-time lookups, so both fold a name the same way.
// It is the text core's `matchKey` (norm + ة→ه + hamza carriers) applied per word, with spaces collapsed.
// Until src/text/normalise.ts lands on main, `foldForKey` below stands in for it with the same contract.

const DIACRITICS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const CHAR_FOLDS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ک: "ك",
  ة: "ه",
  ۀ: "ه",
  ؤ: "و",
  ئ: "ي",
};
const FOLD_RE = new RegExp(`[${Object.keys(CHAR_FOLDS).join("")}]`, "g");

function foldForKey(s: string): string {
  return s
    .normalize("NFKC")
    .replace(DIACRITICS, "")
    .replace(FOLD_RE, (c) => CHAR_FOLDS[c] ?? c)
    .toLowerCase();
}

/** The lexicon key of a word or a multi-word name: folded, punctuation-free, words joined by one space. */
export function lexiconKey(s: string): string {
  return foldForKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The key of a single word (no spaces), for token keys. */
export function wordKey(s: string): string {
  return lexiconKey(s).replace(/ /g, "");
}
