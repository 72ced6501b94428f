// One shared record per word form instead of one map per stage: the tokeniser already finds each token's form in
// its own table, so a later stage keeps its per-word answer on that record and reaches it from the token's index.
// A lookup in a map of 100,000+ words misses the processor's caches; a token used to cost several of them.
import type { Token } from "../doc/types.ts";
import { wordRecordsOf } from "./tokens.ts";

let slots = 0;

/**
 * `compute` of each token's text, in token order, remembered per word form. `compute` must depend on the text
 * alone and never return undefined. Answers live on the tokeniser's word records (emptied with its table, so
 * memory stays bounded); tokens not made by `tokenise` (tests, hand-built docs) fall back to a map by text,
 * bounded by `limit` words. Either way the answer is `compute(token.text)`.
 */
export function perWord<T>(compute: (text: string) => T, limit = 100_000): (tokens: readonly Token[]) => T[] {
  const slot = slots++;
  const byText = new Map<string, T>();
  return (tokens) => {
    const n = tokens.length;
    const out = new Array<T>(n);
    const records = wordRecordsOf(tokens);
    if (records) {
      for (let i = 0; i < n; i++) {
        const record = records[i];
        let memo = record.memo;
        if (memo === null) {
          memo = [];
          record.memo = memo;
        }
        let value = memo[slot] as T | undefined;
        if (value === undefined) {
          value = compute(record.text);
          memo[slot] = value;
        }
        out[i] = value;
      }
      return out;
    }
    for (let i = 0; i < n; i++) {
      const text = tokens[i].text;
      let value = byText.get(text);
      if (value === undefined) {
        value = compute(text);
        if (byText.size >= limit) byText.clear();
        byText.set(text, value);
      }
      out[i] = value;
    }
    return out;
  };
}

/**
 * `compute` of each token, in token order, remembered per word form when `tokens` is a `tokenise` result (else
 * computed for every token). `compute` may read what the tokeniser derives from the characters (norm, key, kind,
 * parts' texts, norms and tags, value) but not the offsets or the sentence, and never returns undefined.
 */
export function perToken<T>(compute: (token: Token) => T): (tokens: readonly Token[]) => T[] {
  const slot = slots++;
  return (tokens) => {
    const n = tokens.length;
    const out = new Array<T>(n);
    const records = wordRecordsOf(tokens);
    for (let i = 0; i < n; i++) {
      if (!records) {
        out[i] = compute(tokens[i]);
        continue;
      }
      const record = records[i];
      let memo = record.memo;
      if (memo === null) {
        memo = [];
        record.memo = memo;
      }
      let value = memo[slot] as T | undefined;
      if (value === undefined) {
        value = compute(tokens[i]);
        memo[slot] = value;
      }
      out[i] = value;
    }
    return out;
  };
}
