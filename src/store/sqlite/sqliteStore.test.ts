import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { storeContract } from "../contract.ts";
import { fakeAnalyser } from "../fixtures.ts";
import { prepareArticle } from "../prepare.ts";
import { bandValues } from "../simhash.ts";
import type { EventFilter } from "../types.ts";
import { migrations } from "./migrations.ts";
import { ftsQuery, SqliteStore } from "./sqliteStore.ts";

const dir = mkdtempSync(join(tmpdir(), "marsad-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract("sqlite", async () => new SqliteStore(join(dir, `t${n++}.db`)));

describe("sqlite store", () => {
  it("uses WAL and records its schema version", () => {
    const store = new SqliteStore(join(dir, "wal.db"));
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.prepare("SELECT max(version) AS v FROM schema_migrations").get()).toEqual({
      v: migrations[migrations.length - 1].version,
    });
    store.db.close();
    // reopening applies nothing twice
    const again = new SqliteStore(join(dir, "wal.db"));
    expect(again.db.prepare("SELECT count(*) AS n FROM schema_migrations").get()).toEqual({
      n: migrations.length,
    });
    again.db.close();
  });

  it("leaves nothing behind when an article fails half-way (one transaction per article)", async () => {
    const store = new SqliteStore(join(dir, "crash.db"));
    const analyse = fakeAnalyser([{ trigger: "قصف", type: "ASSAULT", date: "2014-07-01" }]);
    const good = prepareArticle({ text: "قصف على المدينة." }, analyse);
    const bad = prepareArticle({ text: "قصف آخر على القرية." }, analyse);
    // an event that breaks the NOT NULL constraint on modality after the article row is written
    (bad.analysis.events as unknown as { modality: null }[])[0].modality = null;
    await store.addArticle(good);
    (bad.analysis.events as { type: string }[])[0].type = null as unknown as string;
    await expect(store.addArticles([bad])).rejects.toThrow();
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 1, events: 1, mentions: 1 });
    await store.close();
  });

  it("finds near-duplicates of articles stored before migration 8 gave them three wide bands", async () => {
    const file = join(dir, "bands.db");
    const store = new SqliteStore(file);
    const analyse = fakeAnalyser([{ trigger: "قصف", type: "ASSAULT", date: "2014-07-01" }]);
    const wire =
      "بنغازي (وكالات) - اندلعت اشتباكات عنيفة يوم الثلاثاء في مدينة بنغازي بين مجلس شورى ثوار بنغازي والجيش، وخلفت 60 قتيلا. " +
      "وقالت مصادر طبية إن المستشفيات استقبلت عشرات الجرحى في المدينة الواقعة شرق ليبيا بعد ليلة من المواجهات.";
    const prepared = prepareArticle({ text: wire, source: "wire" }, analyse);
    const first = await store.addArticle(prepared);
    store.db.exec("DROP TABLE fingerprint_bands; DELETE FROM schema_migrations WHERE version = 8;");
    store.db.close();
    const reopened = new SqliteStore(file);
    expect(
      reopened.db
        .prepare("SELECT band, value, article_id, fingerprint FROM fingerprint_bands ORDER BY band")
        .all(),
    ).toEqual(
      bandValues(prepared.fingerprint).map((value, band) => ({
        band,
        value,
        article_id: first.articleId,
        fingerprint: prepared.fingerprint,
      })),
    );
    const copy = await reopened.addArticle(
      prepareArticle({ text: `${wire} (رويترز)`, title: "قتلى", source: "paper" }, analyse),
    );
    expect(copy).toMatchObject({ status: "near_duplicate", duplicateOf: first.articleId });
    // within distance of both stored articles: linked to the first stored, as before the migration
    const third = await reopened.addArticle(
      prepareArticle({ text: `${wire} (رويترز)`, title: "x", source: "x" }, analyse),
    );
    expect(third).toMatchObject({ status: "near_duplicate", duplicateOf: first.articleId });
    await reopened.close();
  });

  it("quotes user words in FTS queries", () => {
    expect(ftsQuery('أَحْمد "x" OR')).toBe('"احمد" "x" "or"');
    expect(ftsQuery("  ")).toBeNull();
  });
});

