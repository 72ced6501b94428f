import type Database from "better-sqlite3";
import type { EventFilter } from "../types.ts";

/**
 * Event counts per facet value, kept per cell of (type, country, period) in `facet_counts`, per
 * (type, country) in `facet_totals`, and overall and beside each actor and outlet in `facet_pairs`
 * (migration 4). A filter on type, country and whole months, or on one actor or one outlet alone, is
 * answered by summing kept counts, so its facets and its total cost the same on 100 or 100,000 events.
 */
export type FacetDim = "type" | "country" | "actor" | "place" | "source";

export interface Cell {
  type: string;
  country: string;
  period: string;
  coarse: number;
}

/** The cell of an event: a day-dated event counts in its month; a coarser date is its own period. */
export function cellOf(type: string, country: string | null, date: string | null): Cell {
  const day = date !== null && date.length === 10;
  return {
    type,
    country: country ?? "",
    period: day ? date.slice(0, 7) : (date ?? ""),
    coarse: date !== null && !day ? 1 : 0,
  };
}

/** A facet value of one event, as "dim\tvalue". */
type Tag = string;
/** Values whose own facets are kept (facets of the events of one actor, or of one outlet). */
const PIVOTS = new Set(["actor", "source"]);

export interface EventTags {
  cell: Cell;
  tags: Set<Tag>;
}

/** Count increments waiting for `flush`, by the row they go to (its key fields joined by NUL). */
type Pending<Row> = Map<string, { row: Row; n: number }>;

function bump<Row>(pending: Pending<Row>, key: string, row: Row): void {
  const seen = pending.get(key);
  if (seen) seen.n++;
  else pending.set(key, { row, n: 1 });
}

export class FacetCounter {
  private readonly eventRow: Database.Statement;
  private readonly actorKeys: Database.Statement;
  private readonly sources: Database.Statement;
  private readonly bumpCell: Database.Statement;
  private readonly bumpTotal: Database.Statement;
  private readonly bumpPair: Database.Statement;
  private readonly setLabel: Database.Statement;

