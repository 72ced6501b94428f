import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BENGHAZI, BENGHAZI_AIRPORT, fakeAnalyser, TRIPOLI } from "./fixtures.ts";
import { contentHash, prepareArticle } from "./prepare.ts";
import type { Store } from "./store.ts";

const analyse = fakeAnalyser([
  {
    trigger: "اشتباكات عنيفة",
    type: "ASSAULT",
    date: "2014-07-29",
    place: BENGHAZI,
    actors: [{ name_ar: "مجلس شورى ثوار بنغازي", id: "shura-benghazi", role: "actor1" }],
    fatalities: 60,
  },
  {
    trigger: "معارك ضارية",
    type: "ASSAULT",
    date: "2014-07-30",
    place: BENGHAZI_AIRPORT,
    actors: [
      { name_ar: "مجلس شورى ثوار بنغازي", id: "shura-benghazi", role: "actor1" },
      { name_ar: "قوات حفتر", role: "actor2" },
    ],
    fatalities: 45,
  },
  {
    trigger: "تظاهر",
    type: "PROTEST",
    date: "2014-07-29",
    place: TRIPOLI,
    actors: [{ name_ar: "محتجون", role: "actor1" }],
  },
  { trigger: "قصف", type: "ASSAULT", date: null, place: null },
]);

const wire =
  "بنغازي (وكالات) - اندلعت اشتباكات عنيفة يوم الثلاثاء في مدينة بنغازي بين مجلس شورى ثوار بنغازي والجيش، وخلفت 60 قتيلا. " +
  "وقالت مصادر طبية إن المستشفيات استقبلت عشرات الجرحى في المدينة الواقعة شرق ليبيا بعد ليلة من المواجهات.";
const otherOutlet =
  "أفاد شهود عيان بأن معارك ضارية دارت قرب مطار بنينا شرق المدينة، وأسفرت عن مقتل 45 شخصا على الأقل. " +
  "ويتهم الطرفان بعضهما ببدء القتال الذي اندلع منذ أسابيع.";
const protest = "تظاهر مئات المواطنين في طرابلس للمطالبة بوقف القتال.";

