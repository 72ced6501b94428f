// `npm run bench:search`: latency of the search and event queries that GET /api/events, /api/facets,
// /api/search, /api/actors/:id, /api/export and `marsad search` run, on a large store (default 100,000
// articles, built once into .marsad/bench-<N>.db and reused). Goal: p99 ≤ 50 ms for every query.
// Options: --articles N, --db FILE, --runs N (per query kind, default 200), --only REGEX (query kinds),
// --build (build the store and exit), --json.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadArticles } from "../src/ingest/corpus.ts";
import { repoRoot, sharedDir } from "../src/paths.ts";
import { seededRandom } from "../src/random.ts";
import type { Store } from "../src/store/store.ts";
import type { EventFilter } from "../src/store/types.ts";
import { buildBenchStore } from "./searchStore.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    db: { type: "string" },
    runs: { type: "string" },
    only: { type: "string" },
    build: { type: "boolean" },
    json: { type: "boolean" },
  },
});
const articles = Number(values.articles ?? 100_000);
const runs = Number(values.runs ?? 200);
const corpusPath = join(sharedDir(), "data/news/ant-multisource.jsonl");
const dbPath = resolve(values.db ?? join(repoRoot, `.marsad/bench-${articles}.db`));

const store = await buildBenchStore(dbPath, corpusPath, articles);
const stats = await store.stats();
process.stderr.write(
  `store ${dbPath}: ${stats.articles} articles, ${stats.events} events, ${stats.mentions} mentions, ${stats.actors} actors\n`,
);
if (values.build) {
  await store.close();
  process.exit(0);
}

// Query values drawn as users meet them: from stored events (so common actors, places, countries and
// sources come up as often as they occur) and words of the corpus (some rare, some common).
const rnd = seededRandom(7);
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
const sample = (sql: string) =>
  (store.db.prepare(sql).all() as { v: string }[]).map((r) => r.v).filter((v) => v !== null);
const eventSample = "(SELECT id FROM events ORDER BY (id * 2654435761) % 1000003 LIMIT 5000)";
const actors = sample(`SELECT actor_key AS v FROM event_actors WHERE event_id IN ${eventSample}`);
const places = sample(`SELECT coalesce(place_id, place_key) AS v FROM events WHERE id IN ${eventSample}`);
const countries = sample(`SELECT country AS v FROM events WHERE id IN ${eventSample}`);
const types = sample(`SELECT type AS v FROM events WHERE id IN ${eventSample}`);
const sources = sample(
  `SELECT a.source AS v FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN ${eventSample}`,
);
const coords = store.db
  .prepare(`SELECT lat, lon FROM events WHERE lat IS NOT NULL AND id IN ${eventSample}`)
  .all() as { lat: number; lon: number }[];
const days = sample(`SELECT date AS v FROM events WHERE length(date) = 10 AND id IN ${eventSample}`);
const corpus = await loadArticles(corpusPath, 3000);
const words = corpus.flatMap((a) => a.text.match(/[\u0621-\u064a]{5,}/g) ?? []);
const word = () => pick(words);
// date ranges around stored events' dates, as an analyst looks at a month or a year that has news
const month = () => {
  const m = pick(days).slice(0, 7);
  return { from: `${m}-01`, to: `${m}-31` };
};
const year = () => {
  const y = pick(days).slice(0, 4);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
};
const bbox = (): [number, number, number, number] => {
  const p = pick(coords);
  return [p.lon - 0.5, p.lat - 0.5, p.lon + 0.5, p.lat + 0.5];
};
const maxEvent = stats.events;
const maxArticle = stats.articles;
const events = (f: EventFilter, offset = 0) => store.findEvents(f, { limit: 50, offset });
const search = (q: string, f: EventFilter = {}, offset = 0) => store.search(q, f, { limit: 20, offset });
/** What GET /api/export sends first: the first event of the stream (its first chunk read). */
const exportFirst = async (s: Store, f: EventFilter) => {
  for await (const e of s.eachEvent(f)) return e;
};