  constructor(db: Database.Database) {
    this.eventRow = db.prepare(
      "SELECT type, country, date, coalesce(place_id, place_key) AS place FROM events WHERE id = ?",
    );
    this.actorKeys = db.prepare("SELECT DISTINCT actor_key FROM event_actors WHERE event_id = ?").pluck();
    this.sources = db.prepare("SELECT source FROM event_sources WHERE event_id = ?").pluck();
    this.bumpCell = db.prepare(
      `INSERT INTO facet_counts (dim, value, type, country, period, coarse, n)
       VALUES (@dim, @value, @type, @country, @period, @coarse, @n)
       ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
    this.bumpTotal = db.prepare(
      `INSERT INTO facet_totals (dim, value, type, country, n) VALUES (@dim, @value, @type, @country, @n)
       ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
    this.bumpPair = db.prepare(
      `INSERT INTO facet_pairs (fdim, fvalue, dim, value, n) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
    this.setLabel = db.prepare(
      `INSERT INTO facet_labels (dim, value, label) VALUES (?, ?, ?)
       ON CONFLICT DO UPDATE SET label = min(label, excluded.label)`,
    );
  }

  // Increments are summed per row until `flush`, at the end of the write's transaction: the same few cells,
  // types and outlets come up again and again, and each upsert rewrites the row in two or three indexes.
  private readonly cells: Pending<{ dim: string; value: string } & Cell> = new Map();
  private readonly totals: Pending<{ dim: string; value: string; type: string; country: string }> = new Map();
  private readonly pairs: Pending<[string, string, string, string]> = new Map();
  /** Labels seen, each (dim, value, label) once; the table keeps the least. */
  private readonly labels = new Map<string, [FacetDim, string, string]>();

  /** The event's cell and facet values as stored now. */
  tagsOf(eventId: number): EventTags {
    const row = this.eventRow.get(eventId) as {
      type: string;
      country: string | null;
      date: string | null;
      place: string | null;
    };
    const tags = new Set<Tag>([`type\t${row.type}`]);
    if (row.country) tags.add(`country\t${row.country}`);
    if (row.place) tags.add(`place\t${row.place}`);
    for (const key of this.actorKeys.all(eventId) as string[]) tags.add(`actor\t${key}`);
    for (const source of this.sources.all(eventId) as string[]) tags.add(`source\t${source}`);
    return { cell: cellOf(row.type, row.country, row.date), tags };
  }

  /**
   * Counts what an insert or merge changed: the values the event gained (`after` minus `before`, which is
   * null for a new event), in its cell and beside each actor and outlet it has. Called inside the write's
   * transaction and flushed before it commits, so the counts never disagree with the events.
   */
  update(before: Set<Tag> | null, after: EventTags): void {
    const had = (t: Tag) => before?.has(t) ?? false;
    const split = (t: Tag) => {
      const i = t.indexOf("\t");
      return [t.slice(0, i), t.slice(i + 1)] as const;
    };
    const { cell } = after;
    for (const tag of after.tags) {
      const [dim, value] = split(tag);
      if (!had(tag)) {
        const { type, country, period, coarse } = cell;
        bump(this.cells, `${tag}\0${type}\0${country}\0${period}\0${coarse}`, { dim, value, ...cell });
        bump(this.totals, `${tag}\0${type}\0${country}`, { dim, value, type, country });
        bump(this.pairs, `\t\0${tag}`, ["", "", dim, value]);
      }
      if (!PIVOTS.has(dim)) continue;
      for (const other of after.tags) {
        if (had(tag) && had(other)) continue;
        const [odim, ovalue] = split(other);
        bump(this.pairs, `${tag}\0${other}`, [dim, value, odim, ovalue]);
      }
    }
  }

  label(dim: FacetDim, value: string, label: string | null | undefined): void {
    if (label) this.labels.set(`${dim}\t${value}\0${label}`, [dim, value, label]);
  }

  /** Writes the increments and labels gathered since the last flush; call it inside the write's transaction. */
  flush(): void {
    for (const { row, n } of this.cells.values()) this.bumpCell.run({ ...row, n });
    for (const { row, n } of this.totals.values()) this.bumpTotal.run({ ...row, n });
    for (const { row, n } of this.pairs.values()) this.bumpPair.run(...row, n);
    for (const row of this.labels.values()) this.setLabel.run(...row);
    this.discard();
  }

  /** Forgets what was gathered (the transaction that gathered it was rolled back). */
  discard(): void {
    this.cells.clear();
    this.totals.clear();
    this.pairs.clear();
    this.labels.clear();
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The cells a filter selects, as SQL over `facet_counts` (or `facet_totals` when there are no dates), or
 * null when the filter needs the events themselves (actor, place, source, words, bbox, or a date range
 * that cuts a month). Day-dated events count by month; a coarse date is compared exactly as a listing
 * compares it (`date >= from`, `date <= to~`), so both give the same numbers.
 */
export function cellFilter(
  f: EventFilter,
): { table: string; sql: string; params: Record<string, unknown> } | null {
  if (f.actor || f.place || f.source || f.q || f.bbox) return null;
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const list = (name: string, values?: string[]) => {
    if (!values?.length) return;
    where.push(`${name} IN (${values.map((_, i) => `@${name}${i}`).join(", ")})`);
    values.forEach((v, i) => {
      params[`${name}${i}`] = v;
    });
  };
  list("type", f.type);
  list("country", f.country);
  if (!f.from && !f.to) return { table: "facet_totals", sql: where.join(" AND "), params };
  let fromMonth = "0000-00";
  let toMonth = "9999-99";
  if (f.from) {
    const d = DAY.exec(f.from);
    if (d && d[3] !== "01") return null;
    fromMonth = f.from.length === 4 ? `${f.from}-01` : f.from.slice(0, 7);
  }
  if (f.to) {
    const d = DAY.exec(f.to);
    if (d && Number(d[3]) < lastDayOfMonth(Number(d[1]), Number(d[2]))) return null;
    toMonth = f.to.length === 4 ? `${f.to}-12` : f.to.slice(0, 7);
  }
  Object.assign(params, {
    fromMonth,
    toMonth,
    fromCoarse: f.from ?? "",
    toCoarse: f.to ? `${f.to}~` : "~",
  });
  // two index ranges joined by UNION ALL: written as one OR, SQLite would collect and look up every row
  const cells = `(SELECT dim, value, type, country, n FROM facet_counts
      WHERE coarse = 0 AND period BETWEEN @fromMonth AND @toMonth
    UNION ALL SELECT dim, value, type, country, n FROM facet_counts
      WHERE coarse = 1 AND period >= @fromCoarse AND period <= @toCoarse)`;
  return { table: cells, sql: where.join(" AND "), params };
}
