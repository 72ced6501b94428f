import { z } from "zod";
import { EVENT_TYPES } from "../doc/types.ts";
import type { EventFilter } from "../store/types.ts";
import { EXPORT_FORMATS } from "./export.ts";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A comma-separated list (type=ASSAULT,PROTEST), each value checked. */
const csvList = (item: z.ZodType<string>, description: string) =>
  z
    .string()
    .describe(description)
    .transform((s, ctx) => {
      const values: string[] = [];
      for (const v of s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)) {
        const r = item.safeParse(v);
        if (r.success) values.push(r.data);
        else ctx.addIssue({ code: "custom", message: `"${v}" is not valid: ${r.error.issues[0]?.message}` });
      }
      return values;
    });

export const pagingQuery = {
  limit: z.coerce.number().int().min(1).max(500).optional().describe("page size, 1–500 (default 50)"),
  offset: z.coerce.number().int().min(0).optional().describe("items to skip"),
};

export const eventFilterQuery = {
  type: csvList(
    z.string().toUpperCase().pipe(z.enum(EVENT_TYPES)),
    `PLOVER event types, comma-separated: ${EVENT_TYPES.join(", ")}`,
  ).optional(),
  country: csvList(
    z
      .string()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "use ISO 3166 alpha-2, e.g. LY"),
    "ISO 3166-1 alpha-2 country codes, comma-separated (LY,TN)",
  ).optional(),
  actor: z.string().min(1).max(200).optional().describe("actor id or name (Arabic or English)"),
  place: z.string().min(1).max(200).optional().describe("place id or name (Arabic or English)"),
  source: z.string().min(1).max(200).optional().describe("outlet that reported the event"),
  from: z
    .string()
    .regex(DATE, "use YYYY-MM-DD (or YYYY-MM, YYYY)")
    .optional()
    .describe("earliest event date"),
  to: z.string().regex(DATE, "use YYYY-MM-DD (or YYYY-MM, YYYY)").optional().describe("latest event date"),
  q: z.string().min(1).max(500).optional().describe("words that the reporting articles contain"),
  bbox: z
    .string()
    .describe("minLon,minLat,maxLon,maxLat")
    .transform((s, ctx) => {
      const n = s.split(",").map(Number);
      if (n.length !== 4 || n.some((x) => !Number.isFinite(x)) || n[0] > n[2] || n[1] > n[3]) {
        ctx.addIssue({
          code: "custom",
          message: "bbox must be minLon,minLat,maxLon,maxLat (four numbers, min ≤ max)",
        });
        return z.NEVER;
      }
      return n as [number, number, number, number];
    })
    .optional(),
};

/**
 * One schema for the event filter of every route that takes it (events, facets, search, export, and
 * `marsad search`): the route's own parameters are added beside it, and `splitFilter` separates the two.
 */
export function filteredQuery<S extends z.ZodRawShape>(own: S) {
  return z.object({ ...eventFilterQuery, ...own }).strict();
}

/** The event filter of parsed query parameters, and the rest (paging, format, search words). */
export function splitFilter<T extends Record<string, unknown>>(
  q: T,
): { filter: EventFilter; rest: Omit<T, keyof typeof eventFilterQuery> } {
  const filter: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    if (k in eventFilterQuery) filter[k] = v;
    else rest[k] = v;
  }
  return { filter: filter as EventFilter, rest: rest as Omit<T, keyof typeof eventFilterQuery> };
}

export const eventsQuery = filteredQuery(pagingQuery);
/** Search words are `q`, as in the event filter where they select events by their articles' words. */
export const searchQuery = filteredQuery({
  q: z.string().min(1, "q is required").max(500).describe("search words"),
  ...pagingQuery,
});
export const exportQuery = filteredQuery({ format: z.enum(EXPORT_FORMATS).describe("export format") });
export const facetsQuery = filteredQuery({});
export const articlesQuery = z
  .object({
    source: z.string().min(1).optional(),
    from: z.string().regex(DATE, "use YYYY-MM-DD").optional().describe("published on or after"),
    to: z.string().regex(DATE, "use YYYY-MM-DD").optional().describe("published on or before"),
    ...pagingQuery,
  })
  .strict();
export const idParam = z.object({ id: z.coerce.number().int().min(1) });

export const articleBody = z
  .object({
    text: z.string().trim().min(1, "text must not be empty").max(1_000_000),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "published must be YYYY-MM-DD")
      .nullish(),
    source: z.string().max(200).nullish(),
    title: z.string().max(1000).nullish(),
    url: z.string().url().max(2000).nullish(),
  })
  .strict();
