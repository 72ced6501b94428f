import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { storeContract } from "../contract.ts";
import { fakeAnalyser } from "../fixtures.ts";
import { prepareArticle } from "../prepare.ts";
import { ftsQuery, SqliteStore } from "./sqliteStore.ts";

const dir = mkdtempSync(join(tmpdir(), "marsad-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract("sqlite", async () => new SqliteStore(join(dir, `t${n++}.db`)));

describe("sqlite store", () => {
  it("uses WAL and records its schema version", () => {
    const store = new SqliteStore(join(dir, "wal.db"));
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.prepare("SELECT max(version) AS v FROM schema_migrations").get()).toEqual({ v: 3 });
    store.db.close();
    // reopening applies nothing twice
    const again = new SqliteStore(join(dir, "wal.db"));
    expect(again.db.prepare("SELECT count(*) AS n FROM schema_migrations").get()).toEqual({ n: 3 });
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

  it("quotes user words in FTS queries", () => {
    expect(ftsQuery('أَحْمد "x" OR')).toBe('"احمد" "x" "or"');
    expect(ftsQuery("  ")).toBeNull();
  });
});
