// The lookup key shared by the lexicon build and the run-time lookups, so both fold a name the same way:
// the text core's `matchKey` (norm + ة→ه + hamza carriers), lower-cased, punctuation turned into single spaces.
import { matchKey } from "../text/normalise.ts";
import { cachedByWord } from "../text/wordCache.ts";

/** The lexicon key of a word or a multi-word name: folded, punctuation-free, words joined by one space. */
export function lexiconKey(s: string): string {
  return matchKey(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The key of a single word (no spaces), for token keys; cached, since running text repeats its words. */
export const wordKey: (s: string) => string = cachedByWord((s) => lexiconKey(s).replace(/ /g, ""), 200_000);
