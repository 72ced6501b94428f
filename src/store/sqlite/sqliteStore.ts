import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { DocEvent } from "../../doc/types.ts";
import { splitSentences } from "../../text/sentences.ts";
import { tokenise } from "../../text/tokens.ts";
import {
  actorKey,
  dayWindow,
  type EventSignature,
  SAME_PLACE_KM,
  sameEvent,
  sameEventInCopy,
  signature,
} from "../eventMatch.ts";
import type { PreparedArticle } from "../prepare.ts";
import { searchKey } from "../searchKey.ts";
import {
  BAND_PROBE_COUNTS,
  bandProbes,
  bandValues,
  fromHex,
  hammingDistance,
  NEAR_DUPLICATE_DISTANCE,
} from "../simhash.ts";
import type { Store } from "../store.ts";
import type {
  ActorDetail,
  AddResult,
  ArticleSummary,
  EventActorRef,
  EventDetail,
  EventFilter,
  EventMention,
  FacetCount,
  Facets,
  IngestLogEntry,
  Page,
  Paging,
  SearchHit,
  SearchResult,
  StoredArticle,
  StoredEvent,
  StoreStats,
} from "../types.ts";
import { cellFilter, FacetCounter } from "./facetCounts.ts";
import { migrate } from "./migrations.ts";

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

const MAX_LIMIT = 500;
/** A search ranks (and counts facets over) at most this many of the newest matching articles. */
export const SEARCH_CANDIDATES = 200;
/**
 * Facets for a filter the kept counts cannot answer (a place, a map box, words, several conditions with an
 * actor or outlet) count the newest this-many matching events one by one (`exact: false` when more match).
 */
export const FACET_SCAN_EVENTS = 1000;
/**
 * Words in an event filter (\`q\`) select the events of the newest this-many matching articles: reading
 * every article of a common word would cost time in proportion to the store.
 */
export const Q_ARTICLES = 2000;
/** A listing the kept counts cannot count reads up to this many ids in one pass for its count and page. */
const ONE_PASS_EVENTS = 20_000;
/** Exports read events in chunks growing from the first to the last size: a download starts at once. */
const EXPORT_FIRST_CHUNK = 25;
const EXPORT_CHUNK = 400;
/** An export whose filter keeps at least 1 event in this many reads the table in id order (see exportInIdOrder). */
const EXPORT_SCAN_SHARE = 20;
/**
 * A search with event filters either reads the words' matches newest first and checks each against the
 * events ("match-first", at most SEARCH_READ_LIMIT of them; the total is then estimated from the share
 * that passed), or collects the articles that report a matching event and keeps the matches among them
 * ("filter-first", an exact total). The costs below (µs, measured on a 100,000-article store) pick one.
 */
export type SearchPlan = "match-first" | "filter-first";
const SEARCH_READ_LIMIT = 5000;
/** bm25 ranks at most this many matches (from the newest candidate back). */
const SEARCH_RANKED = 500;
/** Checking one match against the events (a mention lookup and an event row). */
const COST_CHECK = 1.0;
/** Putting the articles of one filtered event into the scope table (its mentions; an actor's events with other conditions also read each event row). */
const costScope = (f: EventFilter) => (f.actor && (f.type || f.country || f.source) ? 1.6 : 0.8);
/** Reading one match and probing the scope table with it. */
const COST_PROBE = 0.16;
/** Looking one article up in the full-text index: a seek in each word's list, longer for common words. */
const costLookup = (matches: number) => 5 + (0.45 * matches) / 1000;
/** Filter-first is chosen when it costs at most this much even if match-first would be cheaper: its total is exact. */
const FILTER_FIRST_BUDGET = 8000;
const DEFAULT_LIMIT = 50;

function paging(p?: Paging): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(p?.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(p?.offset ?? 0));
  return { limit, offset };
}

/**
 * Turns a user query into an FTS5 query over the folded index: each word is tokenised by the text core and
 * looked up by its clitic-free stem (the index holds every word's key and stem), so المطالبة finds
 * للمطالبة; words are quoted (FTS5 syntax in user input is inert) and must all occur; a trailing * keeps
 * prefix search on the folded word. Returns null when the query has no searchable word.
 */
export function ftsQuery(q: string): string | null {
  const words = q
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => {
      if (raw.endsWith("*")) {
        const folded = (searchKey(raw).match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
        return folded ? `"${folded}"*` : "";
      }
      const keys = tokenise(raw, splitSentences(raw))
        .filter((t) => t.kind !== "punct" && t.kind !== "symbol")
        .map((t) => {
          const stem = t.parts?.find((p) => p.tag === "stem");
          return searchKey(stem ? stem.norm : t.key || t.text);
        })
        .flatMap((k) => k.match(/[\p{L}\p{N}]+/gu) ?? []);
      return keys.length ? `"${keys.join(" ")}"` : "";
    })
    .filter(Boolean);
  return words.length ? words.join(" ") : null;
}

