import type { ArticleInput } from "../doc/types.ts";
import { readInputs } from "./inputs.ts";

/**
 * The first `limit` readable articles of a JSONL corpus (bad lines skipped), read as a stream so that taking
 * a thousand articles of a 100 MB file reads only what it needs. For tests, benchmarks and the sample builder.
 */
export async function loadArticles(path: string, limit = Number.POSITIVE_INFINITY): Promise<ArticleInput[]> {
  const articles: ArticleInput[] = [];
  if (limit <= 0) return articles;
  for await (const item of readInputs([path], { format: "jsonl" })) {
    if (item.error !== undefined) {
      if (item.line === undefined) throw new Error(`${path}: ${item.error}`);
      continue;
    }
    articles.push(item.article);
    if (articles.length >= limit) break;
  }
  return articles;
}
