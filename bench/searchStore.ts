// Builds (once) a large store for the search and event-query benchmarks: real article text from the news
// corpus, recombined past the corpus size so that 100,000 articles are distinct, and synthetic events (the
// events stage may not exist yet, and the query benchmark needs events in every filterable field).
import { existsSync, readFileSync } from "node:fs";
import type { ArticleInput, Doc, DocEvent, EventType } from "../src/doc/types.ts";
import { recordToArticle } from "../src/ingest/record.ts";
import { prepareArticle } from "../src/store/prepare.ts";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.ts";

export const PLACES = [
  { name_ar: "بنغازي", id: "geonames:88319", lat: 32.11486, lon: 20.06859, country: "LY" },
  { name_ar: "طرابلس", id: "geonames:2210247", lat: 32.88743, lon: 13.18733, country: "LY" },
  { name_ar: "درنة", id: "geonames:87205", lat: 32.76704, lon: 22.63669, country: "LY" },
  { name_ar: "سرت", id: "geonames:2210554", lat: 31.20892, lon: 16.58866, country: "LY" },
  { name_ar: "تونس", id: "geonames:2464470", lat: 36.81897, lon: 10.16579, country: "TN" },
  { name_ar: "القاهرة", id: "geonames:360630", lat: 30.06263, lon: 31.24967, country: "EG" },
  { name_ar: "العريش", id: "geonames:361055", lat: 31.13159, lon: 33.79844, country: "EG" },
  { name_ar: "دمشق", id: "geonames:170654", lat: 33.5102, lon: 36.29128, country: "SY" },
  { name_ar: "حلب", id: "geonames:170063", lat: 36.20124, lon: 37.16117, country: "SY" },
  { name_ar: "إدلب", id: "geonames:169389", lat: 35.93062, lon: 36.63393, country: "SY" },
  { name_ar: "بغداد", id: "geonames:98182", lat: 33.34058, lon: 44.40088, country: "IQ" },
  { name_ar: "الموصل", id: "geonames:99072", lat: 36.335, lon: 43.11889, country: "IQ" },
  { name_ar: "صنعاء", id: "geonames:71137", lat: 15.35472, lon: 44.20667, country: "YE" },
  { name_ar: "عدن", id: "geonames:415189", lat: 12.77944, lon: 45.03667, country: "YE" },
  { name_ar: "الجزائر", id: "geonames:2507480", lat: 36.73225, lon: 3.08746, country: "DZ" },
];
export const ACTORS = Array.from({ length: 60 }, (_, i) => ({
  id: `bench-actor-${i}`,
  name_ar: `الفصيل ${["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس"][i % 6]} ${i}`,
  kind: ["military", "militia", "rebel_group", "government", "police", "organization"][i % 6],
}));
const TYPES: EventType[] = [
  "ASSAULT",
  "ASSAULT",
  "ASSAULT",
  "PROTEST",
  "COERCE",
  "MOBILIZE",
  "ACCUSE",
  "CONSULT",
  "AID",
];

/** A deterministic pseudo-random sequence, so every build of the bench store is the same. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function syntheticEvents(input: ArticleInput, index: number): Doc {
  const rnd = random(index + 1);
  const text = input.text;
  const firstStop = text.search(/[.!؟?\n]/);
  const evidenceEnd = firstStop < 0 ? text.length : firstStop + 1;
  const n = Math.floor(rnd() * 3);
  const events: DocEvent[] = [];
  for (let k = 0; k < n; k++) {
    const place = PLACES[Math.floor(rnd() * PLACES.length)];
    const a1 = ACTORS[Math.floor(rnd() * ACTORS.length)];
    const a2 = ACTORS[Math.floor(rnd() * ACTORS.length)];
    const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(rnd() * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    events.push({
      type: TYPES[Math.floor(rnd() * TYPES.length)],
      acled: { event_type: "Battles", sub_event_type: "Armed clash" },
      actors: [
        { role: "actor1", ...a1 },
        { role: "actor2", ...a2 },
      ],
      location: { ...place, name_en: null, precision: 1 },
      date: { value: day, precision: "day" },
      fatalities: rnd() < 0.5 ? { value: Math.floor(rnd() * 40), approximate: false } : null,
      modality: "asserted",
      attribution: [],
      evidence: [{ start: 0, end: evidenceEnd }],
    });
  }
  return {
    text,
    published: input.published ?? null,
    source: input.source ?? null,
    title: input.title ?? null,
    url: input.url ?? null,
    entities: [],
    places: [],
    events,
    issues: [],
  };
}

export function readCorpus(path: string, limit = Number.POSITIVE_INFINITY): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    try {
      out.push(recordToArticle(JSON.parse(line)));
    } catch {
      // the corpus has a few records without text; the bench skips them
    }
  }
  return out;
}

/** Article i: the corpus article itself, or past the corpus two articles' paragraphs interleaved. */
export function benchArticle(corpus: ArticleInput[], i: number): ArticleInput {
  const n = corpus.length;
  const a = corpus[i % n];
  if (i < n) return a;
  const b = corpus[(i * 7919 + Math.floor(i / n)) % n];
  const pa = a.text.split("\n");
  const pb = b.text.split("\n");
  const mixed: string[] = [];
  for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
    if (k < pa.length) mixed.push(pa[k]);
    if (k < pb.length) mixed.push(pb[k]);
  }
  return { ...a, title: `${a.title ?? ""} (${Math.floor(i / n)})`, text: mixed.join("\n") };
}

/** Opens the bench store at `path`, adding articles until it holds `count`. */
export async function buildBenchStore(path: string, corpusPath: string, count: number): Promise<SqliteStore> {
  const fresh = !existsSync(path);
  const store = new SqliteStore(path);
  const have = fresh ? 0 : (await store.stats()).articles;
  if (have >= count) return store;
  const corpus = readCorpus(corpusPath);
  const started = Date.now();
  const batch = [];
  for (let i = have; i < count; i++) {
    batch.push(prepareArticle(benchArticle(corpus, i), (input) => syntheticEvents(input, i)));
    if (batch.length === 200 || i === count - 1) {
      await store.addArticles(batch.splice(0));
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
