import type { EventLoopUtilization } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { createAnalyser } from "../analyse.ts";
import type { ArticleInput, Doc } from "../doc/types.ts";
import { type PreparedArticle, prepareArticle } from "../store/prepare.ts";

/** The analysis of one article, or why it failed (reported and skipped, never fatal for the run). */
export type Prepared = { ok: true; article: PreparedArticle } | { ok: false; error: string };

/** Analyses batches of articles; the same interface in-process or across worker threads. */
export interface AnalysisPool {
  readonly size: number;
  /** `hashes[i]`, when given, is `contentHash` of `batch[i]` (already computed by the caller). */
  prepare(batch: ArticleInput[], hashes?: string[]): Promise<Prepared[]>;
  close(): Promise<void>;
  /** Each worker thread's event-loop utilisation so far (busy vs waiting for a batch), for benchmarks. */
  utilisation?(): EventLoopUtilization[];
  /** Each worker thread's V8 heap (bytes committed and in use) after its latest batch, for benchmarks. */
  heaps?(): WorkerHeap[];
}

export interface WorkerHeap {
  total: number;
  used: number;
}

export function prepareSafely(
  input: ArticleInput,
  analyse: (input: ArticleInput) => Doc,
  hash?: string,
): Prepared {
  try {
    return { ok: true, article: prepareArticle(input, analyse, hash) };
  } catch (error) {
    return { ok: false, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function inlinePool(analyse?: (input: ArticleInput) => Doc): Promise<AnalysisPool> {
  const fn = analyse ?? (await createAnalyser());
  return {
    size: 1,
    prepare: async (batch, hashes) => batch.map((input, i) => prepareSafely(input, fn, hashes?.[i])),
    close: async () => {},
  };
}

/** What a worker is sent: a batch of articles and, when known, their content hashes. */
export interface AnalysisRequest {
  inputs: ArticleInput[];
  hashes?: string[];
}

interface Job {
  resolve: (r: Prepared[]) => void;
  reject: (e: Error) => void;
}

/**
 * How many batches each worker is sent ahead: its next batch waits in its own message queue, so it starts at once
 * when the current one is done, even while the main thread is busy storing (it only dispatches when idle).
 */
const QUEUE_PER_WORKER = 2;

/** `size` worker threads, each with its own analyser; batches go to the worker with the fewest queued. */
export async function workerPool(size: number): Promise<AnalysisPool> {
  const workers: Worker[] = [];
  const ready: Worker[] = [];
  const waiting: { batch: AnalysisRequest; job: Job }[] = [];
  /** Each ready worker's sent batches, oldest first (a worker answers its messages in order). */
  const queued = new Map<Worker, Job[]>();
  const heaps = new Map<Worker, WorkerHeap>();

  const dispatch = () => {
    while (waiting.length) {
      let worker: Worker | null = null;
      for (const w of ready) {
        const n = queued.get(w)!.length;
        if (n < QUEUE_PER_WORKER && (worker === null || n < queued.get(worker)!.length)) worker = w;
      }
      if (worker === null) return;
      const { batch, job } = waiting.shift()!;
      queued.get(worker)!.push(job);
      worker.postMessage(batch);
    }
  };

  const started = Array.from({ length: size }, () => {
    const worker = new Worker(new URL("./worker.mjs", import.meta.url));
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      worker.once("error", reject);
      worker.on(
        "message",
        (msg: { ready?: true; fatal?: string; results?: Prepared[]; heap?: WorkerHeap }) => {
          if (msg.ready) {
            worker.off("error", reject);
            worker.on("error", (error) => {
              ready.splice(ready.indexOf(worker), 1); // a failed worker gets no more batches
              for (const job of queued.get(worker)!.splice(0)) job.reject(error);
            });
            queued.set(worker, []);
            ready.push(worker);
            resolve();
            dispatch();
          } else if (msg.fatal) reject(new Error(`analysis worker failed to start: ${msg.fatal}`));
          else if (msg.results) {
            if (msg.heap) heaps.set(worker, msg.heap);
            queued.get(worker)!.shift()?.resolve(msg.results);
            dispatch();
          }
        },
      );
    });
  });
  try {
    await Promise.all(started);
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  return {
    size,
    prepare: (inputs, hashes) =>
      new Promise((resolve, reject) => {
        waiting.push({ batch: { inputs, hashes }, job: { resolve, reject } });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
    utilisation: () => workers.map((w) => w.performance.eventLoopUtilization()),
    heaps: () => workers.map((w) => heaps.get(w) ?? { total: 0, used: 0 }),
  };
}
