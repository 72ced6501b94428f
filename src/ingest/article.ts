import type { ArticleInput } from "../doc/types.ts";
import { parsePublished } from "./dates.ts";

/** Why a record or an option value cannot become an article; the CLI reports it with the file and line. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * The field names each article field is read from, first match wins: our own names first, then those of
 * the ANT news corpus (docno, src, time, pubdate) and of common news dumps and APIs (body, headline, link…).
 */
const FIELDS = {
  text: ["text", "body", "content", "article"],
  id: ["id", "docno", "guid"],
  published: ["published", "time", "pubdate", "pubDate", "date", "published_at"],
  source: ["source", "src", "outlet", "publisher"],
  title: ["title", "headline"],
  url: ["url", "link"],
} as const;

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `a ${typeof value}`;
}

/** The first of `names` the record fills, with its name; blank strings count as unfilled. */
function firstFilled(record: Record<string, unknown>, names: readonly string[]): [string, unknown] | null {
  for (const name of names) {
    const value = record[name];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) continue;
    return [name, value];
  }
  return null;
}

function optionalString(record: Record<string, unknown>, names: readonly string[]): string | null {
  const found = firstFilled(record, names);
  if (!found) return null;
  const [name, value] = found;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  throw new InputError(`field "${name}" must be a string, got ${describe(value)}`);
}

/**
 * An article from one JSON record (a JSONL line, an element of a JSON array). A record without text, or
 * with a field of the wrong type or a publication date that cannot be read, is refused with a message
 * naming the field, rather than stored half-read.
 */
export function articleFromRecord(record: unknown): ArticleInput {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new InputError(`expected a JSON object with a "text" field, got ${describe(record)}`);
  }
  const fields = record as Record<string, unknown>;
  const textName = FIELDS.text.find((name) => fields[name] !== undefined);
  const text = textName === undefined ? undefined : fields[textName];
  if (typeof text !== "string") {
    throw new InputError(
      text === undefined
        ? `missing the "text" field (an article is {"id", "text", "published"?, "source"?, "title"?, "url"?}; body or content are read too)`
        : `field "${textName}" must be a string, got ${describe(text)}`,
    );
  }
  if (text.trim() === "") throw new InputError(`field "${textName}" is empty`);
  const publishedRaw = optionalString(fields, FIELDS.published);
  let published: string | null = null;
  if (publishedRaw !== null) {
    published = parsePublished(publishedRaw);
    if (published === null) {
      throw new InputError(
        `cannot read the publication date "${publishedRaw}" (expected YYYY-MM-DD, ISO 8601, RFC 822 or DD/MM/YYYY)`,
      );
    }
  }
  return {
    id: optionalString(fields, FIELDS.id) ?? undefined,
    text,
    published,
    source: optionalString(fields, FIELDS.source),
    title: optionalString(fields, FIELDS.title),
    url: optionalString(fields, FIELDS.url),
  };
}

/** Parses one JSONL line into an article; a truncated or malformed line gives an InputError. */
export function articleFromJsonLine(line: string): ArticleInput {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw jsonError(error);
  }
  return articleFromRecord(record);
}

/** A JSON syntax error as an InputError that says whether the input was cut off or malformed. */
export function jsonError(error: unknown): InputError {
  const detail = error instanceof Error ? error.message : String(error);
  const truncated = /Unexpected end|Unterminated/i.test(detail);
  return new InputError(`${truncated ? "truncated JSON" : "invalid JSON"} (${detail})`);
}