describe("kept facet counts", () => {
  const place = (id: string, country: string) => ({ name_ar: id, id, lat: 30, lon: 20, country });
  const analyse = fakeAnalyser([
    {
      trigger: "اشتباكات",
      type: "ASSAULT",
      date: "2014-07-29",
      place: place("p1", "LY"),
      actors: [
        { name_ar: "الجيش", id: "army", role: "actor1" },
        { name_ar: "الجيش", id: "army", role: "actor2" },
      ],
    },
    {
      trigger: "تظاهر",
      type: "PROTEST",
      date: "2014-08",
      datePrecision: "month",
      place: place("p2", "TN"),
      actors: [{ name_ar: "محتجون", role: "actor1" }],
    },
    {
      trigger: "قصف",
      type: "ASSAULT",
      date: null,
      place: null,
      actors: [{ name_ar: "مسلحون", role: "actor1" }],
    },
    { trigger: "اجتماع", type: "CONSULT", date: "2014-09-30", place: place("p1", "LY") },
  ]);
  const story =
    "اندلعت اشتباكات عنيفة في المدينة بين الجيش ومسلحين. وقالت مصادر محلية إن الاشتباكات استمرت طوال الليل " +
    "وأسفرت عن سقوط ضحايا في صفوف المدنيين. وفي العاصمة تظاهر السكان للمطالبة بوقف القتال وحماية المدنيين. " +
    "وقالت مصادر طبية إن المستشفيات استقبلت عشرات الجرحى في المدينة الواقعة شرق البلاد بعد ليلة من المواجهات.";
  const texts = [
    [story, "wire"],
    [`${story} (رويترز)`, "paper"], // near-duplicate: mentions, no new events
    [story, "wire"], // the same article again: nothing changes
    ["اندلعت اشتباكات قرب المطار صباحا.", "radio"], // the same event from another outlet: merged
    ["قصف على القرية. اجتماع للمجلس.", "wire"],
    ["قصف آخر. اجتماع آخر في العاصمة.", "tv"],
  ];
  const filters: EventFilter[] = [
    {},
    { type: ["ASSAULT"] },
    { country: ["LY", "TN"] },
    { type: ["ASSAULT", "PROTEST"], country: ["LY"] },
    { from: "2014-07" },
    { to: "2014-08-31" },
    { from: "2014-08-01", to: "2014-09" },
    { from: "2014", to: "2014" },
    { type: ["CONSULT"], from: "2014-09", to: "2014-09-30" },
    { actor: "army" },
    { actor: "الجيش" },
    { actor: "nobody" },
    { source: "wire" },
    { source: "radio", type: ["ASSAULT"] },
    { source: "wire", country: ["LY", "TN"] },
    { actor: "army", type: ["ASSAULT", "CONSULT"] },
    { actor: "army", country: ["LY"] },
    { actor: "name:محتجون", type: ["PROTEST"] },
    { place: "p1" },
  ];

  it("give the same facets and totals as counting the events, after inserts, duplicates and merges", async () => {
    const store = new SqliteStore(":memory:");
    const statuses = [];
    for (const [text, source] of texts) {
      const r = await store.addArticle(prepareArticle({ text, source, published: "2014-10-01" }, analyse));
      statuses.push(`${r.status} ${r.eventIds.join(",")}`);
    }
    expect(statuses).toEqual([
      "added 1,2",
      "near_duplicate 1,2",
      "duplicate 1,2",
      "added 1",
      "added 3,4",
      "added 5,4",
    ]);
    const stats = await store.stats();
    expect(stats.events).toBe(5);
    for (const f of filters) {
      const kept = await store.facets(f);
      expect(kept).toEqual(store.facetsByScan(f));
      const total = (await store.findEvents(f)).total;
      expect(total).toBe(kept.type.reduce((s, t) => s + t.count, 0));
    }
    const all = await store.facets({});
    // the actor named in two roles counts once per event; the merged event has three outlets
    expect(all.actor.find((a) => a.value === "army")).toEqual({ value: "army", label: "الجيش", count: 1 });
    expect(all.source).toEqual([
      { value: "wire", count: 4 },
      { value: "paper", count: 2 },
      { value: "tv", count: 2 },
      { value: "radio", count: 1 },
    ]);
    expect(all.type).toEqual([
      { value: "ASSAULT", count: 3 },
      { value: "CONSULT", count: 1 },
      { value: "PROTEST", count: 1 },
    ]);
    expect((await store.facets({ to: "2014-08-31" })).type).toEqual([
      { value: "ASSAULT", count: 1 },
      { value: "PROTEST", count: 1 },
    ]);
    await store.close();
  });

  it("are built by the migration for a store written before them", async () => {
    const file = join(dir, "old.db");
    const store = new SqliteStore(file);
    for (const [text, source] of texts) {
      await store.addArticle(prepareArticle({ text, source, published: "2014-10-01" }, analyse));
    }
    const expected = await Promise.all(filters.map((f) => store.facets(f)));
    const listed = await Promise.all(filters.map((f) => store.findEvents(f)));
    // forget the counts and rerun migrations 4 to 6 as a store of schema 3 would
    store.db.exec(`DROP TABLE facet_counts; DROP TABLE facet_totals; DROP TABLE facet_labels; DROP TABLE facet_pairs;
      DROP TABLE event_sources; DROP INDEX event_actors_key_date; DROP INDEX events_type_country_date;
      CREATE INDEX event_actors_key ON event_actors(actor_key, event_id);
      ALTER TABLE event_actors DROP COLUMN date; DROP INDEX events_type_lat_lon;
      DROP INDEX events_lat_lon; CREATE INDEX events_lat_lon ON events(lat, lon);
      DROP INDEX mentions_article_event; CREATE INDEX mentions_article ON event_mentions(article_id);
      DROP INDEX mentions_event_article; CREATE INDEX mentions_event ON event_mentions(event_id);
      DROP INDEX events_place_date; CREATE INDEX events_place ON events(place_id);
      DELETE FROM schema_migrations WHERE version IN (4, 5, 6);`);
    store.db.close();
    const reopened = new SqliteStore(file);
    expect(await Promise.all(filters.map((f) => reopened.facets(f)))).toEqual(expected);
    expect(await Promise.all(filters.map((f) => reopened.findEvents(f)))).toEqual(listed);
    await reopened.close();
  });
});
