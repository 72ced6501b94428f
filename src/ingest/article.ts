import type { ArticleInput } from "../doc/types.ts";

/** Why a record or an option value cannot become an article; the CLI reports it with the file and line. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written YYYY-MM-DD (2014-02-30 is not). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const RFC822_MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * The publication day of a timestamp as the outlet wrote it: "2014-08-02", "2018-02-18T21:35:43+04:00",
 * "Sun, 18 Feb 2018 21:35:43 +0400" (RSS, RFC 822) or "20180218". The day is the one written, in the
 * outlet's own time zone, not converted to UTC: that is the day its readers saw on the page. Null if unparsable.
 */
export function parsePublished(value: string): string | null {
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (iso) return checked(iso[1], iso[2], iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return checked(compact[1], compact[2], compact[3]);
  const rfc = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})(?:\s|$)/.exec(s);
  if (rfc) {
    const month = RFC822_MONTHS[rfc[2].toLowerCase()];
    if (month) return checked(rfc[3], String(month), rfc[1]);
  }
  return null;
}

function checked(year: string, month: string, day: string): string | null {
  const out = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDay(out) ? out : null;
}

function optionalString(record: Record<string, unknown>, names: string[]): string | null {
  for (const name of names) {
    const value = record[name];
    if (value === undefined || value === null || value === "") continue;
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
    throw new InputError(`field "${name}" must be a string, got ${describe(value)}`);
  }
  return null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `a ${typeof value}`;
}

/**
 * An article from one JSON record. Our own field names (id, text, published, source, title, url) come first;
 * the ANT news corpus names (docno, time or pubdate, src) are mapped so its files can be read as they are.
 */
export function articleFromRecord(record: unknown): ArticleInput {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new InputError(`expected a JSON object with a "text" field, got ${describe(record)}`);
  }
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== "string") {
    throw new InputError(
      fields.text === undefined
        ? `missing the "text" field (an article is {"id", "text", "published"?, "source"?, "title"?, "url"?})`
        : `field "text" must be a string, got ${describe(fields.text)}`,
    );
  }
  if (fields.text.trim() === "") throw new InputError(`field "text" is empty`);
  const publishedRaw = optionalString(fields, ["published", "time", "pubdate", "date"]);
  let published: string | null = null;
  if (publishedRaw !== null) {
    published = parsePublished(publishedRaw);
    if (published === null) {
      throw new InputError(
        `cannot read the publication date "${publishedRaw}" (expected YYYY-MM-DD, ISO 8601 or RFC 822)`,
      );
    }
  }
  return {
    id: optionalString(fields, ["id", "docno"]) ?? undefined,
    text: fields.text,
    published,
    source: optionalString(fields, ["source", "src"]),
    title: optionalString(fields, ["title"]),
    url: optionalString(fields, ["url"]),
  };
}

/** Parses one JSONL line into an article; a truncated or malformed line gives an InputError. */
export function articleFromJsonLine(line: string): ArticleInput {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const truncated = /Unexpected end|Unterminated/i.test(detail);
    throw new InputError(`${truncated ? "truncated JSON" : "invalid JSON"} (${detail})`);
  }
  return articleFromRecord(record);
}
