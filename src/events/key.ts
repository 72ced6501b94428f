import { matchKey } from "../text/normalise.ts";

/** The lexicon lookup key of a word: the text core's matchKey (the same key tokens carry). */
export function wordKey(word: string): string {
  return matchKey(word);
}
