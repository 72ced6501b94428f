import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENGHAZI, fakeAnalyser, TRIPOLI } from "../store/fixtures.ts";
import { SqliteStore } from "../store/sqlite/sqliteStore.ts";
import { createApp } from "./app.ts";

const dir = mkdtempSync(join(tmpdir(), "marsad-api-"));
const store = new SqliteStore(join(dir, "api.db"));
const analyse = fakeAnalyser([
  {
    trigger: "اشتباكات",
    type: "ASSAULT",
    date: "2014-07-29",
    place: BENGHAZI,
    actors: [
      { name_ar: "مجلس شورى ثوار بنغازي", id: "shura-benghazi", role: "actor1" },
      { name_ar: "الجيش الليبي", id: "libya-army", role: "actor2" },
    ],
    fatalities: 12,
  },
  {
    trigger: "تظاهر",
    type: "PROTEST",
    date: "2014-08-01",
    place: TRIPOLI,
    actors: [{ name_ar: "محتجون", role: "actor1" }],
  },
]);
// biome-ignore lint/suspicious/noExplicitAny: assertions read arbitrary JSON bodies
type Json = any;
const read = async (res: Response | Promise<Response>): Promise<Json> => (await res).json();
const TOKEN = "test-token-1";
const app = createApp({ store, analyse, tokens: [TOKEN], maxBodyBytes: 50_000 });
const auth = { authorization: `Bearer ${TOKEN}` };

