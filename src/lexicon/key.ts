// The lookup key shared by the lexicon build and the run-time lookups, so both fold a name the same way:
// the text core's `matchKey` (norm + ة→ه + hamza carriers), lower-cased, punctuation turned into single spaces.
import { matchKey } from "../text/normalise.ts";

/** The lexicon key of a word or a multi-word name: folded, punctuation-free, words joined by one space. */
export function lexiconKey(s: string): string {
  return matchKey(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const wordKeys = new Map<string, string>();
const MAX_WORD_KEYS = 200_000;

/** The key of a single word (no spaces), for token keys; cached, since running text repeats its words. */
export function wordKey(s: string): string {
  let key = wordKeys.get(s);
  if (key === undefined) {
    key = lexiconKey(s).replace(/ /g, "");
    if (wordKeys.size >= MAX_WORD_KEYS) wordKeys.clear();
    wordKeys.set(s, key);
  }
  return key;
}