function likeKey(s: string): string {
  return searchKey(s).replace(/^ال/, "").trim();
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmts: Record<string, Database.Statement>;

  constructor(file: string) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    // reads of a large store: map the file instead of copying pages, keep more of it cached. A 100,000-article
    // store is ~2 GB, past the map: with a 64 MB cache each commit (FTS5 merges, index pages) re-read pages
    // from the file, 3.6 ms CPU per article at 100k against 1.6 ms with 256 MB (more gained nothing)
    this.db.pragma("mmap_size = 1073741824");
    this.db.pragma("cache_size = -262144");
    this.db.pragma("temp_store = MEMORY");
    // a migration may add indexes or tables the query planner has no statistics for yet
    if (migrate(this.db) > 0) this.db.exec("ANALYZE");
    this.db.exec("CREATE TEMP TABLE facet_scope (id INTEGER PRIMARY KEY)");
    this.db.exec("CREATE TEMP TABLE search_scope (id INTEGER PRIMARY KEY)");
    const db = this.db;
    this.stmts = {
      byHash: db.prepare("SELECT id FROM articles WHERE content_hash = ?"),
      insertArticle: db.prepare(
        `INSERT INTO articles (content_hash, title, source, url, published, text, fingerprint, duplicate_of, analysis, ingested_at)
         VALUES (@contentHash, @title, @source, @url, @published, @text, @fingerprint, @duplicateOf, @analysis, @ingestedAt)`,
      ),
      insertBand: db.prepare(
        `INSERT OR IGNORE INTO fingerprint_bands (band, value, article_id, fingerprint, duplicate_of)
         VALUES (?, ?, ?, ?, ?)`,
      ),
      // from the bands' index alone: each band's value and its one-bit variants (migration 8); an article comes
      // once per band it matches (nearDuplicateOf keeps the lowest id within distance)
      bandCandidates: db
        .prepare(
          BAND_PROBE_COUNTS.map(
            (n, band) =>
              `SELECT article_id, fingerprint, duplicate_of FROM fingerprint_bands
               WHERE band = ${band} AND value IN (${Array(n).fill("?").join(", ")})`,
          ).join(" UNION ALL "),
        )
        .raw(),
      insertFts: db.prepare("INSERT INTO articles_fts (rowid, body) VALUES (?, ?)"),
      insertEntity: db.prepare(
        `INSERT INTO entities (article_id, start, "end", text, type, canonical_id) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      insertPlace: db.prepare(
        `INSERT INTO places (article_id, start, "end", text, place_id, name_en, country, lat, lon, precision)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      upsertActor: db.prepare(
        `INSERT INTO actors (id, name_ar, name_en, kind, country) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name_en = coalesce(actors.name_en, excluded.name_en),
           kind = coalesce(actors.kind, excluded.kind), country = coalesce(actors.country, excluded.country)`,
      ),
      // candidates for a merge: same type, dates in the window, and the same place id or a point in a box
      // a little larger than SAME_PLACE_KM around it (the exact distance is checked by sameEvent)
      eventsInWindow: db.prepare(
        `SELECT id FROM events WHERE type = @type AND date BETWEEN @from AND @to
           AND (place_id = @placeId OR (lat BETWEEN @minLat AND @maxLat AND lon BETWEEN @minLon AND @maxLon))`,
      ),
      eventsOfArticle: db.prepare("SELECT DISTINCT event_id AS id FROM event_mentions WHERE article_id = ?"),
      eventSignatureRow: db.prepare("SELECT id, type, date, place_id, lat, lon FROM events WHERE id = ?"),
      eventActorKeys: db.prepare("SELECT DISTINCT actor_key FROM event_actors WHERE event_id = ?"),
      insertEvent: db.prepare(
        // a new event has its one mention, from one article (what `recount` would find)
        `INSERT INTO events (type, mode, acled_event_type, acled_sub_event_type, date, date_precision, place_id,
           place_name_ar, place_name_en, place_key, country, admin1, lat, lon, geo_precision, fatalities, modality,
           mention_count, article_count)
         VALUES (@type, @mode, @acledType, @acledSub, @date, @datePrecision, @placeId, @placeAr, @placeEn, @placeKey,
           @country, @admin1, @lat, @lon, @geoPrecision, @fatalities, @modality, 1, 1)`,
      ),
      // A merged event keeps its first values and fills what it lacked from later mentions.
      mergeEvent: db.prepare(
        `UPDATE events SET
           mode = coalesce(mode, @mode), acled_event_type = coalesce(acled_event_type, @acledType),
           acled_sub_event_type = coalesce(acled_sub_event_type, @acledSub),
           place_name_ar = coalesce(place_name_ar, @placeAr), place_name_en = coalesce(place_name_en, @placeEn),
           admin1 = coalesce(admin1, @admin1),
           fatalities = CASE WHEN @fatalities IS NULL THEN fatalities WHEN fatalities IS NULL THEN @fatalities
                             ELSE min(fatalities, @fatalities) END
         WHERE id = @id`,
      ),
      insertMention: db.prepare(
        "INSERT INTO event_mentions (event_id, article_id, idx, data) VALUES (?, ?, ?, ?)",
      ),
      insertEventActor: db.prepare(
        `INSERT OR IGNORE INTO event_actors (event_id, actor_key, actor_id, name_ar, name_key, name_en, kind, country, role, date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertEventSource: db.prepare(
        "INSERT OR IGNORE INTO event_sources (event_id, source, date) VALUES (?, ?, ?)",
      ),
      eventDate: db.prepare("SELECT date FROM events WHERE id = ?"),
      recount: db.prepare(
        `UPDATE events SET mention_count = (SELECT count(*) FROM event_mentions WHERE event_id = @id),
           article_count = (SELECT count(DISTINCT coalesce(a.duplicate_of, a.id)) FROM event_mentions m
                            JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id)
         WHERE id = @id`,
      ),
      insertLog: db.prepare(
        "INSERT INTO ingestion_log (at, origin, status, article_id, message) VALUES (?, ?, ?, ?, ?)",
      ),
    };
    this.counter = new FacetCounter(db);
  }

  private readonly counter: FacetCounter;
  private readonly cache = new Map<string, Database.Statement>();

  /** Prepared statements by SQL text: preparing (FTS5 especially) costs more than running a small query. */
  private sql(text: string): Database.Statement {
    let stmt = this.cache.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(text, stmt);
    }
    return stmt;
  }

  private nearDuplicateOf(fingerprint: string): number | null {
    const f = fromHex(fingerprint);
    // the first stored of the articles within distance, as an ORDER BY id would find it, without sorting them all
    let first: [number, string, number | null] | null = null;
    for (const row of this.stmts.bandCandidates.all(...bandProbes(fingerprint).flat()) as Iterable<
      [number, string, number | null]
    >) {
      if (
        (first === null || row[0] < first[0]) &&
        hammingDistance(f, fromHex(row[1])) <= NEAR_DUPLICATE_DISTANCE
      )
        first = row;
    }
    return first === null ? null : (first[2] ?? first[0]);
  }

  private signatureOf(eventId: number): EventSignature | null {
    const row = this.stmts.eventSignatureRow.get(eventId) as Row | undefined;
    if (!row) return null;
    const date = row.date as string | null;
    return {
      type: row.type as string,
      day: date && date.length === 10 ? date : null,
      placeId: (row.place_id as string) ?? null,
      lat: (row.lat as number) ?? null,
      lon: (row.lon as number) ?? null,
      actorKeys: (this.stmts.eventActorKeys.all(eventId) as { actor_key: string }[]).map((r) => r.actor_key),
    };
  }

  private findSameEvent(event: DocEvent, copyOf: number | null): number | null {
    const sig = signature(event);
    if (copyOf !== null) {
      for (const { id } of this.stmts.eventsOfArticle.all(copyOf) as { id: number }[]) {
        const other = this.signatureOf(id);
        if (other && sameEventInCopy(sig, other)) return id;
      }
    }
    if (!sig.day || (!sig.placeId && (sig.lat === null || sig.lon === null))) return null;
    const [from, to] = dayWindow(sig.day);
    const dLat = SAME_PLACE_KM / 111 + 0.01;
    const dLon = sig.lat === null ? 0 : dLat / Math.max(0.1, Math.cos((sig.lat * Math.PI) / 180));
    const window = {
      type: sig.type,
      from,
      to,
      placeId: sig.placeId,
      minLat: sig.lat === null ? null : sig.lat - dLat,
      maxLat: sig.lat === null ? null : sig.lat + dLat,
      minLon: sig.lon === null ? null : sig.lon - dLon,
      maxLon: sig.lon === null ? null : sig.lon + dLon,
    };
    for (const { id } of this.stmts.eventsInWindow.all(window) as { id: number }[]) {
      const other = this.signatureOf(id);
      if (other && sameEvent(sig, other)) return id;
    }
    return null;
  }

  private eventParams(e: DocEvent): Params {
    const loc = e.location;
    const placeAr = loc?.name_ar ?? null;
    return {
      type: e.type,
      mode: e.mode ?? null,
      acledType: e.acled?.event_type ?? null,
      acledSub: e.acled?.sub_event_type ?? null,
      date: e.date?.value ?? null,
      datePrecision: e.date?.precision ?? null,
      placeId: loc?.id ?? null,
      placeAr,
      placeEn: loc?.name_en ?? null,
      placeKey: placeAr ? likeKey(placeAr) : null,
      country: loc?.country ?? null,
      admin1: loc?.admin1 ?? null,
      lat: typeof loc?.lat === "number" ? loc.lat : null,
      lon: typeof loc?.lon === "number" ? loc.lon : null,
      geoPrecision: loc?.precision ?? null,
      fatalities: e.fatalities ? Math.round(e.fatalities.value) : null,
      modality: e.modality ?? "asserted",
    };
  }

  async articleIdsByHash(hashes: string[]): Promise<(number | null)[]> {
    return hashes.map((h) => (this.stmts.byHash.get(h) as { id: number } | undefined)?.id ?? null);
  }

  private addOne(a: PreparedArticle): AddResult {
    const existing = this.stmts.byHash.get(a.contentHash) as { id: number } | undefined;
    if (existing) {
      const eventIds = (this.stmts.eventsOfArticle.all(existing.id) as { id: number }[]).map((r) => r.id);
      return { status: "duplicate", articleId: existing.id, duplicateOf: null, eventIds };
    }
    const duplicateOf = this.nearDuplicateOf(a.fingerprint);
    const doc = a.analysis;
    const articleId = Number(
      this.stmts.insertArticle.run({
        contentHash: a.contentHash,
        title: a.title,
        source: a.source,
        url: a.url,
        published: a.published,
        text: a.text,
        fingerprint: a.fingerprint,
        duplicateOf,
        analysis: JSON.stringify(doc),
        ingestedAt: new Date().toISOString(),
      }).lastInsertRowid,
    );
    bandValues(a.fingerprint).forEach((value, band) => {
      this.stmts.insertBand.run(band, value, articleId, a.fingerprint, duplicateOf);
    });
    this.stmts.insertFts.run(articleId, a.searchText);
    for (const ent of doc.entities ?? []) {
      this.stmts.insertEntity.run(
        articleId,
        ent.start,
        ent.end,
        ent.text,
        ent.type,
        ent.canonical?.id ?? null,
      );
      const c = ent.canonical;
      if (c?.id && c.kind !== "place")
        this.upsertActor(c.id, c.name_ar, c.name_en ?? null, c.kind, c.country);
    }
    for (const p of doc.places ?? []) {
      this.stmts.insertPlace.run(
        articleId,
        p.start,
        p.end,
        p.text,
        p.id,
        p.name_en,
        p.country,
        p.lat,
        p.lon,
        p.precision,
      );
    }
    const eventIds: number[] = [];
    (doc.events ?? []).forEach((event, idx) => {
      const params = this.eventParams(event);
      let eventId = this.findSameEvent(event, duplicateOf);
      let before: Set<string> | null = null;
      let date: string | null;
      if (eventId === null) {
        eventId = Number(this.stmts.insertEvent.run(params).lastInsertRowid);
        date = params.date as string | null;
        this.counter.label(
          "place",
          (params.placeId ?? params.placeKey) as string,
          (params.placeEn ?? params.placeAr) as string | null,
        );
      } else {
        before = this.counter.tagsOf(eventId).tags;
        this.stmts.mergeEvent.run({ ...params, id: eventId });
        date = (this.stmts.eventDate.get(eventId) as { date: string | null }).date;
      }
      this.stmts.insertMention.run(eventId, articleId, idx, JSON.stringify(event));
      if (a.source) this.stmts.insertEventSource.run(eventId, a.source, date);
      for (const actor of event.actors) {
        const key = actorKey(actor);
        this.counter.label("actor", key, actor.name_en ?? actor.name_ar);
        this.stmts.insertEventActor.run(
          eventId,
          key,
          actor.id ?? null,
          actor.name_ar,
          likeKey(actor.name_ar),
          actor.name_en ?? null,
          actor.kind ?? null,
          actor.country ?? null,
          actor.role,
          date,
        );
        if (actor.id) {
          this.upsertActor(
            actor.id,
            actor.name_ar,
            actor.name_en ?? null,
            actor.kind ?? null,
            actor.country ?? null,
          );
        }
      }
      this.counter.update(before, this.counter.tagsOf(eventId));
      // a merged event's counts are read again (another mention may come from a copy of an article it has)
      if (before !== null) this.stmts.recount.run({ id: eventId });
      if (!eventIds.includes(eventId)) eventIds.push(eventId);
    });
    return { status: duplicateOf === null ? "added" : "near_duplicate", articleId, duplicateOf, eventIds };
  }

  /**
   * Actor rows written with these exact values (id, names, kind, country) since the last rollback. The upsert
   * only fills what the row lacks, so writing the same values again changes nothing: the same actors come up
   * in article after article (about five upserts per article), and each is skipped after its first.
   */
  private readonly actorsWritten = new Set<string>();

  private upsertActor(
    id: string,
    nameAr: string,
    nameEn: string | null,
    kind: string | null,
    country: string | null,
  ): void {
    const key = `${id}\u0000${nameAr}\u0000${nameEn ?? "\u0001"}\u0000${kind ?? "\u0001"}\u0000${country ?? "\u0001"}`;
    if (this.actorsWritten.has(key)) return;
    this.stmts.upsertActor.run(id, nameAr, nameEn, kind, country);
    if (this.actorsWritten.size >= 100_000) this.actorsWritten.clear();
    this.actorsWritten.add(key);
  }

  /** One write transaction: the facet counts gathered by its articles are written before it commits. */
  private write<T>(fn: () => T): T {
    try {
      return this.db.transaction(() => {
        this.counter.discard();
        const out = fn();
        this.counter.flush();
        return out;
      })();
    } catch (error) {
      // rolled back: the actors it wrote may be gone
      this.actorsWritten.clear();
      throw error;
    }
  }

  async addArticle(article: PreparedArticle): Promise<AddResult> {
    return this.write(() => this.addOne(article));
  }

  async addArticles(articles: PreparedArticle[]): Promise<AddResult[]> {
    return this.write(() => articles.map((a) => this.addOne(a)));
  }

  private summary(row: Row): ArticleSummary {
    return {
      id: row.id as number,
      title: (row.title as string) ?? null,
      source: (row.source as string) ?? null,
      url: (row.url as string) ?? null,
      published: (row.published as string) ?? null,
      duplicateOf: (row.duplicate_of as number) ?? null,
      ingestedAt: row.ingested_at as string,
      eventCount: (row.event_count as number) ?? 0,
    };
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const row = this.sql(
      `SELECT a.*, (SELECT count(DISTINCT event_id) FROM event_mentions WHERE article_id = a.id) AS event_count
         FROM articles a WHERE a.id = ?`,
    ).get(id) as Row | undefined;
    if (!row) return null;
    const duplicates = (
      this.sql("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id").all(id) as {
        id: number;
      }[]
    ).map((r) => r.id);
    return {
      ...this.summary(row),
      text: row.text as string,
      contentHash: row.content_hash as string,
      analysis: JSON.parse(row.analysis as string),
      duplicates,
    };
  }

  async listArticles(
    filter: { source?: string; from?: string; to?: string } & Paging,
  ): Promise<Page<ArticleSummary>> {
    const { limit, offset } = paging(filter);
    const where: string[] = [];
    const params: Params = {};
    if (filter.source) {
      where.push("a.source = @source");
      params.source = filter.source;
    }
    if (filter.from) {
      where.push("a.published >= @from");
      params.from = filter.from;
    }
    if (filter.to) {
      where.push("a.published <= @to");
      params.to = filter.to;
    }
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = (this.sql(`SELECT count(*) AS n FROM articles a ${w}`).get(params) as { n: number }).n;
    const rows = this.sql(
      `SELECT a.id, a.title, a.source, a.url, a.published, a.duplicate_of, a.ingested_at,
           (SELECT count(DISTINCT event_id) FROM event_mentions WHERE article_id = a.id) AS event_count
         FROM articles a ${w} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit, offset }) as Row[];
    return { items: rows.map((r) => this.summary(r)), total, totalExact: true, limit, offset };
  }

  /**
   * SQL conditions over `events e` for a filter; shared by listing, facets, search and export. `perEvent`
   * writes the actor, place and outlet conditions as lookups for one event (to check given events) rather
   * than as the set of all their events (to find events).
   */
  private eventWhere(f: EventFilter, perEvent = false): { sql: string; params: Params } {
    const where: string[] = [];
    const params: Params = {};
    const list = (name: string, column: string, values?: string[]) => {
      if (!values?.length) return;
      where.push(`${column} IN (${values.map((_, i) => `@${name}${i}`).join(", ")})`);
      values.forEach((v, i) => {
        params[`${name}${i}`] = v;
      });
    };
    list("type", "e.type", f.type);
    list("country", "e.country", f.country);
    if (f.from) {
      where.push("e.date >= @from");
      params.from = f.from;
    }
    if (f.to) {
      // a month or year value (2014-07) sorts before its days; '~' sorts after every digit and dash
      where.push("e.date <= @to");
      params.to = `${f.to}~`;
    }
    if (f.actor) {
      params.actor = f.actor;
      params.actorKey = likeKey(f.actor);
    }
    if (f.actor && this.onlyActorKey(f.actor)) {
      // the usual case, an actor's key that is no one's name: one index range instead of three
      where.push(
        perEvent
          ? "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.actor_key = @actor)"
          : "e.id IN (SELECT event_id FROM event_actors WHERE actor_key = @actor)",
      );
    } else if (f.actor && perEvent) {
      where.push(
        `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND (ea.actor_key = @actor
           OR ea.name_key = @actorKey OR ea.actor_key IN (SELECT id FROM actors WHERE name_en = @actor COLLATE NOCASE)))`,
      );
    } else if (f.actor) {
      // three indexed lookups rather than one OR, which SQLite would answer with a scan
      where.push(
        `e.id IN (SELECT event_id FROM event_actors WHERE actor_key = @actor
          UNION SELECT event_id FROM event_actors WHERE name_key = @actorKey
          UNION SELECT ea.event_id FROM actors ac JOIN event_actors ea ON ea.actor_key = ac.id
                WHERE ac.name_en = @actor COLLATE NOCASE)`,
      );
    }
    if (f.place) {
      params.place = f.place;
      params.placeKey = likeKey(f.place);
    }
    if (f.place && this.onlyPlaceId(f.place)) {
      // the usual case, a place id that is no place's name: one index range (to find events; to check
      // given events, a comparison: `+` keeps SQLite from reading the place's whole range for a few events)
      where.push(perEvent ? "+e.place_id = @place" : "e.place_id = @place");
    } else if (f.place && perEvent) {
      where.push(
        "(e.place_id = @place OR e.place_key = @placeKey OR e.place_name_en = @place COLLATE NOCASE)",
      );
    } else if (f.place) {
      where.push(
        `e.id IN (SELECT id FROM events WHERE place_id = @place
          UNION SELECT id FROM events WHERE place_key = @placeKey
          UNION SELECT id FROM events WHERE place_name_en = @place COLLATE NOCASE)`,
      );
    }
    if (f.source) {
      where.push(
        perEvent
          ? "EXISTS (SELECT 1 FROM event_sources es WHERE es.event_id = e.id AND es.source = @source)"
          : "e.id IN (SELECT event_id FROM event_sources WHERE source = @source)",
      );
      params.source = f.source;
    }
    if (f.q) {
      const q = ftsQuery(f.q);
      if (q === null) where.push("0");
      else {
        where.push(
          `e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.article_id IN
             (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q ORDER BY rowid DESC LIMIT ${Q_ARTICLES}))`,
        );
        params.q = q;
      }
    }
    if (f.bbox) {
      const [minLon, minLat, maxLon, maxLat] = f.bbox;
      where.push("e.lat BETWEEN @minLat AND @maxLat AND e.lon BETWEEN @minLon AND @maxLon");
      Object.assign(params, { minLon, minLat, maxLon, maxLat });
    }
    return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
  }

  /**
   * Whether the actor filter `actor` (an id, a folded name or an English name) can match only through
   * the actor key itself: no event names an actor by that folded name and no known actor has that English
   * name. Two index probes.
   */
  private onlyActorKey(actor: string): boolean {
    return this.noRowNamed(
      actor,
      "SELECT 1 FROM event_actors WHERE name_key = @key",
      "SELECT 1 FROM actors WHERE name_en = @value COLLATE NOCASE",
    );
  }

  /** Whether the place filter `place` can match only through the place id: no event's place has it as a name. */
  private onlyPlaceId(place: string): boolean {
    return this.noRowNamed(
      place,
      "SELECT 1 FROM events WHERE place_key = @key",
      "SELECT 1 FROM events WHERE place_name_en = @value COLLATE NOCASE",
    );
  }

  /**
   * Whether a filter value names nothing: neither `byKey` (given `@key`, the value's folded key) nor `byEnglishName`
   * (given `@value`) finds a row, so the value can only be an id.
   */
  private noRowNamed(value: string, byKey: string, byEnglishName: string): boolean {
    return (
      this.sql(`SELECT NOT EXISTS (${byKey}) AND NOT EXISTS (${byEnglishName})`)
        .pluck()
        .get({ value, key: likeKey(value) }) === 1
    );
  }

  private hydrate(rows: Row[]): StoredEvent[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id as number);
    const marks = ids.map(() => "?").join(",");
    const actors = new Map<number, EventActorRef[]>();
    for (const a of this.sql(
      `SELECT * FROM event_actors WHERE event_id IN (${marks}) ORDER BY role, actor_key`,
    ).all(...ids) as Row[]) {
      const list = actors.get(a.event_id as number) ?? [];
      list.push({
        key: a.actor_key as string,
        id: (a.actor_id as string) ?? null,
        name_ar: a.name_ar as string,
        name_en: (a.name_en as string) ?? null,
        kind: (a.kind as string) ?? null,
        country: (a.country as string) ?? null,
        role: a.role as string,
      });
      actors.set(a.event_id as number, list);
    }
    const sources = new Map<number, string[]>();
    for (const s of this.sql(
      `SELECT event_id, source FROM event_sources WHERE event_id IN (${marks}) ORDER BY source`,
    ).all(...ids) as Row[]) {
      const list = sources.get(s.event_id as number) ?? [];
      list.push(s.source as string);
      sources.set(s.event_id as number, list);
    }
    return rows.map((r) => {
      const hasLocation =
        r.place_id !== null || r.place_name_ar !== null || r.lat !== null || r.country !== null;
      return {
        id: r.id as number,
        type: r.type as StoredEvent["type"],
        mode: (r.mode as string) ?? null,
        acled: r.acled_event_type
          ? {
              event_type: r.acled_event_type as string,
              sub_event_type: (r.acled_sub_event_type as string) ?? "",
            }
          : null,
        date: (r.date as string) ?? null,
        datePrecision: (r.date_precision as string) ?? null,
        location: hasLocation
          ? {
              name_ar: (r.place_name_ar as string) ?? null,
              name_en: (r.place_name_en as string) ?? null,
              id: (r.place_id as string) ?? null,
              country: (r.country as string) ?? null,
              admin1: (r.admin1 as string) ?? null,
              lat: (r.lat as number) ?? null,
              lon: (r.lon as number) ?? null,
              precision: (r.geo_precision as number) ?? null,
            }
          : null,
        fatalities: (r.fatalities as number) ?? null,
        modality: r.modality as string,
        actors: actors.get(r.id as number) ?? [],
        sources: sources.get(r.id as number) ?? [],
        mentionCount: r.mention_count as number,
        articleCount: r.article_count as number,
      };
    });
  }

  /**
   * Where the kept counts answer a filter: overall or beside one actor or outlet (`facet_pairs`), or in
   * the cells of its types, countries and months (`facet_counts`/`facet_totals`); null when only the
   * events themselves can.
   */
  private keptCounts(filter: EventFilter): { table: string; where: string; params: Params } | null {
    const keys = Object.entries(filter)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k]) => k);
    const pair = (fdim: string, fvalue: string) => ({
      table: "facet_pairs",
      where: "fdim = @fdim AND fvalue = @fvalue",
      params: { fdim, fvalue },
    });
    if (keys.length === 0) return pair("", "");
    if (keys.length === 1 && filter.source) return pair("source", filter.source);
    if (keys.length === 1 && filter.actor) {
      // the actor filter matches an id, a folded name or an English name: counts of one actor key fit
      // when all of its matches are that one key
      if (this.onlyActorKey(filter.actor)) {
        const seen = this.sql("SELECT EXISTS (SELECT 1 FROM event_actors WHERE actor_key = ?)")
          .pluck()
          .get(filter.actor);
        return pair("actor", seen ? filter.actor : "");
      }
      const matched = this.sql(
        `SELECT actor_key FROM event_actors WHERE actor_key = @actor
         UNION SELECT actor_key FROM event_actors WHERE name_key = @actorKey
         UNION SELECT ac.id FROM actors ac JOIN event_actors ea ON ea.actor_key = ac.id
               WHERE ac.name_en = @actor COLLATE NOCASE LIMIT 2`,
      )
        .pluck()
        .all({ actor: filter.actor, actorKey: likeKey(filter.actor) }) as string[];
      if (matched.length === 1) return pair("actor", matched[0]);
      if (matched.length === 0) return pair("actor", "");
      return null;
    }
    const cells = cellFilter(filter);
    return cells ? { table: cells.table, where: cells.sql, params: cells.params } : null;
  }

  /** Events matching `filter`, counted from the kept counts when they can answer it. */
  private countEvents(
    filter: EventFilter,
    sql: string,
    params: Params,
    kept = this.keptCounts(filter),
  ): number {
    if (kept) {
      return this.sql(
        `SELECT coalesce(sum(n), 0) FROM ${kept.table} WHERE dim = 'type'${kept.where ? ` AND ${kept.where}` : ""}`,
      )
        .pluck()
        .get(kept.params) as number;
    }
    return this.sql(`SELECT count(*) FROM events e ${sql}`).pluck().get(params) as number;
  }

  /** Event rows by id, in the order of `ids`. */
  private eventRows(ids: number[]): Row[] {
    if (!ids.length) return [];
    const byId = new Map(
      (
        this.sql("SELECT * FROM events WHERE id IN (SELECT value FROM json_each(?))").all(
          JSON.stringify(ids),
        ) as Row[]
      ).map((r) => [r.id as number, r]),
    );
    return ids.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
  }

  async findEvents(filter: EventFilter, p?: Paging): Promise<Page<StoredEvent>> {
    const { limit, offset } = paging(p);
    const { sql, params } = this.eventWhere(filter);
    const actorKey = filter.actor && this.onlyActorKey(filter.actor) ? filter.actor : null;
    // the other conditions, with the date range on the driving table's own date column (its index)
    const rest = (f: EventFilter, alias: string) => {
      const w = this.eventWhere({ ...f, from: undefined, to: undefined }).sql.slice("WHERE ".length);
      return [filter.from ? `${alias}.date >= @from` : "", filter.to ? `${alias}.date <= @to` : "", w]
        .filter(Boolean)
        .map((c) => `AND ${c}`)
        .join(" ");
    };
    // one actor's or one outlet's events newest first straight from its (key, date, event) index, which
    // holds each event's date; otherwise ids first (from an index where one fits), rows only for the page
    const ordered = actorKey
      ? `SELECT DISTINCT ea.event_id FROM event_actors ea CROSS JOIN events e ON e.id = ea.event_id
         WHERE ea.actor_key = @actor ${rest({ ...filter, actor: undefined }, "ea")}
         ORDER BY ea.date DESC, ea.event_id DESC LIMIT @limit OFFSET @offset`
      : filter.source
        ? `SELECT es.event_id FROM event_sources es CROSS JOIN events e ON e.id = es.event_id
           WHERE es.source = @source ${rest({ ...filter, source: undefined }, "es")}
           ORDER BY es.date DESC, es.event_id DESC LIMIT @limit OFFSET @offset`
        : `SELECT e.id FROM events e ${sql} ORDER BY e.date DESC, e.id DESC LIMIT @limit OFFSET @offset`;
    let total = this.keptTotal(filter, actorKey);
    let ids: number[];
    if (total !== null) {
      ids = this.sql(ordered)
        .pluck()
        .all({ ...params, limit, offset }) as number[];
    } else {
      // counted one by one anyway: one pass gives the count and the page, when the set is not huge
      const cap = Math.max(offset + limit, ONE_PASS_EVENTS);
      const all = this.sql(ordered)
        .pluck()
        .all({ ...params, limit: cap, offset: 0 }) as number[];
      total = all.length < cap ? all.length : this.countEvents(filter, sql, params);
      ids = all.slice(offset, offset + limit);
    }
    return {
      items: this.hydrate(this.eventRows(ids)),
      total,
      totalExact: !this.wordsTruncated(filter),
      limit,
      offset,
    };
  }

  /**
   * The number of events matching `filter` from the kept counts, or null when they cannot tell: the
   * filters keptCounts answers, and one actor (`actorKey`: matched by its key only) or one outlet with
   * types or with countries (each event has one type and at most one country, so the counts beside the
   * actor or outlet add up).
   */
  private keptTotal(filter: EventFilter, actorKey: string | null): number | null {
    const kept = this.keptCounts(filter);
    if (kept) return this.countEvents(filter, "", {}, kept);
    const keys = Object.entries(filter)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k]) => k);
    const pivot: [string, string] | null = actorKey
      ? ["actor", actorKey]
      : filter.source && !filter.actor
        ? ["source", filter.source]
        : null;
    if (!pivot || keys.length !== 2) return null;
    const dim = keys.find((k) => k !== pivot[0]);
    const values = dim === "type" ? filter.type : dim === "country" ? filter.country : undefined;
    if (!values) return null;
    return this.sql(
      `SELECT coalesce(sum(n), 0) FROM facet_pairs WHERE fdim = @fdim AND fvalue = @fvalue AND dim = @dim
         AND value IN (SELECT DISTINCT value FROM json_each(@values))`,
    )
      .pluck()
      .get({ fdim: pivot[0], fvalue: pivot[1], dim, values: JSON.stringify(values) }) as number;
  }

  /** Whether the filter's words match more than the Q_ARTICLES articles it looks at. */
  private wordsTruncated(filter: EventFilter): boolean {
    const fts = filter.q ? ftsQuery(filter.q) : null;
    if (fts === null) return false;
    const n = this.sql(
      `SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @fts LIMIT ${Q_ARTICLES + 1})`,
    )
      .pluck()
      .get({ fts }) as number;
    return n > Q_ARTICLES;
  }

  private mentions(eventIds: number[]): Map<number, EventMention[]> {
    const out = new Map<number, EventMention[]>();
    if (!eventIds.length) return out;
    const rows = this.sql(
      `SELECT m.id, m.event_id, m.article_id, m.data, a.title, a.source, a.url, a.published, a.text
         FROM event_mentions m JOIN articles a ON a.id = m.article_id
         WHERE m.event_id IN (${eventIds.map(() => "?").join(",")}) ORDER BY m.id`,
    ).all(...eventIds) as Row[];
    for (const r of rows) {
      const event = JSON.parse(r.data as string) as DocEvent;
      const text = r.text as string;
      const list = out.get(r.event_id as number) ?? [];
      list.push({
        id: r.id as number,
        eventId: r.event_id as number,
        articleId: r.article_id as number,
        articleTitle: (r.title as string) ?? null,
        source: (r.source as string) ?? null,
        url: (r.url as string) ?? null,
        published: (r.published as string) ?? null,
        event,
        evidenceText: (event.evidence ?? []).map((s) => text.slice(s.start, s.end)),
      });
      out.set(r.event_id as number, list);
    }
    return out;
  }

  async *eachEvent(filter: EventFilter): AsyncIterable<EventDetail> {
    const { sql, params } = this.eventWhere(filter);
    // chunks grow from a small first one (the download starts at once) to EXPORT_CHUNK
    let size = EXPORT_FIRST_CHUNK;
    const next = () => {
      const n = size;
      size = Math.min(EXPORT_CHUNK, size * 4);
      return n;
    };
    const withMentions = (rows: Row[]) => {
      const events = this.hydrate(rows);
      const mentions = this.mentions(events.map((e) => e.id));
      return events.map((e) => ({ ...e, mentions: mentions.get(e.id) ?? [] }));
    };
    if (this.exportInIdOrder(filter, sql)) {
      // the table in id order, checking each row: most rows match, so a chunk is read in its own time
      const stmt = this.sql(
        `SELECT e.* FROM events e NOT INDEXED ${sql} ${sql ? "AND" : "WHERE"} e.id > @after ORDER BY e.id LIMIT @n`,
      );
      let after = 0;
      for (;;) {
        const rows = stmt.all({ ...params, after, n: next() }) as Row[];
        if (!rows.length) return;
        yield* withMentions(rows);
        after = rows[rows.length - 1].id as number;
      }
    }
    // the matching ids once (from an index where one fits), sorted, then the rows chunk by chunk: an
    // index in another order would otherwise be read and sorted again for every chunk
    const ids = Float64Array.from(
      this.sql(`SELECT e.id FROM events e ${sql}`).pluck().all(params) as number[],
    ).sort();
    for (let i = 0; i < ids.length; ) {
      const part = Array.from(ids.subarray(i, i + next()));
      i += part.length;
      yield* withMentions(this.eventRows(part));
    }
  }

  /**
   * Whether an export reads the events table in id order: with no filter, or one on types and countries
   * only that selects at least one event in EXPORT_SCAN_SHARE (kept counts); dates, places and boxes
   * gather their events in id ranges, so those read ids from an index instead.
   */
  private exportInIdOrder(filter: EventFilter, sql: string): boolean {
    if (!sql) return true;
    const keys = Object.entries(filter)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k]) => k);
    if (keys.some((k) => k !== "type" && k !== "country")) return false;
    const events = this.filterEventBound(filter);
    const all = (this.sql("SELECT max(id) FROM events").pluck().get() as number | null) ?? 0;
    return events !== null && events * EXPORT_SCAN_SHARE >= all;
  }

  async getEvent(id: number): Promise<EventDetail | null> {
    const row = this.sql("SELECT * FROM events WHERE id = ?").get(id) as Row | undefined;
    if (!row) return null;
    const [event] = this.hydrate([row]);
    return { ...event, mentions: this.mentions([id]).get(id) ?? [] };
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    const known = this.sql("SELECT * FROM actors WHERE id = ?").get(id) as Row | undefined;
    const seen = this.sql(
      "SELECT name_ar, name_en, kind, country FROM event_actors WHERE actor_key = ? LIMIT 1",
    ).get(id) as Row | undefined;
    const base = known ?? seen;
    if (!base) return null;
    const byType = this.sql(
      `SELECT type AS value, sum(n) AS count FROM facet_totals WHERE dim = 'actor' AND value = ?
         GROUP BY type ORDER BY count DESC, value`,
    ).all(id) as FacetCount[];
    const eventCount = byType.reduce((sum, t) => sum + t.count, 0);
    const recent = this.eventRows(
      (
        this.sql(
          `SELECT DISTINCT event_id AS id, date FROM event_actors WHERE actor_key = ?
             ORDER BY date DESC, event_id DESC LIMIT 20`,
        ).all(id) as { id: number }[]
      ).map((r) => r.id),
    );
    return {
      id,
      name_ar: base.name_ar as string,
      name_en: (base.name_en as string) ?? null,
      kind: (base.kind as string) ?? null,
      country: (base.country as string) ?? null,
      eventCount,
      byType,
      recentEvents: this.hydrate(recent),
    };
  }

  async facets(filter: EventFilter): Promise<Facets> {
    const kept = this.keptCounts(filter);
    if (kept) return this.facetsOfKept(kept.table, kept.where, kept.params);
    const { sql, params } = this.eventWhere(filter);
    const total = this.countEvents(filter, sql, params);
    const facets = this.facetsOf(
      `SELECT e.id FROM events e ${sql} ORDER BY e.date DESC, e.id DESC LIMIT ${FACET_SCAN_EVENTS}`,
      params,
    );
    return { ...facets, exact: facets.events === total && !this.wordsTruncated(filter) };
  }

  /** Facets counted from the events themselves (what the kept counts must equal; for tests). */
  facetsByScan(filter: EventFilter): Facets {
    const { sql, params } = this.eventWhere(filter);
    return this.facetsOf(`SELECT e.id FROM events e ${sql}`, params);
  }

  /** Facets summed from the kept counts (see facetCounts.ts). */
  private facetsOfKept(table: string, where: string, params: Params): Facets {
    const top = (dim: string, labelled: boolean) =>
      this.sql(
        `SELECT g.value${labelled ? ", l.label" : ""}, g.count FROM
           (SELECT value, sum(n) AS count FROM ${table} WHERE dim = @dim${where ? ` AND ${where}` : ""}
            GROUP BY value ORDER BY count DESC, value LIMIT 20) g
         ${labelled ? "LEFT JOIN facet_labels l ON l.dim = @dim AND l.value = g.value" : ""}
         ORDER BY g.count DESC, g.value`,
      ).all({ ...params, dim }) as FacetCount[];
    const type = top("type", false);
    return {
      type,
      country: top("country", false),
      actor: top("actor", true),
      place: top("place", true),
      source: top("source", false),
      events: type.reduce((sum, t) => sum + t.count, 0),
      exact: true,
    };
  }

  /**
   * Event counts by type, country, actor, place and source over the events that `scoped` selects: the ids
   * go once into a temporary table, and each facet reads only its own narrow table for them (CROSS JOIN
   * keeps SQLite from scanning a whole index in GROUP BY order and probing the few ids instead).
   */
  private facetsOf(scoped: string, params: Params): Facets {
    this.sql("DELETE FROM temp.facet_scope").run();
    const events = this.sql(`INSERT OR IGNORE INTO temp.facet_scope (id) ${scoped}`).run(params).changes;
    const count = (query: string) => this.sql(query).all() as FacetCount[];
    const label = (dim: string, inner: string) =>
      `SELECT g.value, l.label, g.count FROM (${inner}) g
       LEFT JOIN facet_labels l ON l.dim = '${dim}' AND l.value = g.value ORDER BY g.count DESC, g.value`;
    // type, country and place in one pass over the event rows
    const tally = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
    for (const row of this.sql(
      `SELECT e.type, e.country, coalesce(e.place_id, e.place_key) FROM temp.facet_scope s
       CROSS JOIN events e ON e.id = s.id`,
    )
      .raw()
      .iterate() as Iterable<(string | null)[]>) {
      row.forEach((v, i) => {
        if (v !== null) tally[i].set(v, (tally[i].get(v) ?? 0) + 1);
      });
    }
    const top = (m: Map<string, number>) =>
      [...m]
        .map(([value, n]) => ({ value, count: n }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
        .slice(0, 20);
    const places = top(tally[2]);
    const placeLabels = new Map(
      (
        this.sql(
          "SELECT value, label FROM facet_labels WHERE dim = 'place' AND value IN (SELECT value FROM json_each(?))",
        ).all(JSON.stringify(places.map((p) => p.value))) as { value: string; label: string }[]
      ).map((r) => [r.value, r.label]),
    );
    return {
      type: top(tally[0]),
      country: top(tally[1]),
      actor: count(
        label(
          "actor",
          `SELECT ea.actor_key AS value, count(DISTINCT ea.event_id) AS count
           FROM temp.facet_scope s CROSS JOIN event_actors ea ON ea.event_id = s.id
           GROUP BY ea.actor_key ORDER BY count DESC, value LIMIT 20`,
        ),
      ),
      place: places.map((p) => ({ value: p.value, label: placeLabels.get(p.value) ?? null, count: p.count })),
      source: count(
        `SELECT es.source AS value, count(*) AS count FROM temp.facet_scope s CROSS JOIN event_sources es ON es.event_id = s.id
         GROUP BY es.source ORDER BY count DESC, value LIMIT 20`,
      ),
      events,
      exact: true,
    };
  }

  /** `plan` forces one way of meeting words and event filters (for tests; by default the cheaper one). */
  async search(q: string, filter: EventFilter, p?: Paging, plan?: SearchPlan): Promise<SearchResult> {
    const { limit, offset } = paging(p);
    const fts = ftsQuery(q);
    if (fts === null) {
      return {
        hits: { items: [], total: 0, totalExact: true, limit, offset },
        facets: await this.facets({ ...filter, q }),
        facetArticles: 0,
      };
    }
    // The newest SEARCH_CANDIDATES matching articles (with event filters: that report a matching event),
    // ranked by bm25. With event filters, the cheaper of two plans finds them (see searchCandidates).
    const { sql, params } = this.eventWhere(filter, true);
    const matchCount = this.sql("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH @fts")
      .pluck()
      .get({ fts }) as number;
    let found: { ids: number[]; total: number; exact: boolean };
    if (!sql) {
      const ids = this.sql(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH @fts ORDER BY rowid DESC LIMIT @read",
      )
        .pluck()
        .all({ fts, read: SEARCH_CANDIDATES }) as number[];
      found = { ids, total: matchCount, exact: true };
    } else {
      const how = plan ?? this.searchPlan(filter, matchCount);
      found =
        how === "filter-first"
          ? this.filterFirst(fts, filter, matchCount)
          : this.matchFirst(fts, sql, params, matchCount);
    }
    const candidateIds = found.ids;
    const { total, exact: totalExact } = found;
    // bm25 over the newest SEARCH_RANKED matches from the newest candidate back to the oldest (bm25 costs
    // ~10 µs a row; a rowid list instead would make FTS5 look the words up once per listed row, far slower;
    // a lower rowid bound too, so the range's start is cut here); candidates further back, found only with
    // selective filters, follow the ranked ones newest first
    const oldest = candidateIds.length ? Math.min(...candidateIds) : 0;
    const ranks = new Map<number, number>();
    if (candidateIds.length) {
      for (const r of this.sql(
        `SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH @fts
           AND rowid <= @max ORDER BY rowid DESC LIMIT ${SEARCH_RANKED}`,
      ).iterate({ fts, max: Math.max(...candidateIds) }) as Iterable<{ id: number; rank: number }>) {
        if (r.id < oldest) break;
        ranks.set(r.id, r.rank);
      }
    }
    const candidates = candidateIds.map((id) => ({ id, rank: ranks.get(id) ?? 0 }));
    candidates.sort((a, b) => a.rank - b.rank || b.id - a.id);
    const pageIds = candidates.slice(offset, offset + limit).map((c) => c.id);
    const byId = new Map(
      (
        this.sql(
          `SELECT id, title, source, published, url, substr(text, 1, 400) AS lead FROM articles
           WHERE id IN (SELECT value FROM json_each(@ids))`,
        ).all({ ids: JSON.stringify(pageIds) }) as Row[]
      ).map((r) => [r.id as number, r]),
    );
    const rows = pageIds.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
    const terms = (fts.match(/"([^"]+)"/g) ?? []).map((t) => t.slice(1, -1));
    const hits: SearchHit[] = rows.map((r) => ({
      articleId: r.id as number,
      title: (r.title as string) ?? null,
      source: (r.source as string) ?? null,
      published: (r.published as string) ?? null,
      url: (r.url as string) ?? null,
      snippet: snippet(r.lead as string, terms),
      eventIds: (this.stmts.eventsOfArticle.all(r.id) as { id: number }[]).map((x) => x.id),
    }));
    const scoped = `SELECT e.id FROM events e ${sql ? `${sql} AND` : "WHERE"} e.id IN
      (SELECT m.event_id FROM event_mentions m WHERE m.article_id IN (SELECT value FROM json_each(@candidates)))`;
    const facets = this.facetsOf(scoped, { ...params, candidates: JSON.stringify(candidateIds) });
    return {
      hits: { items: hits, total, totalExact, limit, offset },
      facets: { ...facets, exact: totalExact && candidates.length === total },
      facetArticles: candidates.length,
    };
  }

  /**
   * At most how many events the filter selects, from the kept counts of its type/country/month part, its
   * actor or its outlet (the least of those known); null when none of them is known.
   */
  private filterEventBound(filter: EventFilter): number | null {
    const bounds: number[] = [];
    const kept = (f: EventFilter) => {
      const k = this.keptCounts(f);
      if (!k) return;
      bounds.push(
        this.sql(
          `SELECT coalesce(sum(n), 0) FROM ${k.table} WHERE dim = 'type'${k.where ? ` AND ${k.where}` : ""}`,
        )
          .pluck()
          .get(k.params) as number,
      );
    };
    const { type, country, from, to } = filter;
    if (type?.length || country?.length || from || to) {
      // a date range that cuts a month is left out: the cells without it still bound the events
      kept(cellFilter({ type, country, from, to }) ? { type, country, from, to } : { type, country });
    }
    if (filter.actor) kept({ actor: filter.actor });
    if (filter.source) kept({ source: filter.source });
    return bounds.length ? Math.min(...bounds) : null;
  }

  /** The cheaper way to meet `matchCount` matches with the filter, by the costs measured above. */
  private searchPlan(filter: EventFilter, matchCount: number): SearchPlan {
    const events = this.filterEventBound(filter);
    if (events === null) return "match-first";
    const articles = (this.sql("SELECT max(id) FROM articles").pluck().get() as number | null) ?? 0;
    const filterFirst =
      events * costScope(filter) + Math.min(matchCount * COST_PROBE, events * costLookup(matchCount));
    // to find its candidates, match-first reads about SEARCH_CANDIDATES / (share of articles that pass)
    const reads = Math.min(
      matchCount,
      SEARCH_READ_LIMIT,
      events > 0 ? (SEARCH_CANDIDATES * articles) / events : Number.POSITIVE_INFINITY,
    );
    return filterFirst <= Math.max(reads * COST_CHECK, FILTER_FIRST_BUDGET) ? "filter-first" : "match-first";
  }

  /**
   * Filter-first: the articles reporting a matching event go into a scope table, and the matches among
   * them are read newest first, by a join (many articles) or by looking each article up in the full-text
   * index (few articles, common words). Every match is counted, so the total is exact.
   */
  private filterFirst(
    fts: string,
    filter: EventFilter,
    matchCount: number,
  ): { ids: number[]; total: number; exact: boolean } {
    const { sql, params } = this.eventWhere(filter);
    const keys = Object.entries(filter)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k]) => k);
    // one outlet or one actor key alone: their mentions straight from their own index, without the events
    const reporting =
      keys.length === 1 && filter.source
        ? `SELECT m.article_id FROM event_sources es CROSS JOIN event_mentions m ON m.event_id = es.event_id
           WHERE es.source = @source`
        : keys.length === 1 && filter.actor && this.onlyActorKey(filter.actor)
          ? `SELECT m.article_id FROM event_actors ea CROSS JOIN event_mentions m ON m.event_id = ea.event_id
             WHERE ea.actor_key = @actor`
          : `SELECT m.article_id FROM events e CROSS JOIN event_mentions m ON m.event_id = e.id ${sql}`;
    this.sql("DELETE FROM temp.search_scope").run();
    const articles = this.sql(`INSERT OR IGNORE INTO temp.search_scope (id) ${reporting}`).run(
      params,
    ).changes;
    if (articles === 0 || matchCount === 0) return { ids: [], total: 0, exact: true };
    const lookup = articles * costLookup(matchCount) < matchCount * COST_PROBE;
    const ids = this.sql(
      lookup
        ? `SELECT rowid FROM articles_fts WHERE articles_fts MATCH @fts
             AND rowid IN (SELECT id FROM temp.search_scope) ORDER BY rowid DESC`
        : `SELECT f.rowid FROM articles_fts f CROSS JOIN temp.search_scope s ON s.id = f.rowid
           WHERE articles_fts MATCH @fts ORDER BY f.rowid DESC`,
    )
      .pluck()
      .all({ fts }) as number[];
    return { ids: ids.slice(0, SEARCH_CANDIDATES), total: ids.length, exact: true };
  }

  /**
   * Match-first: the newest SEARCH_READ_LIMIT matches are checked against the events one by one, newest
   * first, stopping at SEARCH_CANDIDATES; when matches were left unread, the total is estimated from the
   * share of the read ones that passed.
   */
  private matchFirst(
    fts: string,
    sql: string,
    params: Params,
    matchCount: number,
  ): { ids: number[]; total: number; exact: boolean } {
    const read = Math.min(matchCount, SEARCH_READ_LIMIT);
    const newest =
      "SELECT rowid FROM articles_fts WHERE articles_fts MATCH @fts ORDER BY rowid DESC LIMIT @read";
    const passing = this.sql(
      `SELECT f.rowid FROM (${newest}) f WHERE EXISTS (SELECT 1 FROM event_mentions m
         CROSS JOIN events e ON e.id = m.event_id WHERE m.article_id = f.rowid AND ${sql.slice("WHERE ".length)})
       ORDER BY f.rowid DESC`,
    ).pluck();
    const ids: number[] = [];
    for (const id of passing.iterate({ ...params, fts, read }) as Iterable<number>) {
      ids.push(id);
      if (ids.length >= SEARCH_CANDIDATES) break;
    }
    // how many matches were read: all `read` of them, or those down to the last candidate
    const checked =
      ids.length < SEARCH_CANDIDATES
        ? read
        : (this.sql(`SELECT count(*) FROM (${newest}) WHERE rowid >= @last`)
            .pluck()
            .get({ fts, read, last: ids[ids.length - 1] }) as number);
    if (checked === matchCount) return { ids, total: ids.length, exact: true };
    return { ids, total: Math.round((ids.length * matchCount) / checked), exact: false };
  }

  async logIngestion(entries: IngestLogEntry[]): Promise<void> {
    const at = new Date().toISOString();
    this.db.transaction(() => {
      for (const e of entries)
        this.stmts.insertLog.run(at, e.origin, e.status, e.articleId ?? null, e.message ?? null);
    })();
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.sql(sql).get() as { n: number }).n;
    return {
      articles: n("SELECT count(*) AS n FROM articles"),
      uniqueArticles: n("SELECT count(*) AS n FROM articles WHERE duplicate_of IS NULL"),
      events: n("SELECT count(*) AS n FROM events"),
      mentions: n("SELECT count(*) AS n FROM event_mentions"),
      actors: n("SELECT count(DISTINCT actor_key) AS n FROM event_actors"),
    };
  }

  async createToken(name: string): Promise<string> {
    const token = `mrs_${randomBytes(24).toString("base64url")}`;
    this.sql("INSERT INTO api_tokens (hash, name, created_at) VALUES (?, ?, ?)").run(
      hashToken(token),
      name,
      new Date().toISOString(),
    );
    return token;
  }

  async checkToken(token: string): Promise<boolean> {
    return this.sql("SELECT 1 FROM api_tokens WHERE hash = ?").get(hashToken(token)) !== undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Only a hash of each API token is kept, so a copied database does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The lead of an article, starting near the first query word when it occurs there (folded comparison). */
function snippet(lead: string, terms: string[]): string {
  const folded = searchKey(lead);
  let at = -1;
  if (folded.length === lead.length) {
    for (const t of terms) {
      const i = folded.indexOf(t.split(" ")[0]);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
  }
  const start = at > 60 ? lead.lastIndexOf(" ", at - 40) + 1 : 0;
  const cut = lead
    .slice(start, start + 200)
    .replace(/\s+/g, " ")
    .trim();
  return (start > 0 ? "… " : "") + cut + (lead.length > start + 200 ? " …" : "");
}
