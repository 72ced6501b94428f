import { matchKey } from "../text/normalise.ts";

// Words repeat a lot across articles; keys are cached (bounded) because the stage asks for them often.
const cache = new Map<string, string>();
const LIMIT = 100_000;

/** The lexicon lookup key of a word: the text core's matchKey (the same key tokens carry). */
export function wordKey(word: string): string {
  let k = cache.get(word);
  if (k === undefined) {
    k = matchKey(word);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(word, k);
  }
  return k;
}
