import type { ArticleInput } from "../doc/types.ts";
import { toIsoDate } from "./dates.ts";

export class RecordError extends Error {}

const first = (r: Record<string, unknown>, names: string[]): unknown => {
  for (const n of names) if (r[n] !== undefined && r[n] !== null && r[n] !== "") return r[n];
  return undefined;
};

/**
 * One JSON record (a JSONL line, the API body) as an article. Accepts the common field names of news
 * dumps: text|body|content, title|headline, url|link, published|date|time|pubDate, source|src|outlet.
 */
export function recordToArticle(record: unknown): ArticleInput {
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    throw new RecordError("expected a JSON object with a text field");
  }
  const r = record as Record<string, unknown>;
  const text = first(r, ["text", "body", "content", "article"]);
  if (typeof text !== "string" || !text.trim())
    throw new RecordError('the record has no "text" (or body/content) string');
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const id = first(r, ["id", "docno", "guid"]);
  return {
    id: id === undefined ? undefined : String(id),
    text,
    title: str(first(r, ["title", "headline"])),
    url: str(first(r, ["url", "link"])),
    published: toIsoDate(first(r, ["published", "date", "time", "pubDate", "published_at"])),
    source: str(first(r, ["source", "src", "outlet", "publisher"])),
  };
}
