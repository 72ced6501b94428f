// `npm run bench:ingest`: end-to-end ingestion throughput — read JSONL, analyse with the full pipeline in
// worker threads, deduplicate and index into a fresh SQLite store — as `marsad ingest --workers N` does.
// Goal (issue 7): 100,000 articles in ≤ 10 minutes (≥ 167 articles/s) with --workers 2 on the 2-core machine.
// Options: --limit N (default 2000; past the corpus's size, articles are made: by default one article with about a
// third of its paragraphs swapped for another's, so they keep the corpus's lengths — `corpusLengthArticle`; with
// --made double as bench:search makes its 100k store, two articles' paragraphs interleaved — `benchArticle`; both
// shift dates a year per pass and spread the made articles over 30 outlets),
// --workers N (default 2), --file JSONL (default the ANT multi-source corpus), --block N (the rate and the
// threads' CPU and busy time are also given per block of N articles, default 10,000: the store grows), --json.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type EventLoopUtilization, performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { loadArticles } from "../src/ingest/corpus.ts";
import { ingest } from "../src/ingest/ingest.ts";
import { inlinePool, type WorkerHeap, workerPool } from "../src/ingest/pool.ts";
import { readSources } from "../src/ingest/sources.ts";
import { sharedDir } from "../src/paths.ts";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.ts";
import { benchArticle, corpusLengthArticle } from "./searchStore.ts";

const { values } = parseArgs({
  options: {
    limit: { type: "string" },
    workers: { type: "string" },
    file: { type: "string" },
    block: { type: "string" },
    made: { type: "string" },
    json: { type: "boolean" },
  },
});
const limit = Number(values.limit ?? 2000);
const workers = Number(values.workers ?? 2);
const corpusPath = values.file ?? join(sharedDir(), "data/news/ant-multisource.jsonl");
const blockSize = Number(values.block ?? 10_000);
const made = values.made ?? "corpus-length";
if (made !== "corpus-length" && made !== "double") {
  process.stderr.write(`--made must be corpus-length or double, not ${made}\n`);
  process.exit(2);
}
const makeArticle = made === "double" ? benchArticle : corpusLengthArticle;

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

/** What the clock, the threads' CPU and the event loops' busy time read at one moment of the run. */
interface Reading {
  read: number;
  at: number;
  threads: Map<number, number>;
  main: EventLoopUtilization;
  workers: EventLoopUtilization[];
  /** The process's resident memory, the main thread's V8 heap and each worker's (committed, bytes). */
  rss: number;
  mainHeap: number;
  workerHeaps: WorkerHeap[];
}

