import type Database from "better-sqlite3";

/**
 * Versioned schema changes, applied in order, each in its own transaction; `schema_migrations` records
 * which ran. Never edit a released migration: add the next one.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "articles, analysis, entities, places, events with mentions, ingestion log, tokens, search",
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT, source TEXT, url TEXT, published TEXT,
  text TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES articles(id),
  analysis TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE TABLE article_bands (
  band INTEGER NOT NULL, value INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, value, article_id)
) WITHOUT ROWID;
CREATE TABLE entities (
  article_id INTEGER NOT NULL REFERENCES articles(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, canonical_id TEXT
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_canonical ON entities(canonical_id);
CREATE TABLE places (
  article_id INTEGER NOT NULL REFERENCES articles(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, place_id TEXT, name_en TEXT, country TEXT, lat REAL, lon REAL, precision INTEGER
);
CREATE INDEX places_article ON places(article_id);
CREATE INDEX places_place ON places(place_id);
CREATE TABLE actors (
  id TEXT PRIMARY KEY, name_ar TEXT NOT NULL, name_en TEXT, kind TEXT, country TEXT
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL, mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT,
  date TEXT, date_precision TEXT,
  place_id TEXT, place_name_ar TEXT, place_name_en TEXT, place_key TEXT, country TEXT, admin1 TEXT,
  lat REAL, lon REAL, geo_precision INTEGER,
  fatalities INTEGER, modality TEXT NOT NULL,
  mention_count INTEGER NOT NULL DEFAULT 0, article_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_country_date ON events(country, date);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_place_key ON events(place_key);
CREATE INDEX events_lat ON events(lat);
CREATE TABLE event_mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX mentions_event ON event_mentions(event_id);
CREATE INDEX mentions_article ON event_mentions(article_id);
CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events(id),
  actor_key TEXT NOT NULL, actor_id TEXT, name_ar TEXT NOT NULL, name_key TEXT NOT NULL, name_en TEXT,
  kind TEXT, country TEXT, role TEXT NOT NULL,
  PRIMARY KEY (event_id, actor_key, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_key ON event_actors(actor_key, event_id);
CREATE INDEX event_actors_name ON event_actors(name_key, event_id);
CREATE TABLE ingestion_log (
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, origin TEXT NOT NULL, status TEXT NOT NULL,
  article_id INTEGER, message TEXT
);
CREATE TABLE api_tokens (hash TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE VIRTUAL TABLE articles_fts USING fts5(
  body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
`,
  },
  {
    version: 2,
    name: "case-insensitive indexes for English actor and place names",
    sql: `
CREATE INDEX actors_name_en ON actors(name_en COLLATE NOCASE);
CREATE INDEX events_place_name_en ON events(place_name_en COLLATE NOCASE);
`,
  },
  {
    version: 3,
    name: "covering index for bounding-box queries",
    sql: `
DROP INDEX events_lat;
CREATE INDEX events_lat_lon ON events(lat, lon);
`,
  },
  {
    version: 4,
    name: "fast filters and facets: event sources, actor dates, facet counts, composite indexes",
    sql: `
-- the outlets that reported each event, so the source filter and facet need not read articles
CREATE TABLE event_sources (
  event_id INTEGER NOT NULL REFERENCES events(id), source TEXT NOT NULL,
  PRIMARY KEY (event_id, source)
) WITHOUT ROWID;
CREATE INDEX event_sources_source ON event_sources(source, event_id);
INSERT OR IGNORE INTO event_sources (event_id, source)
  SELECT m.event_id, a.source FROM event_mentions m JOIN articles a ON a.id = m.article_id
  WHERE a.source IS NOT NULL;

-- an actor's events newest first without reading every event row
ALTER TABLE event_actors ADD COLUMN date TEXT;
UPDATE event_actors SET date = (SELECT e.date FROM events e WHERE e.id = event_actors.event_id);
CREATE INDEX event_actors_key_date ON event_actors(actor_key, date, event_id);
DROP INDEX event_actors_key;

CREATE INDEX events_type_country_date ON events(type, country, date);

-- Event counts per facet value in each cell of (type, country, period): facets and totals for filters on
-- type, country and whole months are sums over cells instead of scans over events. 'period' is the month
-- (YYYY-MM) of a day-dated event, or the date itself when it is coarser (coarse = 1), '' when undated;
-- country '' when unknown. Kept in the same transaction as every insert and merge (src/store/sqlite).
CREATE TABLE facet_counts (
  dim TEXT NOT NULL, value TEXT NOT NULL,
  type TEXT NOT NULL, country TEXT NOT NULL, period TEXT NOT NULL, coarse INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (dim, type, country, period, coarse, value)
) WITHOUT ROWID;
-- the same counts without the period, for filters without dates
CREATE TABLE facet_totals (
  dim TEXT NOT NULL, value TEXT NOT NULL, type TEXT NOT NULL, country TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (dim, type, country, value)
) WITHOUT ROWID;
CREATE INDEX facet_totals_value ON facet_totals(dim, value);
-- counts overall (fdim = fvalue = '') and among the events of each actor and each outlet
CREATE TABLE facet_pairs (
  fdim TEXT NOT NULL, fvalue TEXT NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (fdim, fvalue, dim, value)
) WITHOUT ROWID;
-- the label shown for an actor or place value: the least name seen (English if any, else Arabic)
CREATE TABLE facet_labels (
  dim TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL,
  PRIMARY KEY (dim, value)
) WITHOUT ROWID;

CREATE TEMP VIEW cell AS
  SELECT id, type, coalesce(country, '') AS country,
    CASE WHEN length(date) = 10 THEN substr(date, 1, 7) ELSE coalesce(date, '') END AS period,
    CASE WHEN date IS NOT NULL AND length(date) <> 10 THEN 1 ELSE 0 END AS coarse,
    coalesce(place_id, place_key) AS place
  FROM events;
CREATE TEMP TABLE tags AS
  SELECT id, 'type' AS dim, type AS value FROM cell
  UNION ALL SELECT id, 'country', country FROM cell WHERE country <> ''
  UNION ALL SELECT id, 'place', place FROM cell WHERE place IS NOT NULL
  UNION ALL SELECT DISTINCT event_id, 'actor', actor_key FROM event_actors
  UNION ALL SELECT event_id, 'source', source FROM event_sources;
CREATE INDEX temp.tags_id ON tags(id, dim);
INSERT INTO facet_counts (dim, value, type, country, period, coarse, n)
  SELECT t.dim, t.value, c.type, c.country, c.period, c.coarse, count(*)
  FROM tags t JOIN cell c ON c.id = t.id GROUP BY t.dim, t.value, c.type, c.country, c.period, c.coarse;
INSERT INTO facet_totals (dim, value, type, country, n)
  SELECT dim, value, type, country, sum(n) FROM facet_counts GROUP BY dim, value, type, country;
INSERT INTO facet_pairs (fdim, fvalue, dim, value, n)
  SELECT '', '', dim, value, sum(n) FROM facet_totals GROUP BY dim, value;
INSERT INTO facet_pairs (fdim, fvalue, dim, value, n)
  SELECT f.dim, f.value, t.dim, t.value, count(*) FROM tags f JOIN tags t ON t.id = f.id
  WHERE f.dim IN ('actor', 'source') GROUP BY f.dim, f.value, t.dim, t.value;
INSERT INTO facet_labels (dim, value, label)
  SELECT 'place', coalesce(place_id, place_key), min(coalesce(place_name_en, place_name_ar)) FROM events
  WHERE coalesce(place_id, place_key) IS NOT NULL AND coalesce(place_name_en, place_name_ar) IS NOT NULL
  GROUP BY coalesce(place_id, place_key);
INSERT INTO facet_labels (dim, value, label)
  SELECT 'actor', actor_key, min(coalesce(name_en, name_ar)) FROM event_actors GROUP BY actor_key;
DROP TABLE tags;
DROP VIEW cell;
`,
  },
  {
    version: 5,
    name: "covering indexes for facet counts by country or period, map boxes (with a type, in date order) and mentions",
    sql: `
CREATE INDEX facet_counts_country ON facet_counts(dim, country, period, coarse, value, n);
CREATE INDEX facet_counts_period ON facet_counts(dim, period, coarse, value, n);
CREATE INDEX facet_totals_country ON facet_totals(dim, country, value, n);
CREATE INDEX events_type_lat_lon ON events(type, lat, lon, date);
DROP INDEX events_lat_lon;
CREATE INDEX events_lat_lon ON events(lat, lon, date);
-- a mention's event or article without reading the mention's row (it holds the extracted event's JSON)
CREATE INDEX mentions_article_event ON event_mentions(article_id, event_id);
DROP INDEX mentions_article;
CREATE INDEX mentions_event_article ON event_mentions(event_id, article_id);
DROP INDEX mentions_event;
`,
  },
  {
    version: 6,
    name: "one outlet's or one place's events newest first from an index",
    sql: `
-- each outlet's events with their dates, as event_actors has them, so a listing by outlet reads its index in date order
ALTER TABLE event_sources ADD COLUMN date TEXT;
UPDATE event_sources SET date = (SELECT e.date FROM events e WHERE e.id = event_sources.event_id);
CREATE INDEX event_sources_source_date ON event_sources(source, date, event_id);
DROP INDEX IF EXISTS event_sources_source;
CREATE INDEX events_place_date ON events(place_id, date);
DROP INDEX IF EXISTS events_place;
`,
  },
  {
    version: 7,
    name: "near-duplicate candidates with their fingerprints, found without reading the articles",
    sql: `
-- an article's fingerprint sits after its text (often overflow pages): a band's candidates carry it themselves
ALTER TABLE article_bands ADD COLUMN fingerprint TEXT;
ALTER TABLE article_bands ADD COLUMN duplicate_of INTEGER;
UPDATE article_bands SET (fingerprint, duplicate_of) =
  (SELECT a.fingerprint, a.duplicate_of FROM articles a WHERE a.id = article_bands.article_id);
`,
  },
  {
    version: 8,
    name: "near-duplicate candidates from three wide bands probed with their one-bit variants",
    sql: `
-- six 10-11-bit bands held about one article per 1,000-2,000 stored per value: a lookup read hundreds of
-- candidates at 100,000 articles; three bands of 5, 5 and 6 hex digits (src/store/simhash.ts) hold one per
-- 10,000 or more, probed with their one-bit variants (67 index seeks)
CREATE TABLE fingerprint_bands (
  band INTEGER NOT NULL, value TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id),
  fingerprint TEXT NOT NULL, duplicate_of INTEGER,
  PRIMARY KEY (band, value, article_id)
) WITHOUT ROWID;
INSERT INTO fingerprint_bands (band, value, article_id, fingerprint, duplicate_of)
  SELECT 0, substr(fingerprint, 1, 5), id, fingerprint, duplicate_of FROM articles
  UNION ALL SELECT 1, substr(fingerprint, 6, 5), id, fingerprint, duplicate_of FROM articles
  UNION ALL SELECT 2, substr(fingerprint, 11, 6), id, fingerprint, duplicate_of FROM articles;
DROP TABLE IF EXISTS article_bands;
`,
  },
];

export function migrate(db: Database.Database): number {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const done = new Set(
    (db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  let applied = 0;
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    applied++;
  }
  return applied;
}
