import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocEvent } from "../../doc/types.ts";
import { type FakeEventSpec, fakeDoc, fakeEvent } from "../fixtures.ts";
import { prepareArticle } from "../prepare.ts";
import type { EventFilter } from "../types.ts";
import { SqliteStore } from "./sqliteStore.ts";

// A small store of generated articles: words drawn from a short list (so each word matches a different
// share of articles), 0–3 events each with drawn types, countries, places, actors, dates and outlets.
const WORDS = ["سوق", "نهر", "جبل", "مطر", "قمح", "ميناء", "جسر", "غابة", "صحراء", "واحة"];
const TYPES = ["ASSAULT", "PROTEST", "CONSULT", "COERCE"] as const;
const PLACES = [
  { name_ar: "بنغازي", id: "p-bng", lat: 32.1, lon: 20.1, country: "LY" },
  { name_ar: "طرابلس", id: "p-tip", lat: 32.9, lon: 13.2, country: "LY" },
  { name_ar: "حلب", id: "p-alp", lat: 36.2, lon: 37.2, country: "SY" },
  { name_ar: "صنعاء", id: "p-sah", lat: 15.4, lon: 44.2, country: "YE" },
];
const ACTORS = [
  { name_ar: "الجيش", id: "army", name_en: "Army" },
  { name_ar: "الشرطة", id: "police" },
  { name_ar: "مسلحون مجهولون" },
  { name_ar: "متظاهرون" },
];
const SOURCES = ["wire", "paper", "radio", "tv"];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

let store: SqliteStore;
/** article id → its words, for brute-force expectations */
const wordsOf = new Map<number, Set<string>>();

beforeAll(async () => {
  store = new SqliteStore(":memory:");
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  for (let i = 0; i < 160; i++) {
    const words = Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => pick(WORDS));
    // every article distinct, and no two alike enough to be linked as near-duplicates
    const text = `${words.join(" ")} خبر رقم ${i} ${"تفاصيل ".repeat(i % 7)}${i * 7919}.`;
    const day = `2016-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
    const events: DocEvent[] = [];
    const n = Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) {
      const actors: FakeEventSpec["actors"] = [{ role: "actor1", ...pick(ACTORS) }];
      if (rnd() < 0.5) actors.push({ role: "actor2", ...pick(ACTORS) });
      const e = fakeEvent(text, {
        type: pick(TYPES),
        date: rnd() < 0.9 ? day : day.slice(0, 7),
        datePrecision: undefined,
        place: rnd() < 0.8 ? pick(PLACES) : null,
        actors,
      });
      if (e) events.push(e);
    }
    const input = { text, published: day, source: pick(SOURCES) };
    const r = await store.addArticle(prepareArticle(input, (a) => fakeDoc(a, events)));
    wordsOf.set(r.articleId, new Set(words));
  }
});
afterAll(() => store.close());

/** Articles reporting an event that matches `filter`, read from the events and their mentions. */
async function articlesReporting(filter: EventFilter): Promise<Set<number>> {
  const out = new Set<number>();
  const page = await store.findEvents(filter, { limit: 500 });
  for (const e of page.items) {
    for (const m of (await store.getEvent(e.id))?.mentions ?? []) out.add(m.articleId);
  }
  return out;
}

const filters: EventFilter[] = [
  { type: ["ASSAULT"] },
  { type: ["PROTEST", "COERCE"], country: ["LY"] },
  { country: ["SY"], from: "2016-03-01", to: "2016-08-31" },
  { from: "2016-05-10", to: "2016-09-20" },
  { actor: "army" },
  { actor: "Army" },
  { actor: "مسلحون مجهولون" },
  { actor: "police", type: ["ASSAULT"] },
  { source: "radio" },
  { source: "wire", type: ["CONSULT"] },
  { place: "p-bng" },
  { place: "حلب" },
  { bbox: [19, 31, 21, 33] },
  { type: ["AGREE"] },
  { actor: "army", country: ["SY", "YE"] },
  { source: "tv", type: ["ASSAULT", "PROTEST"] },
];

describe("search with event filters", () => {
  it("finds the same articles, total and facets by filter-first and by match-first", async () => {
    let nonEmpty = 0;
    for (const f of filters) {
      const reporting = await articlesReporting(f);
      for (const word of ["سوق", "ميناء", "واحة"]) {
        const expected = [...reporting].filter((id) => wordsOf.get(id)?.has(word)).sort((a, b) => b - a);
        const byFilter = await store.search(word, f, { limit: 500 }, "filter-first");
        const byMatch = await store.search(word, f, { limit: 500 }, "match-first");
        const auto = await store.search(word, f, { limit: 500 });
        const label = `${word} ${JSON.stringify(f)}`;
        expect(byFilter, label).toEqual(byMatch);
        expect(auto, label).toEqual(byMatch);
        expect(byFilter.hits.totalExact).toBe(true);
        expect(byFilter.hits.total, label).toBe(expected.length);
        expect(
          byFilter.hits.items.map((h) => h.articleId).sort((a, b) => b - a),
          label,
        ).toEqual(expected);
        if (expected.length) nonEmpty++;
      }
    }
    // the filters and words are not all empty
    expect(nonEmpty).toBeGreaterThan(25);
  });

  it("reads an actor filter as a key, an English name or an Arabic name", async () => {
    const byKey = await articlesReporting({ actor: "army" });
    expect(byKey.size).toBeGreaterThan(10);
    expect(await articlesReporting({ actor: "Army" })).toEqual(byKey);
    expect(await articlesReporting({ actor: "الجيش" })).toEqual(byKey);
    const unresolved = await articlesReporting({ actor: "name:مسلحون مجهولون" });
    expect(unresolved.size).toBeGreaterThan(10);
    expect(await articlesReporting({ actor: "مسلحون مجهولون" })).toEqual(unresolved);
  });

  it("pages through the ranked candidates", async () => {
    const all = await store.search("سوق", { type: ["ASSAULT"] }, { limit: 500 });
    const page2 = await store.search("سوق", { type: ["ASSAULT"] }, { limit: 5, offset: 5 });
    expect(page2.hits.items).toEqual(all.hits.items.slice(5, 10));
  });
});

describe("event listing", () => {
  it("counts, orders and pages the events of each filter alike", async () => {
    for (const f of filters) {
      const all = await store.findEvents(f, { limit: 500 });
      expect(all.total, JSON.stringify(f)).toBe(all.items.length);
      // newest first, then by id
      const order = [...all.items].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || b.id - a.id);
      expect(all.items.map((e) => e.id)).toEqual(order.map((e) => e.id));
      const page = await store.findEvents(f, { limit: 3, offset: 2 });
      expect(page.items.map((e) => e.id)).toEqual(all.items.slice(2, 5).map((e) => e.id));
      expect(page.total).toBe(all.total);
    }
  });
});

describe("export", () => {
  it("streams every matching event once, in id order, by either way of reading them", async () => {
    for (const f of [{}, ...filters]) {
      const listed = (await store.findEvents(f, { limit: 500 })).items.map((e) => e.id).sort((a, b) => a - b);
      const exported = [];
      for await (const e of store.eachEvent(f)) {
        exported.push(e.id);
        expect(e.mentions.length).toBeGreaterThan(0);
      }
      expect(exported, JSON.stringify(f)).toEqual(listed);
    }
    // the store has more events than the first chunk, so chunks follow one another
    expect((await store.stats()).events).toBeGreaterThan(100);
  });
});
