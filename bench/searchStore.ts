// Builds (once) a large store for the search and event-query benchmarks: real article text from the news
// corpus, recombined past the corpus size so that 100,000 articles are distinct, and synthetic events drawn
// from the shipped gazetteer and actor lexicon with skewed (Zipf-like) frequencies, as a monitor sees them:
// a few countries, cities, actors and outlets dominate, most are rare. The store measures storage and
// queries, not the analysis, so the events come from the same test builder as the store tests (fakeEvent).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { ArticleInput, DocEvent, EventType } from "../src/doc/types.ts";
import { loadArticles } from "../src/ingest/corpus.ts";
import { dataDir } from "../src/paths.ts";
import { seededRandom } from "../src/random.ts";
import { type FakeEventSpec, fakeDoc, fakeEvent } from "../src/store/fixtures.ts";
import { prepareArticle } from "../src/store/prepare.ts";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.ts";

/** Picks from `items` with weight 1/(rank+1)^s: a few items are common, most are rare. */
function zipf<T>(items: T[], s = 1): (rnd: () => number) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    sum += 1 / (i + 1) ** s;
    cumulative.push(sum);
  }
  return (rnd) => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

function weighted<T>(pairs: [T, number][]): (rnd: () => number) => T {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  return (rnd) => {
    let x = rnd() * total;
    for (const [v, w] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  };
}

/** Countries an Arabic conflict monitor reads about, most reported first. */
const COUNTRIES = [
  "SY",
  "IQ",
  "YE",
  "LY",
  "EG",
  "PS",
  "LB",
  "SD",
  "TN",
  "DZ",
  "SO",
  "SA",
  "JO",
  "MA",
  "IL",
  "TR",
];
/** A rough PLOVER type mix of conflict news (violence, talks and statements dominate). */
const TYPES = weighted<EventType>([
  ["ASSAULT", 25],
  ["CONSULT", 14],
  ["ACCUSE", 8],
  ["COERCE", 8],
  ["PROTEST", 7],
  ["MOBILIZE", 5],
  ["AID", 5],
  ["SUPPORT", 5],
  ["AGREE", 4],
  ["REQUEST", 4],
  ["THREATEN", 3],
  ["REJECT", 3],
  ["SANCTION", 2],
  ["COOPERATE", 2],
  ["OTHER", 2],
  ["RETREAT", 1],
  ["CONCEDE", 1],
]);
/** Outlets beyond the corpus's five, so the source filter and facet see a realistic spread. */
const OUTLETS = [
  "aljazeera",
  "alarabiya",
  "skynews",
  "bbc",
  "france24",
  "cnn",
  "aawsat",
  "alquds",
  "libyaobserver",
  "alwasat",
  "almasryalyoum",
  "ahram",
  "enabbaldi",
  "sana",
  "alsumaria",
  "rudaw",
  "sabanews",
  "almasdar",
  "tap",
  "aps",
  "hespress",
  "annahar",
  "maan",
  "wafa",
  "sudantribune",
  "hiiraan",
  "okaz",
  "petra",
  "trt",
  "rt",
];
/** Actors the extractor cannot resolve to the lexicon keep only their words. */
const UNRESOLVED = [
  "مسلحون مجهولون",
  "متظاهرون",
  "مصادر محلية",
  "قوات موالية",
  "عناصر مسلحة",
  "سكان",
  "ناشطون",
  "مقاتلون",
];

export interface BenchPlace {
  id: string;
  name_ar: string;
  name_en: string;
  country: string;
  lat: number;
  lon: number;
}
export interface BenchActor {
  id: string;
  name_ar: string;
  name_en: string | null;
  kind: string;
  country: string | null;
}

/** Towns and cities of the monitored countries from the shipped gazetteer, most populous first. */
export function benchPlaces(): Map<string, BenchPlace[]> {
  const tsv = gunzipSync(readFileSync(join(dataDir, "gazetteer/places.tsv.gz"))).toString("utf8");
  const rows = tsv
    .split("\n")
    .slice(1)
    .map((l) => l.split("\t"))
    .filter((f) => COUNTRIES.includes(f[3]) && /city|capital|town/.test(f[8]) && f[5] !== "" && f[2])
    .map((f) => ({
      p: { id: f[0], name_en: f[1], name_ar: f[2], country: f[3], lat: +f[5], lon: +f[6] },
      pop: +f[7],
    }))
    .sort((a, b) => b.pop - a.pop || a.p.id.localeCompare(b.p.id));
  const out = new Map<string, BenchPlace[]>();
  for (const { p } of rows) {
    const list = out.get(p.country) ?? [];
    if (list.length < 150) list.push(p);
    out.set(p.country, list);
  }
  return out;
}

/** Lexicon actors (armed groups, forces, governments, people) of the monitored countries. */
export function benchActors(): Map<string, BenchActor[]> {
  const file = JSON.parse(
    gunzipSync(readFileSync(join(dataDir, "actors/actors.json.gz"))).toString("utf8"),
  ) as {
    actors: BenchActor[];
  };
  const out = new Map<string, BenchActor[]>();
  for (const a of file.actors) {
    if (a.kind === "media" || a.kind === "other") continue;
    const key = a.country && COUNTRIES.includes(a.country) ? a.country : "INT";
    const list = out.get(key) ?? [];
    list.push({ id: a.id, name_ar: a.name_ar, name_en: a.name_en, kind: a.kind, country: a.country });
    out.set(key, list);
  }
  return out;
}

let world: ReturnType<typeof buildWorld> | null = null;
function buildWorld() {
  const places = benchPlaces();
  const actors = benchActors();
  const country = zipf(
    COUNTRIES.filter((c) => places.has(c)),
    0.9,
  );
  const placeIn = new Map([...places].map(([c, list]) => [c, zipf(list, 1.1)]));
  const actorIn = new Map([...actors].map(([c, list]) => [c, zipf(list, 1.1)]));
  return { country, placeIn, actorIn, outlet: zipf(OUTLETS, 0.8) };
}

const shiftYears = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

/** The events an analysis of bench article `index` reports: 0–4, mostly in the article's main country. */
export function benchEvents(input: ArticleInput, index: number): DocEvent[] {
  world ??= buildWorld();
  const w = world;
  const rnd = seededRandom(index * 2654435761 + 1);
  const r = rnd();
  const n = r < 0.35 ? 0 : r < 0.65 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
  const main = w.country(rnd);
  const published = input.published ?? "2018-06-01";
  const events: DocEvent[] = [];
  for (let k = 0; k < n; k++) {
    const c = rnd() < 0.8 ? main : w.country(rnd);
    const place = rnd() < 0.85 ? (w.placeIn.get(c)?.(rnd) ?? null) : null;
    const actor = () => {
      if (rnd() < 0.3) return { name_ar: UNRESOLVED[Math.floor(rnd() * UNRESOLVED.length)] };
      const pool = rnd() < 0.8 ? w.actorIn.get(c) : w.actorIn.get("INT");
      return pool ? pool(rnd) : { name_ar: UNRESOLVED[0] };
    };
    const actors: FakeEventSpec["actors"] = [{ role: "actor1", ...actor() }];
    if (rnd() < 0.6) actors.push({ role: "actor2", ...actor() });
    const day = new Date(Date.parse(published) - Math.floor(rnd() * rnd() * 4) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const d = rnd();
    const [date, datePrecision] =
      d < 0.8
        ? [day, "day" as const]
        : d < 0.9
          ? [day.slice(0, 7), "month" as const]
          : d < 0.95
            ? [day.slice(0, 4), "year" as const]
            : [null, undefined];
    const type = TYPES(rnd);
    const event = fakeEvent(input.text, {
      type,
      date,
      datePrecision,
      place,
      actors,
      fatalities: type === "ASSAULT" && rnd() < 0.5 ? Math.floor(rnd() * rnd() * 40) : null,
      acled: type === "ASSAULT" ? { event_type: "Battles", sub_event_type: "Armed clash" } : null,
    });
    if (event) events.push(event);
  }
  return events;
}

/**
 * Article i of a made stream: the corpus article itself, or past the corpus article a's text mixed with another
 * article b's by `mix`, published a year earlier per pass over the corpus by one of 30 outlets. Shared by both ways
 * of making articles below; `mix` gets the pass (0 on the corpus itself, 1 on the first pass past it, …).
 */
function madeArticle(
  corpus: ArticleInput[],
  i: number,
  other: (pass: number) => ArticleInput,
  mix: (a: ArticleInput, b: ArticleInput, pass: number) => string,
): ArticleInput {
  const n = corpus.length;
  const a = corpus[i % n];
  if (i < n) return a;
  world ??= buildWorld();
  const pass = Math.floor(i / n);
  return {
    ...a,
    title: `${a.title ?? ""} (${pass})`,
    text: mix(a, other(pass), pass),
    published: a.published ? shiftYears(a.published, pass) : null,
    source: world.outlet(seededRandom(i)),
  };
}

/**
 * Article i: the corpus article itself, or past the corpus two articles' paragraphs interleaved, published
 * a year earlier per pass over the corpus (so 100,000 articles span 2015–2018) by another outlet.
 */
export function benchArticle(corpus: ArticleInput[], i: number): ArticleInput {
  const n = corpus.length;
  return madeArticle(
    corpus,
    i,
    (pass) => corpus[(i * 7919 + pass) % n],
    (a, b) => {
      const pa = a.text.split("\n");
      const pb = b.text.split("\n");
      const mixed: string[] = [];
      for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
        if (k < pa.length) mixed.push(pa[k]);
        if (k < pb.length) mixed.push(pb[k]);
      }
      return mixed.join("\n");
    },
  );
}

/** The pieces of a text that made articles swap: paragraphs, or sentences when it has fewer than three paragraphs. */
function pieces(text: string): string[] {
  const paragraphs = text.split(/(?<=\n)/);
  return paragraphs.length >= 3 ? paragraphs : text.split(/(?<=[.!؟?\n])/);
}

/**
 * Article i as `bench:ingest` makes it by default: the corpus article itself, or past the corpus one article
 * with about a third of its paragraphs (its sentences when it has fewer than three paragraphs) swapped for
 * another article's — other positions on each pass, so the made copies of one article are as far from each
 * other as from it (SimHash far above the near-duplicate distance) — published a year earlier per pass, by one
 * of 30 outlets. Lengths stay the corpus's (1,493 characters on average), unlike `benchArticle`'s doubled texts.
 */
export function corpusLengthArticle(corpus: ArticleInput[], i: number): ArticleInput {
  const n = corpus.length;
  return madeArticle(
    corpus,
    i,
    (pass) => {
      const b = corpus[(i * 7919 + pass) % n];
      return b === corpus[i % n] ? corpus[(i + 1) % n] : b;
    },
    (a, b, pass) => {
      const pa = pieces(a.text);
      const pb = pieces(b.text);
      const swap = (k: number) =>
        (k + pass) % 3 === 0 || (pa.length < 3 && pass % 3 !== 0 && k === pa.length - 1);
      return pa
        .map((piece, k) => {
          if (!swap(k)) return piece;
          const other = pb[k % pb.length].replace(/\n$/, "");
          return piece.endsWith("\n") ? `${other}\n` : other;
        })
        .join("");
    },
  );
}

/** Opens the bench store at `path`, adding articles until it holds `count`. */
export async function buildBenchStore(path: string, corpusPath: string, count: number): Promise<SqliteStore> {
  const fresh = !existsSync(path);
  const store = new SqliteStore(path);
  // how many bench articles were fed in (some are exact duplicates of others, so fewer are stored)
  const have = fresh
    ? 0
    : Number(store.db.pragma("user_version", { simple: true })) || (await store.stats()).articles;
  if (have >= count) return store;
  const corpus = await loadArticles(corpusPath);
  const started = Date.now();
  const batch = [];
  for (let i = have; i < count; i++) {
    const input = benchArticle(corpus, i);
    batch.push(prepareArticle(input, (a) => fakeDoc(a, benchEvents(a, i))));
    if (batch.length === 200 || i === count - 1) {
      await store.addArticles(batch.splice(0));
      store.db.pragma(`user_version = ${i + 1}`);
      const done = i + 1 - have;
      const rate = done / ((Date.now() - started) / 1000);
      process.stderr.write(`\rbuilding bench store: ${i + 1}/${count} (${rate.toFixed(0)}/s)   `);
    }
  }
  process.stderr.write("\n");
  store.db.pragma("optimize");
  store.db.exec("INSERT INTO articles_fts(articles_fts) VALUES('optimize')");
  return store;
}
