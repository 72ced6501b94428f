import type { ArticleInput } from "../doc/types.ts";
import { contentHash } from "../store/prepare.ts";
import type { Store } from "../store/store.ts";
import type { IngestLogEntry } from "../store/types.ts";
import type { AnalysisPool } from "./pool.ts";
import { createProgress, type IngestCounts } from "./progress.ts";
import type { SourceItem } from "./sources.ts";

export interface IngestOptions {
  store: Store;
  pool: AnalysisPool;
  items: AsyncIterable<SourceItem>;
  /** Expected number of articles, for the ETA. */
  total?: number | null;
  batchSize?: number;
  /** Where the progress bar goes (stderr in the CLI); null for none. */
  progress?: NodeJS.WriteStream | null;
  /** Called for each bad item (the CLI prints them). */
  onError?: (origin: string, message: string) => void;
  /** Called after each batch is stored, with the number of items read so far (benchmarks time blocks by it). */
  onStored?: (read: number) => void;
}

export interface IngestSummary extends IngestCounts {
  seconds: number;
  rate: number;
}

/**
 * Reads, analyses (in the pool) and stores articles. Batches are analysed in parallel but written in
 * input order, one transaction per batch, so duplicate detection is the same at any worker count.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, pool } = options;
  const batchSize = options.batchSize ?? 64;
  const counts: IngestCounts = { read: 0, added: 0, duplicates: 0, nearDuplicates: 0, errors: 0, events: 0 };
  const progress = createProgress(options.progress ?? null, options.total ?? null);
  const eventsBefore = (await store.stats()).events;
  const fail = (origin: string, message: string, log: IngestLogEntry[]) => {
    counts.errors++;
    log.push({ origin, status: "error", message });
    options.onError?.(origin, message);
  };

  type Pending = {
    origins: string[];
    inputs: ArticleInput[];
    /** contentHash of each input, computed once here and handed to the analysis. */
    hashes: string[];
    log: IngestLogEntry[];
    result: Promise<unknown>;
  };
  const inFlight: Pending[] = [];
  // enough batches in flight that every worker has its next one queued while the oldest is being stored
  const maxInFlight = Math.max(2, pool.size * 3);

  const write = async (p: Pending) => {
    const prepared = (await p.result) as Awaited<ReturnType<AnalysisPool["prepare"]>>;
    const good = prepared.flatMap((r, i) => (r.ok ? [{ article: r.article, origin: p.origins[i] }] : []));
    prepared.forEach((r, i) => {
      if (!r.ok) fail(p.origins[i], r.error, p.log);
    });
    let results: Awaited<ReturnType<Store["addArticles"]>> = [];
    try {
      results = await store.addArticles(good.map((g) => g.article));
    } catch {
      // one bad article must not sink its batch: retry one by one to find it
      for (const g of good) {
        try {
          results.push(await store.addArticle(g.article));
        } catch (error) {
          fail(g.origin, `cannot store: ${(error as Error).message}`, p.log);
          results.push({ status: "duplicate", articleId: -1, duplicateOf: null, eventIds: [] });
        }
      }
    }
    results.forEach((r, i) => {
      if (r.articleId < 0) return;
      if (r.status === "added") counts.added++;
      else if (r.status === "duplicate") counts.duplicates++;
      else counts.nearDuplicates++;
      p.log.push({ origin: good[i].origin, status: r.status, articleId: r.articleId });
    });
    await store.logIngestion(p.log);
    counts.read += p.origins.length;
    progress.update(counts.read, counts.errors);
    options.onStored?.(counts.read);
  };

  // Articles already stored (same content hash) are not analysed again: re-reading a feed or a folder is cheap.
  const dropStored = async (p: Pending) => {
    if (!p.inputs.length) return;
    p.hashes = p.inputs.map((a) => contentHash(a.title ?? null, a.text));
    const ids = await store.articleIdsByHash(p.hashes);
    const keep = ids.flatMap((id, i) => (id === null ? [i] : []));
    if (keep.length === ids.length) return;
    ids.forEach((id, i) => {
      if (id === null) return;
      counts.duplicates++;
      counts.read++;
      p.log.push({ origin: p.origins[i], status: "duplicate", articleId: id });
    });
    p.origins = keep.map((i) => p.origins[i]);
    p.inputs = keep.map((i) => p.inputs[i]);
    p.hashes = keep.map((i) => p.hashes[i]);
  };

  let batch: Pending = { origins: [], inputs: [], hashes: [], log: [], result: Promise.resolve([]) };
  const launch = async () => {
    await dropStored(batch);
    if (!batch.inputs.length && !batch.log.length) return;
    batch.result = batch.inputs.length ? pool.prepare(batch.inputs, batch.hashes) : Promise.resolve([]);
    batch.result.catch(() => {});
    inFlight.push(batch);
    batch = { origins: [], inputs: [], hashes: [], log: [], result: Promise.resolve([]) };
    while (inFlight.length >= maxInFlight) await write(inFlight.shift()!);
  };

  for await (const item of options.items) {
    if ("error" in item) {
      fail(item.origin, item.error, batch.log);
      counts.read++;
      continue;
    }
    batch.origins.push(item.origin);
    batch.inputs.push(item.input);
    if (batch.inputs.length >= batchSize) await launch();
  }
  await launch();
  while (inFlight.length) await write(inFlight.shift()!);
  progress.update(counts.read, counts.errors, true);
  progress.done();
  counts.events = (await store.stats()).events - eventsBefore;
  const seconds = progress.elapsed();
  return {
    ...counts,
    seconds,
    rate: seconds > 0 ? (counts.added + counts.duplicates + counts.nearDuplicates) / seconds : 0,
  };
}

export function formatSummary(s: IngestSummary): string {
  return (
    `read ${s.read} items in ${s.seconds.toFixed(1)}s (${s.rate.toFixed(1)} articles/s): ` +
    `${s.added} added, ${s.nearDuplicates} near-duplicates linked, ${s.duplicates} already stored, ` +
    `${s.errors} bad items skipped; ${s.events} new events`
  );
}