const kinds: Record<string, () => Promise<unknown>> = {
  events: () => events({}),
  "events page 2-40": () => events({}, 50 * (1 + Math.floor(rnd() * 40))),
  "events type": () => events({ type: [pick(types)] }),
  "events type page 2-40": () => events({ type: [pick(types)] }, 50 * (1 + Math.floor(rnd() * 40))),
  "events country": () => events({ country: [pick(countries)] }),
  "events type+country": () => events({ type: [pick(types)], country: [pick(countries)] }),
  "events type+country+month": () => events({ type: [pick(types)], country: [pick(countries)], ...month() }),
  "events 2 types+2 countries+yr": () =>
    events({ type: [pick(types), pick(types)], country: [pick(countries), pick(countries)], ...year() }),
  "events year": () => events(year()),
  "events actor": () => events({ actor: pick(actors) }),
  "events actor+type": () => events({ actor: pick(actors), type: [pick(types)] }),
  "events place": () => events({ place: pick(places) }),
  "events source": () => events({ source: pick(sources) }),
  "events source+type+month": () => events({ source: pick(sources), type: [pick(types)], ...month() }),
  "events bbox": () => events({ bbox: bbox() }),
  "events bbox+type": () => events({ bbox: bbox(), type: [pick(types)] }),
  "events q": () => events({ q: word() }),
  "events q+type+country": () => events({ q: word(), type: [pick(types)], country: [pick(countries)] }),
  "event by id": () => store.getEvent(1 + Math.floor(rnd() * maxEvent)),
  "actor page": () => store.getActor(pick(actors)),
  facets: () => store.facets({}),
  "facets type": () => store.facets({ type: [pick(types)] }),
  "facets type+country": () => store.facets({ type: [pick(types)], country: [pick(countries)] }),
  "facets country+year": () => store.facets({ country: [pick(countries)], ...year() }),
  "facets type+month": () => store.facets({ type: [pick(types)], ...month() }),
  "facets actor": () => store.facets({ actor: pick(actors) }),
  "facets source": () => store.facets({ source: pick(sources) }),
  "facets bbox": () => store.facets({ bbox: bbox() }),
  "facets q": () => store.facets({ q: word() }),
  "search word": () => search(word()),
  "search two words": () => search(`${word()} ${word()}`),
  "search word page 2-5": () => search(word(), {}, 20 * (1 + Math.floor(rnd() * 4))),
  "search word+type+country": () => search(word(), { type: [pick(types)], country: [pick(countries)] }),
  "search word+year": () => search(word(), year()),
  "search word+actor": () => search(word(), { actor: pick(actors) }),
  "search word+source": () => search(word(), { source: pick(sources) }),
  "export first chunk": () => exportFirst(store, { type: [pick(types)] }),
  "export first chunk country": () => exportFirst(store, { country: [pick(countries)], ...year() }),
  "articles page": () => store.listArticles({ limit: 50, offset: Math.floor(rnd() * 1000) }),
  "article by id": () => store.getArticle(1 + Math.floor(rnd() * maxArticle)),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const only = values.only ? new RegExp(values.only) : null;
const results: {
  query: string;
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  cpuP99: number;
}[] = [];
const all: number[] = [];
const allCpu: number[] = [];
for (const [name, run] of Object.entries(kinds)) {
  if (only && !only.test(name)) continue;
  for (let i = 0; i < 5; i++) await run(); // warm-up
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await run();
    const used = process.cpuUsage(c);
    cpuTimes.push((used.user + used.system) / 1000);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  all.push(...times);
  allCpu.push(...cpuTimes);
  const r = {
    query: name,
    runs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1],
    cpuP99: percentile(cpuTimes, 99),
  };
  results.push(r);
  if (!values.json) process.stderr.write(`${name}: p99 ${r.p99.toFixed(1)} ms\n`);
}
all.sort((a, b) => a - b);
allCpu.sort((a, b) => a - b);
if (values.json) process.stdout.write(`${JSON.stringify({ stats, results }, null, 2)}\n`);
else {
  const f = (n: number) => n.toFixed(1).padStart(7);
  process.stdout.write(
    "| query                          |  p50 ms |  p95 ms |  p99 ms |  max ms | CPU p99 ms |\n|---|---|---|---|---|---|\n",
  );
  for (const r of results)
    process.stdout.write(
      `| ${r.query.padEnd(30)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.max)} | ${f(r.cpuP99).padStart(10)} |\n`,
    );
  const worst = results.reduce((w, r) => (r.p99 > w.p99 ? r : w), results[0]);
  const p99 = percentile(all, 99);
  process.stdout.write(
    `all ${all.length} queries: p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; ` +
      `slowest kind ${worst.query} p99 ${worst.p99.toFixed(1)} ms ${worst.p99 <= 50 ? "✓" : "✗"} goal ≤ 50 ms for each ` +
      `(CPU time p99 ${percentile(allCpu, 99).toFixed(1)} ms: wall time includes waiting for a core on a busy machine)\n`,
  );
}
await store.close();
