import { matchKey } from "../text/normalise.ts";

/**
 * The key used for full-text search and for name filters. SQLite FTS5 folds neither Arabic diacritics nor
 * alef forms, so indexed text and queries both go through the text core's `matchKey` (plus Latin case)
 * before FTS5 sees them; the same function must fold both sides.
 */
export function searchKey(s: string): string {
  return matchKey(s).toLowerCase();
}
