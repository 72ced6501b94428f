// Where one analysis thread's time goes, by stage: analyses corpus articles in this process (no workers), as an
// ingestion worker does (every stage, then `prepareArticle`'s hashes and index words, then the structured clone
// of the result back to the main thread), and prints the CPU per article of each step after a warm-up.
//
//   node --import tsx scripts/profile-analysis.ts --skip 2000 --limit 3000           # per-stage table
//   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx scripts/profile-analysis.ts  # plus a V8 profile
//
// Options: --skip N (warm-up articles, analysed but not counted; default 1000), --limit N (articles counted,
// default 2000), --from N (index of the first article of the bench's input, default 0: corpus articles first,
// then the bench's made ones as `bench:ingest` makes them), --memory (heap size every 1,000 articles; the live
// size after a full collection when node runs with --expose-gc), --alloc FILE (a sampling allocation profile of
// the counted articles, objects the collector freed included: what feeds the garbage collector; open it in
// Chrome's DevTools, Memory tab, or sum it by function).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { serialize } from "node:v8";
import { corpusLengthArticle } from "../bench/searchStore.ts";
import { createDatesStage } from "../src/dates/stage.ts";
import { createDoc } from "../src/doc/doc.ts";
import type { ArticleInput, Doc } from "../src/doc/types.ts";
import { createEntitiesStage } from "../src/entities/stage.ts";
import { createEventsStage } from "../src/events/stage.ts";
import { loadArticles } from "../src/ingest/corpus.ts";
import { createNerStage } from "../src/ner/stage.ts";
import { sharedDir } from "../src/paths.ts";
import type { Stage } from "../src/pipeline/pipeline.ts";
import { createPlacesStage } from "../src/places/stage.ts";
import { prepareArticle } from "../src/store/prepare.ts";
import { textStage } from "../src/text/stage.ts";

const { values } = parseArgs({
  options: {
    skip: { type: "string" },
    limit: { type: "string" },
    from: { type: "string" },
    memory: { type: "boolean" },
    alloc: { type: "string" },
  },
});
const skip = Number(values.skip ?? 1000);
const limit = Number(values.limit ?? 2000);
const from = Number(values.from ?? 0);

/** Process CPU time in µs (Node 20 has no per-thread clock; V8's helper threads are counted where they run). */
function threadCpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}
const processCpu = threadCpuMicros;

const corpus = await loadArticles(`${sharedDir()}/data/news/ant-multisource.jsonl`);
const stages: Stage[] = [
  textStage,
  createNerStage(),
  createPlacesStage(),
  createDatesStage(),
  createEventsStage(),
  createEntitiesStage(),
];
const names = [...stages.map((s) => s.name), "prepare (hashes, index words)", "clone (serialize)"];
const spent = new Float64Array(names.length);
let counting = false;
const timed = stages.map((stage, i) => ({
  ...stage,
  run(doc: Doc): Doc {
    if (!counting) return stage.run(doc);
    const t0 = threadCpuMicros();
    const out = stage.run(doc);
    spent[i] += threadCpuMicros() - t0;
    return out;
  },
}));
const analyse = (input: ArticleInput): Doc => {
  let doc = createDoc(input);
  for (const stage of timed) doc = stage.run(doc);
  return doc;
};

const inspector = values.alloc ? new Session() : null;
inspector?.connect();

const processStart = processCpu();
let threadStart = threadCpuMicros();
for (let n = 0; n < skip + limit; n++) {
  if (n === skip) {
    await inspector?.post("HeapProfiler.startSampling", {
      samplingInterval: 16384,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    counting = true;
    threadStart = threadCpuMicros();
  }
  const input = corpusLengthArticle(corpus, from + n);
  const t0 = counting ? threadCpuMicros() : 0;
  let analysisSpent = 0;
  const prepared = prepareArticle(input, (x) => {
    const a0 = counting ? threadCpuMicros() : 0;
    const doc = analyse(x);
    if (counting) analysisSpent = threadCpuMicros() - a0;
    return doc;
  });
  if (counting) spent[stages.length] += threadCpuMicros() - t0 - analysisSpent;
  const c0 = counting ? threadCpuMicros() : 0;
  serialize({ results: [{ ok: true, article: prepared }] });
  if (counting) spent[stages.length + 1] += threadCpuMicros() - c0;
  if (values.memory && (n + 1) % 1000 === 0) {
    // with node --expose-gc, the heap is collected first: the live size, not what garbage V8 has let accumulate
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    process.stderr.write(
      `${n + 1}: heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB of ${(m.heapTotal / 2 ** 20).toFixed(0)}, rss ${(m.rss / 2 ** 20).toFixed(0)} MB\n`,
    );
  }
}
const threadTotal = threadCpuMicros() - threadStart;
if (inspector && values.alloc) {
  const { profile } = await inspector.post("HeapProfiler.stopSampling");
  writeFileSync(values.alloc, JSON.stringify(profile));
}
const all = spent.reduce((a, b) => a + b, 0);
process.stdout.write(
  `articles ${from + skip}–${from + skip + limit} (after ${skip} of warm-up): ${(threadTotal / 1000 / limit).toFixed(2)} ms ` +
    `CPU/article on this thread, process (all threads, warm-up included) ${((processCpu() - processStart) / 1000 / (skip + limit)).toFixed(2)}\n`,
);
for (let i = 0; i < names.length; i++) {
  process.stdout.write(
    `${names[i].padEnd(32)} ${(spent[i] / 1000 / limit).toFixed(3)} ms  ${((100 * spent[i]) / all).toFixed(1)}%\n`,
  );
}
