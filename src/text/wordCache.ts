/**
 * `compute` remembering its answers by word, up to `limit` words (then it starts afresh, so memory stays
 * bounded): running text repeats its words, so per-word work is paid once. Answers must not be undefined.
 */
export function cachedByWord<T>(compute: (word: string) => T, limit: number): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = compute(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, value);
    }
    return value;
  };
}
