// `npm run bench:ingest`: end-to-end ingestion throughput — read JSONL, analyse with the full pipeline in
// worker threads, deduplicate and index into a fresh SQLite store — as `marsad ingest --workers N` does.
// Goal: ≥ 100 articles/s with --workers 2 on the 2-core machine. Options: --limit N (default 2000),
// --workers N (default 2), --file JSONL (default the ANT multi-source corpus).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ingest } from "../src/ingest/ingest.ts";
import { inlinePool, workerPool } from "../src/ingest/pool.ts";
import { readSources } from "../src/ingest/sources.ts";
import { sharedDir } from "../src/paths.ts";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.ts";
import { readCorpus } from "./searchStore.ts";

const { values } = parseArgs({
  options: {
    limit: { type: "string" },
    workers: { type: "string" },
    file: { type: "string" },
    json: { type: "boolean" },
  },
});
const limit = Number(values.limit ?? 2000);
const workers = Number(values.workers ?? 2);
const corpus = values.file ?? join(sharedDir(), "data/news/ant-multisource.jsonl");

/** CPU ms of each thread of this process (Linux /proc), by thread id. */
function threadCpuMs(): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync("/proc/self/task")) {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1].split(" ");
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, in 10 ms ticks
    }
  } catch {
    // not Linux: no per-thread split
  }
  return out;
}

/**
 * Where the CPU went: the main thread (reading, storing, indexing), the analysis workers (the `workers` busiest
 * other threads) and the rest (V8's compiler and garbage-collector helper threads, libuv), ms per article.
 */
function threadSplit(before: Map<number, number>, after: Map<number, number>, articles: number) {
  const used = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === process.pid)?.ms ?? 0;
  const others = used.filter((t) => t.tid !== process.pid).sort((a, b) => b.ms - a.ms);
  const analysis = workers >= 2 ? others.slice(0, workers).reduce((sum, t) => sum + t.ms, 0) : 0;
  const helpers = others.reduce((sum, t) => sum + t.ms, 0) - analysis;
  return { main: main / articles, workers: analysis / articles, helpers: helpers / articles };
}

const dir = mkdtempSync(join(tmpdir(), "marsad-bench-ingest-"));
try {
  const file = join(dir, "in.jsonl");
  const articles = readCorpus(corpus, limit);
  writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join("\n")}\n`);
  const store = new SqliteStore(join(dir, "bench.db"));
  const setupStart = performance.now();
  const pool = workers >= 2 ? await workerPool(workers) : await inlinePool();
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const cpuStart = process.cpuUsage();
  const threadsStart = threadCpuMs();
  const summary = await ingest({
    store,
    pool,
    items: readSources([file]),
    total: articles.length,
    progress: process.stderr,
  });
  const cpu = process.cpuUsage(cpuStart);
  const perThread = threadSplit(threadsStart, threadCpuMs(), articles.length);
  await pool.close();
  const stats = await store.stats();
  await store.close();
  const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / articles.length;
  const result = {
    articles: articles.length,
    workers,
    setupSeconds,
    seconds: summary.seconds,
    articlesPerSecond: summary.read / summary.seconds,
    cpuMsPerArticle,
    /** ms CPU per article by thread: main (store, index), analysis workers, V8/libuv helper threads. */
    perThread,
    loadAverage: loadavg()[0],
    events: stats.events,
    mentions: stats.mentions,
    nearDuplicates: summary.nearDuplicates,
    errors: summary.errors,
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(
      `ingest ${result.articles} articles, ${workers} worker(s): ${result.seconds.toFixed(1)} s, ` +
        `${result.articlesPerSecond.toFixed(1)} articles/s ${result.articlesPerSecond >= 100 ? "✓" : "✗"} goal ≥ 100 ` +
        `(workers start in ${setupSeconds.toFixed(1)} s, untimed; ${cpuMsPerArticle.toFixed(1)} ms CPU/article ` +
        `in all threads: analysis, indexing, storing — ${(2000 / cpuMsPerArticle).toFixed(0)} articles/s is the ceiling on 2 idle cores); ${result.events} events, ${result.mentions} mentions, ` +
        `${result.nearDuplicates} near-duplicates, ${result.errors} bad items\n` +
        `per thread, ms CPU/article: main ${perThread.main.toFixed(1)}, workers ${perThread.workers.toFixed(1)}, ` +
        `helpers ${perThread.helpers.toFixed(1)}; load average ${result.loadAverage.toFixed(1)}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