const post = (body: unknown, headers: Record<string, string> = auth, type = "application/json") =>
  app.request("/api/articles", {
    method: "POST",
    headers: { "content-type": type, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  const a = await post({
    text: "اندلعت اشتباكات عنيفة في بنغازي أمس، قال مصدر طبي إن 12 شخصا قتلوا.",
    title: "اشتباكات في بنغازي",
    source: "wire",
    published: "2014-07-30",
    url: "https://example.org/1",
  });
  expect(a.status).toBe(201);
  const b = await post("تظاهر مئات في طرابلس للمطالبة بوقف القتال.", auth, "text/plain; charset=utf-8");
  expect(b.status).toBe(201);
});

describe("HTTP API (in-process)", () => {
  it("answers /healthz with store counts", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await read(res)).toMatchObject({ status: "ok", articles: 2, events: 2 });
  });

  it("analyses and stores a posted article and returns its analysis; a repeat is a no-op", async () => {
    const text = "اشتباكات جديدة قرب بنغازي.";
    const res = await post({ text, published: "2014-07-30", source: "paper" });
    expect(res.status).toBe(201);
    const body = await read(res);
    expect(body.status).toBe("added");
    expect(body.analysis.text).toBe(text);
    expect(body.analysis.events[0].type).toBe("ASSAULT");
    const again = await post({ text, published: "2014-07-30", source: "paper" });
    expect(again.status).toBe(200);
    expect((await read(again)).status).toBe("duplicate");
  });

  it("refuses writes without a valid token, with a clear message", async () => {
    const none = await post({ text: "نص" }, {});
    expect(none.status).toBe(401);
    expect((await read(none)).error).toMatch(/Authorization: Bearer/);
    expect((await post({ text: "نص" }, { authorization: "Bearer wrong" })).status).toBe(401);
  });

  it("accepts tokens created in the store", async () => {
    const token = await store.createToken("editor");
    const res = await post({ text: "خبر آخر بلا أحداث." }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(201);
  });

  it("validates the body and says what is wrong", async () => {
    const cases: [unknown, string, number, RegExp][] = [
      [{ text: "" }, "application/json", 400, /text: text must not be empty/],
      [{ text: "x", published: "yesterday" }, "application/json", 400, /published must be YYYY-MM-DD/],
      [{ text: "x", colour: "red" }, "application/json", 400, /unknown parameter\(s\): colour/],
      ["{not json", "application/json", 400, /not valid JSON/],
      ["<a>x</a>", "application/xml", 415, /application\/json/],
      [{ text: "ب".repeat(60_000) }, "application/json", 413, /too large/],
    ];
    for (const [body, type, status, message] of cases) {
      const res = await post(body, auth, type);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(status);
      expect((await read(res)).error).toMatch(message);
    }
  });

  it("lists and shows articles with their analysis", async () => {
    const list = await read(app.request("/api/articles?limit=2"));
    expect(list.total).toBe(4);
    expect(list.articles).toHaveLength(2);
    const first = list.articles[list.articles.length - 1].id;
    const one = await read(app.request(`/api/articles/${first}`));
    expect(one.analysis.events).toBeInstanceOf(Array);
    expect((await app.request("/api/articles/999")).status).toBe(404);
    expect((await app.request("/api/articles/abc")).status).toBe(400);
  });

  it("filters events and pages through them", async () => {
    const all = await read(app.request("/api/events"));
    expect(all.total).toBe(2);
    expect(all.events).toHaveLength(2);
    const cases: [string, number][] = [
      ["type=ASSAULT", 1],
      ["type=assault,protest", 2],
      ["type=PROTEST&type=ASSAULT", 2],
      ["country=LY", 2],
      ["country=TN", 0],
      ["actor=shura-benghazi", 1],
      ["actor=%D8%A7%D9%84%D8%AC%D9%8A%D8%B4%20%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A", 1],
      ["place=Benghazi", 0],
      [`place=${encodeURIComponent("بنغازي")}`, 1],
      ["from=2014-07-30", 1],
      ["from=2014-07&to=2014-07", 1],
      [`q=${encodeURIComponent("طرابلس")}`, 1],
      ["bbox=19,31,21,33", 1],
      ["source=wire", 1],
    ];
    for (const [q, n] of cases) {
      const r = await read(app.request(`/api/events?${q}`));
      expect(r.total, q).toBe(n);
    }
    const page = await read(app.request("/api/events?limit=1&offset=1"));
    expect(page).toMatchObject({ total: 2, totalExact: true, limit: 1, offset: 1 });
    expect(page.events).toHaveLength(1);
  });

  it("rejects bad filters with 400 and names the parameter", async () => {
    const cases: [string, RegExp][] = [
      ["type=BOMBING", /type: "BOMBING" is not valid/],
      ["country=Libya", /country: "Libya" is not valid: use ISO 3166 alpha-2/],
      ["from=29/07/2014", /from: use YYYY-MM-DD/],
      ["bbox=1,2,3", /bbox must be/],
      ["limit=0", /limit/],
      ["colour=red", /unknown parameter\(s\): colour/],
    ];
    for (const [q, message] of cases) {
      const res = await app.request(`/api/events?${q}`);
      expect(res.status, q).toBe(400);
      expect((await read(res)).error, q).toMatch(message);
    }
  });

  it("shows an event with each mention and its evidence, and an actor with its events", async () => {
    const { events } = await read(app.request("/api/events?type=ASSAULT"));
    const event = await read(app.request(`/api/events/${events[0].id}`));
    expect(event.mentions.length).toBe(2);
    expect(event.articleCount).toBe(2);
    expect(event.mentions[0].evidenceText[0]).toContain("اشتباكات");
    expect(event.fatalities).toBe(12);
    const actor = await read(app.request("/api/actors/shura-benghazi"));
    expect(actor).toMatchObject({ id: "shura-benghazi", eventCount: 1 });
    expect((await app.request("/api/actors/nobody")).status).toBe(404);
    expect((await app.request("/api/events/4040")).status).toBe(404);
  });

  it("searches with folded Arabic and returns facets", async () => {
    const r = await read(app.request(`/api/search?q=${encodeURIComponent("بنغازى")}`));
    expect(r.total).toBe(2);
    expect(r.hits[0].snippet).toContain("بنغازي");
    expect(r.facets.type[0]).toEqual({ value: "ASSAULT", count: 1 });
    expect(r.totalExact).toBe(true);
    // the same filter parameters as /api/events, beside the search words
    const filtered = await read(
      app.request(`/api/search?q=${encodeURIComponent("بنغازى")}&type=PROTEST&limit=5`),
    );
    expect(filtered).toMatchObject({ total: 0, limit: 5 });
    expect((await app.request("/api/search")).status).toBe(400);
    const facets = await read(app.request("/api/facets?type=ASSAULT"));
    expect(facets).toMatchObject({ events: 1, exact: true, type: [{ value: "ASSAULT", count: 1 }] });
  });

  it("exports ACLED CSV with ACLED's columns, GeoJSON, JSONL and PLOVER JSON", async () => {
    const csv = await (await app.request("/api/export?format=acled-csv")).text();
    const [header, row] = csv.trim().split("\n");
    expect(header.split(",").slice(0, 8)).toEqual([
      "data_id",
      "iso",
      "event_id_cnty",
      "event_id_no_cnty",
      "event_date",
      "year",
      "time_precision",
      "event_type",
    ]);
    // the fake analysis gives no ACLED type, and ACLED rows need one
    expect(row).toBeUndefined();
    const geo = await read(app.request("/api/export?format=geojson&type=PROTEST"));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0].geometry).toEqual({ type: "Point", coordinates: [TRIPOLI.lon, TRIPOLI.lat] });
    const jsonl = (await (await app.request("/api/export?format=jsonl")).text()).trim().split("\n");
    expect(jsonl.map((l) => JSON.parse(l).type).sort()).toEqual(["ASSAULT", "PROTEST"]);
    const plover = await read(app.request("/api/export?format=plover-json&type=ASSAULT"));
    expect(plover[0]).toMatchObject({
      event: "ASSAULT",
      source: [{ code: "shura-benghazi" }],
      target: [{ code: "libya-army" }],
    });
    expect((await app.request("/api/export?format=xlsx")).status).toBe(400);
  });

  it("serves an OpenAPI document generated from the route schemas", async () => {
    const doc = await read(app.request("/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    const params = doc.paths["/api/events"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(["type", "country", "actor", "place", "from", "to", "q", "bbox", "limit"]),
    );
    expect(doc.paths["/api/articles"].post.security).toEqual([{ bearer: [] }]);
    expect(
      doc.paths["/api/export"].get.parameters.find((p: { name: string }) => p.name === "format").schema.enum,
    ).toEqual(["acled-csv", "geojson", "jsonl", "plover-json"]);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await app.request("/api/nothing");
    expect(res.status).toBe(404);
    expect((await read(res)).error).toBe("no such route: GET /api/nothing");
  });

  it("keeps reads private when asked", async () => {
    const closed = createApp({ store, analyse, tokens: [TOKEN], private: true });
    expect((await closed.request("/api/events")).status).toBe(401);
    expect((await closed.request("/api/events", { headers: auth })).status).toBe(200);
    expect((await closed.request("/healthz")).status).toBe(200);
  });
});

describe("HTTP API on a real port", () => {
  it("serves /healthz and events over TCP", async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const events = await read(fetch(`http://127.0.0.1:${port}/api/events?type=PROTEST`));
      expect(events.total).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
