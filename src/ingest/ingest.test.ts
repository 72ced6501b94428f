import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BENGHAZI, fakeAnalyser } from "../store/fixtures.ts";
import { SqliteStore } from "../store/sqlite/sqliteStore.ts";
import { formatSummary, ingest } from "./ingest.ts";
import { inlinePool, workerPool } from "./pool.ts";
import { progressLine } from "./progress.ts";
import { readSources } from "./sources.ts";

const dir = mkdtempSync(join(tmpdir(), "marsad-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const analyse = fakeAnalyser([
  {
    trigger: "اشتباكات",
    type: "ASSAULT",
    date: "2014-07-29",
    place: BENGHAZI,
    actors: [{ name_ar: "الجيش", role: "actor1" }],
  },
]);

function jsonl(records: object[]): string {
  return records.map((r) => JSON.stringify(r)).join("\n");
}

const story = (n: number) =>
  `الخبر رقم ${n}: ${"كلمات مختلفة تماما عن غيرها ".repeat(3)} ${Array.from({ length: 30 }, (_, i) => `كلمة${n * 31 + i}`).join(" ")}`;

describe("ingest", () => {
  it("stores, skips duplicates, links near-duplicates and reports bad items without aborting", async () => {
    const file = join(dir, "a.jsonl");
    const wire = `اشتباكات عنيفة في بنغازي ${story(1)}`;
    writeFileSync(
      file,
      `${jsonl([
        { text: wire, title: "أ", source: "wire" },
        { text: story(2), title: "ب" },
        { text: wire, title: "أ", source: "wire" },
        { text: `${wire} (رويترز)`, title: "عنوان آخر", source: "paper" },
      ])}\nnot json\n`,
    );
    const store = new SqliteStore(join(dir, "a.db"));
    const errors: string[] = [];
    const summary = await ingest({
      store,
      pool: await inlinePool(analyse),
      items: readSources([file]),
      batchSize: 2,
      onError: (origin, message) => errors.push(`${origin.replace(dir, "")}: ${message}`),
    });
    expect(summary).toMatchObject({
      read: 5,
      added: 2,
      duplicates: 1,
      nearDuplicates: 1,
      errors: 1,
      events: 1,
    });
    expect(errors).toEqual([expect.stringMatching(/^\/a\.jsonl:5: invalid JSON/)]);
    expect(formatSummary(summary)).toMatch(
      /2 added, 1 near-duplicates linked, 1 already stored, 1 bad items skipped; 1 new events/,
    );
    const log = store.db
      .prepare("SELECT status, count(*) AS n FROM ingestion_log GROUP BY status ORDER BY status")
      .all();
    expect(log).toEqual([
      { status: "added", n: 2 },
      { status: "duplicate", n: 1 },
      { status: "error", n: 1 },
      { status: "near_duplicate", n: 1 },
    ]);
    // ingesting the same file again changes nothing, and analyses nothing (the store knows the content hashes)
    let analysed = 0;
    const counting = await inlinePool((input) => {
      analysed++;
      return analyse(input);
    });
    const again = await ingest({ store, pool: counting, items: readSources([file]) });
    expect(again).toMatchObject({ read: 5, added: 0, duplicates: 4, errors: 1, events: 0 });
    expect(analysed).toBe(0);
    expect((await store.stats()).articles).toBe(3);
    await store.close();
  });

  it("skips an article whose analysis throws", async () => {
    const store = new SqliteStore(join(dir, "b.db"));
    const pool = await inlinePool((input) => {
      if (input.text.includes("boom")) throw new Error("boom");
      return analyse(input);
    });
    const items = (async function* () {
      yield { origin: "x", input: { text: "boom" } };
      yield { origin: "y", input: { text: "fine" } };
    })();
    const summary = await ingest({ store, pool, items });
    expect(summary).toMatchObject({ added: 1, errors: 1 });
    await store.close();
  });

  it("analyses in worker threads (the real analyser, loaded through tsx)", async () => {
    const store = new SqliteStore(join(dir, "w.db"));
    const pool = await workerPool(2);
    try {
      const items = (async function* () {
        for (let i = 0; i < 40; i++)
          yield { origin: `n${i}`, input: { text: story(i), source: `s${i % 3}` } };
      })();
      const summary = await ingest({ store, pool, items, batchSize: 4 });
      expect(summary).toMatchObject({ read: 40, added: 40, errors: 0 });
      expect((await store.stats()).articles).toBe(40);
      expect((await store.listArticles({ source: "s1" })).total).toBe(13);
      // batches queue ahead in both workers but are stored in input order
      const texts = (
        store.db.prepare("SELECT text FROM articles ORDER BY id").all() as { text: string }[]
      ).map((r) => r.text);
      expect(texts).toEqual(Array.from({ length: 40 }, (_, i) => story(i)));
    } finally {
      await pool.close();
      await store.close();
    }
  });

  it("shows count, bar, rate and ETA", () => {
    expect(progressLine(50, 200, 10, 2)).toBe(
      "[######------------------]  50/200  25%  5.0/s  ETA 30s  2 bad",
    );
    expect(progressLine(50, null, 10, 0)).toBe("50 articles  5.0/s");
  });
});
