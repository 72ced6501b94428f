import { matchKey } from "../text/normalise.ts";
import { cachedByWord } from "../text/wordCache.ts";

/** The lexicon lookup key of a word: the text core's matchKey (the same key tokens carry), cached because the
 * stage asks for it often. */
export const wordKey: (word: string) => string = cachedByWord(matchKey, 100_000);