/** The process's peak resident memory so far (Linux: VmHWM), in bytes; null elsewhere. */
function peakRss(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/** Rate, CPU per thread and busy share of the main thread and the workers between two readings. */
function between(a: Reading, b: Reading) {
  const n = b.read - a.read;
  const busy = (x: EventLoopUtilization, y: EventLoopUtilization) => {
    const d = performance.eventLoopUtilization(y, x);
    return d.utilization;
  };
  return {
    articles: n,
    seconds: (b.at - a.at) / 1000,
    articlesPerSecond: n / ((b.at - a.at) / 1000),
    perThread: threadSplit(a.threads, b.threads, n),
    /** Share of the wall time the main thread's event loop was running code (not waiting for results). */
    mainBusy: busy(a.main, b.main),
    /** The same for each analysis worker (not waiting for a batch). */
    workersBusy: b.workers.map((w, i) => busy(a.workers[i], w)),
    /** Memory at the block's end: resident (MB), the main thread's and the workers' committed V8 heaps (MB). */
    rssMb: b.rss / 2 ** 20,
    mainHeapMb: b.mainHeap / 2 ** 20,
    workerHeapsMb: b.workerHeaps.map((h) => h.total / 2 ** 20),
  };
}

const dir = mkdtempSync(join(tmpdir(), "marsad-bench-ingest-"));
try {
  const file = join(dir, "in.jsonl");
  const corpus = await loadArticles(corpusPath);
  let characters = 0;
  for (let i = 0; i < limit; i += 1000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(limit, i + 1000); j++) {
      const article = makeArticle(corpus, j);
      characters += article.text.length;
      lines.push(JSON.stringify(article));
    }
    appendFileSync(file, `${lines.join("\n")}\n`);
  }
  const articleCount = limit;
  const store = new SqliteStore(join(dir, "bench.db"));
  const setupStart = performance.now();
  const pool = workers >= 2 ? await workerPool(workers) : await inlinePool();
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const reading = (read: number): Reading => ({
    read,
    at: performance.now(),
    threads: threadCpuMs(),
    main: performance.eventLoopUtilization(),
    workers: pool.utilisation?.() ?? [],
    rss: process.memoryUsage.rss(),
    mainHeap: getHeapStatistics().total_heap_size,
    workerHeaps: pool.heaps?.() ?? [],
  });
  const cpuStart = process.cpuUsage();
  const readings = [reading(0)];
  const summary = await ingest({
    store,
    pool,
    items: readSources([file]),
    total: articleCount,
    progress: process.stderr,
    onStored: (read) => {
      if (read >= readings[readings.length - 1].read + blockSize) readings.push(reading(read));
    },
  });
  const cpu = process.cpuUsage(cpuStart);
  const end = reading(summary.read);
  if (end.read > readings[readings.length - 1].read) readings.push(end);
  const whole = between(readings[0], end);
  const perThread = whole.perThread;
  await pool.close();
  const stats = await store.stats();
  await store.close();
  const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / articleCount;
  const blocks = readings.slice(1).map((r, i) => ({ from: readings[i].read, ...between(readings[i], r) }));
  const result = {
    articles: articleCount,
    made,
    /** Mean length of the articles' text (the corpus's: 1,493 characters). */
    meanCharacters: characters / articleCount,
    workers,
    setupSeconds,
    seconds: summary.seconds,
    articlesPerSecond: summary.read / summary.seconds,
    cpuMsPerArticle,
    /** ms CPU per article by thread: main (store, index), analysis workers, V8/libuv helper threads. */
    perThread,
    mainBusy: whole.mainBusy,
    workersBusy: whole.workersBusy,
    loadAverage: loadavg()[0],
    /** Peak resident memory of the process (MB), all threads and SQLite's page cache and map included. */
    peakRssMb: (peakRss() ?? end.rss) / 2 ** 20,
    events: stats.events,
    mentions: stats.mentions,
    nearDuplicates: summary.nearDuplicates,
    errors: summary.errors,
    blocks,
  };
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(
      `ingest ${result.articles} articles (${result.meanCharacters.toFixed(0)} characters on average${limit > corpus.length ? `, made past the corpus: ${made}` : ""}), ${workers} worker(s): ${result.seconds.toFixed(1)} s, ` +
        `${result.articlesPerSecond.toFixed(1)} articles/s ${result.articlesPerSecond >= 100 ? "✓" : "✗"} goal ≥ 100, ` +
        `${result.articlesPerSecond >= 10_000 / 60 ? "✓" : "✗"} goal ≥ 167 (100,000 in 10 min) ` +
        `(workers start in ${setupSeconds.toFixed(1)} s, untimed; ${cpuMsPerArticle.toFixed(1)} ms CPU/article ` +
        `in all threads: analysis, indexing, storing — ${(2000 / cpuMsPerArticle).toFixed(0)} articles/s is the ceiling on 2 idle cores); ${result.events} events, ${result.mentions} mentions, ` +
        `${result.nearDuplicates} near-duplicates, ${result.errors} bad items\n` +
        `per thread, ms CPU/article: main ${perThread.main.toFixed(1)}, workers ${perThread.workers.toFixed(1)}, ` +
        `helpers ${perThread.helpers.toFixed(1)}; busy (event loop running, of the wall time): main ${pct(whole.mainBusy)}, ` +
        `workers ${whole.workersBusy.map(pct).join(" ")}; load average ${result.loadAverage.toFixed(1)}; ` +
        `peak RSS ${result.peakRssMb.toFixed(0)} MB\n`,
    );
    if (blocks.length > 1) {
      process.stdout.write(
        "articles | articles/s | ms CPU/article main, workers, helpers | busy main, workers | RSS, V8 heaps main, workers (MB)\n",
      );
      for (const b of blocks) {
        process.stdout.write(
          `${b.from}–${b.from + b.articles} | ${b.articlesPerSecond.toFixed(1)} | ${b.perThread.main.toFixed(1)}, ` +
            `${b.perThread.workers.toFixed(1)}, ${b.perThread.helpers.toFixed(1)} | ${pct(b.mainBusy)}, ` +
            `${b.workersBusy.map(pct).join(" ")} | ${b.rssMb.toFixed(0)}, ${b.mainHeapMb.toFixed(0)}, ` +
            `${b.workerHeapsMb.map((h) => h.toFixed(0)).join(" ")}\n`,
        );
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