/** The behaviour every Store backend must show; run by each backend's test file. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const add = (text: string, meta: { title?: string; source?: string; published?: string } = {}) =>
      store.addArticle(prepareArticle({ text, published: "2014-07-30", ...meta }, analyse));

    it("stores an article with its analysis and returns it", async () => {
      const r = await add(wire, { title: "اشتباكات في بنغازي", source: "wire" });
      expect(r.status).toBe("added");
      const a = await store.getArticle(r.articleId);
      expect(a?.text).toBe(wire);
      expect(a?.title).toBe("اشتباكات في بنغازي");
      expect(a?.analysis.events).toHaveLength(1);
      expect(a?.eventCount).toBe(1);
      expect(await store.getArticle(9999)).toBeNull();
    });

    it("treats re-ingesting the same article as a no-op", async () => {
      const first = await add(wire, { title: "t", source: "wire" });
      const again = await add(`${wire}\n`, { title: "t", source: "wire" });
      expect(again.status).toBe("duplicate");
      expect(again.articleId).toBe(first.articleId);
      expect((await store.stats()).articles).toBe(1);
      expect((await store.stats()).mentions).toBe(1);
      const [known, unknown] = await store.articleIdsByHash([
        contentHash("t", ` ${wire} `),
        contentHash("t", "x"),
      ]);
      expect([known, unknown]).toEqual([first.articleId, null]);
    });

    it("links a near-duplicate under another headline and does not count its event twice", async () => {
      const first = await add(wire, { title: "اشتباكات في بنغازي", source: "wire" });
      const copy = await add(`${wire} (رويترز)`, { title: "قتلى في معارك بنغازي", source: "other-paper" });
      expect(copy.status).toBe("near_duplicate");
      expect(copy.duplicateOf).toBe(first.articleId);
      expect(copy.eventIds).toEqual(first.eventIds);
      const event = await store.getEvent(first.eventIds[0]);
      expect(event?.mentionCount).toBe(2);
      expect(event?.articleCount).toBe(1);
      expect(event?.sources).toEqual(["other-paper", "wire"]);
      const stats = await store.stats();
      expect(stats).toMatchObject({ articles: 2, uniqueArticles: 1, events: 1 });
      expect((await store.getArticle(first.articleId))?.duplicates).toEqual([copy.articleId]);
    });

    it("merges the same event reported by two outlets into one event with two mentions", async () => {
      const a = await add(wire, { source: "wire" });
      const b = await add(otherOutlet, { source: "witness-paper" });
      expect(b.status).toBe("added");
      // Benina airport is ~10 km from the Benghazi centroid? It is 19 km: a different place, not merged.
      expect(b.eventIds[0]).not.toBe(a.eventIds[0]);
      const c = await add(otherOutlet.replace("معارك ضارية", "اشتباكات عنيفة"), { source: "third" });
      // same type, same place, a day apart, shared actor: merged with the first report
      expect(c.eventIds).toContain(a.eventIds[0]);
      const merged = await store.getEvent(a.eventIds[0]);
      expect(merged?.mentionCount).toBe(2);
      expect(merged?.articleCount).toBe(2);
      expect(merged?.fatalities).toBe(60);
      expect(merged?.mentions.map((m) => m.articleId)).toEqual([a.articleId, c.articleId]);
      expect(merged?.mentions[0].evidenceText[0]).toContain("اشتباكات عنيفة");
    });

    it("never merges events whose date or place the text does not give", async () => {
      const a = await add("قصف مدفعي على الأحياء السكنية.", { source: "x" });
      const b = await add("تواصل قصف المدفعية للأحياء الجنوبية طوال الليل دون توقف.", { source: "y" });
      expect(a.eventIds[0]).not.toBe(b.eventIds[0]);
      expect((await store.stats()).events).toBe(2);
    });

    it("stores articles with no events at all", async () => {
      const r = await add("خبر اقتصادي عن أسعار النفط في الأسواق العالمية.", { source: "eco" });
      expect(r.eventIds).toEqual([]);
      expect((await store.findEvents({})).total).toBe(0);
    });

    it("filters events by type, country, actor, place, date range, source, text and bbox", async () => {
      await add(wire, { source: "wire", title: "بنغازي" });
      await add(otherOutlet, { source: "witness-paper" });
      await add(protest, { source: "tripoli-post" });
      const total = async (f: Parameters<Store["findEvents"]>[0]) => (await store.findEvents(f)).total;
      expect(await total({})).toBe(3);
      expect(await total({ type: ["ASSAULT"] })).toBe(2);
      expect(await total({ type: ["PROTEST"], country: ["LY"] })).toBe(1);
      expect(await total({ country: ["TN"] })).toBe(0);
      expect(await total({ actor: "shura-benghazi" })).toBe(2);
      expect(await total({ actor: "قوات حفتر" })).toBe(1);
      expect(await total({ place: "geonames:88319" })).toBe(1);
      expect(await total({ place: "طرابلس" })).toBe(1);
      expect(await total({ from: "2014-07-30" })).toBe(1);
      expect(await total({ to: "2014-07-29" })).toBe(2);
      expect(await total({ source: "tripoli-post" })).toBe(1);
      expect(await total({ q: "مئات المواطنين" })).toBe(1);
      expect(await total({ bbox: [19, 31, 21, 33] })).toBe(2);
      const page = await store.findEvents({}, { limit: 2, offset: 0 });
      expect(page.items).toHaveLength(2);
      expect(page.items[0].date).toBe("2014-07-30");
      expect(page.items[0].actors.map((a) => a.role).sort()).toEqual(["actor1", "actor2"]);
    });

    it("searches Arabic text regardless of diacritics, alef and ta marbuta forms, with facets", async () => {
      await add(wire, { source: "wire", title: "اشتباكات في بنغازي" });
      await add(protest, { source: "tripoli-post" });
      const r = await store.search("إشْتِباكاتٌ المدينة", {});
      expect(r.hits.total).toBe(1);
      expect(r.hits.items[0].source).toBe("wire");
      expect(r.hits.items[0].eventIds).toHaveLength(1);
      expect(r.facets.type).toEqual([{ value: "ASSAULT", count: 1 }]);
      expect((await store.search("مدينه", {})).hits.total).toBe(1);
      // clitics: للمطالبة in the text, المطالبة in the query; بالمدينة ↔ مدينة
      expect((await store.search("المطالبة", {})).hits.total).toBe(1);
      expect((await store.search("بالمدينة", {})).hits.total).toBe(1);
      expect((await store.search("طرابلس", { type: ["ASSAULT"] })).hits.total).toBe(0);
      expect((await store.search('"); DROP TABLE articles; --', {})).hits.total).toBe(0);
      expect((await store.search("اشتب*", {})).hits.total).toBe(1);
    });

    it("describes an actor with its events", async () => {
      await add(wire, { source: "wire" });
      await add(otherOutlet, { source: "witness" });
      const actor = await store.getActor("shura-benghazi");
      expect(actor?.name_ar).toBe("مجلس شورى ثوار بنغازي");
      expect(actor?.eventCount).toBe(2);
      expect(actor?.byType).toEqual([{ value: "ASSAULT", count: 2 }]);
      expect(await store.getActor("nobody")).toBeNull();
    });

    it("lists articles with paging and exports every event with its mentions", async () => {
      await add(wire, { source: "wire" });
      await add(protest, { source: "tripoli-post" });
      const list = await store.listArticles({ limit: 1 });
      expect(list.total).toBe(2);
      expect(list.items).toHaveLength(1);
      const all = [];
      for await (const e of store.eachEvent({ type: ["PROTEST"] })) all.push(e);
      expect(all).toHaveLength(1);
      expect(all[0].mentions[0].event.trigger?.text).toBe("تظاهر");
    });

    it("keeps an ingestion log and API tokens (hashed)", async () => {
      await store.logIngestion([{ origin: "a.txt", status: "error", message: "empty" }]);
      const token = await store.createToken("ci");
      expect(await store.checkToken(token)).toBe(true);
      expect(await store.checkToken(`${token}x`)).toBe(false);
    });
  });
}
