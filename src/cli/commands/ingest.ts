import { formatSummary, ingest } from "../../ingest/ingest.ts";
import { type AnalysisPool, inlinePool, workerPool } from "../../ingest/pool.ts";
import { estimateCount, readSources } from "../../ingest/sources.ts";
import { openStore } from "../../store/openStore.ts";
import { type InputFlags, readOptionsOf } from "./extract.ts";

export interface IngestCommandOptions extends InputFlags {
  db?: string;
  workers?: string;
  batch?: string;
  progress?: boolean;
}

const MAX_REPORTED = 20;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0 (got "${value}")`);
  return n;
}

/** `marsad ingest PATH…`: read, analyse, deduplicate and store; bad items are reported and skipped. */
export async function ingestCommand(paths: string[], options: IngestCommandOptions): Promise<void> {
  const workers = positiveInt(options.workers, "workers", 1);
  const batchSize = Math.max(1, positiveInt(options.batch, "batch", 64));
  const store = openStore(options.db);
  let pool: AnalysisPool | null = null;
  let reported = 0;
  try {
    pool = workers >= 2 ? await workerPool(workers) : await inlinePool();
    const summary = await ingest({
      store,
      pool,
      items: readSources(paths, {
        ...readOptionsOf(options, process.stdin),
        onNote: (origin, message) => process.stderr.write(`\r\x1b[2K${origin}: ${message}\n`),
      }),
      total: await estimateCount(paths),
      batchSize,
      progress: options.progress === false ? null : process.stderr,
      onError: (origin, message) => {
        if (++reported <= MAX_REPORTED) process.stderr.write(`\r\x1b[2Kskipped ${origin}: ${message}\n`);
        else if (reported === MAX_REPORTED + 1)
          process.stderr.write("(more bad items: see the ingestion log)\n");
      },
    });
    process.stderr.write(`${formatSummary(summary)}\n`);
    const stats = await store.stats();
    process.stderr.write(
      `store: ${stats.articles} articles (${stats.uniqueArticles} unique), ${stats.events} events, ${stats.mentions} mentions\n`,
    );
    if (summary.read > 0 && summary.errors === summary.read) process.exitCode = 1;
  } finally {
    await pool?.close();
    await store.close();
  }
}
