// One analysis worker thread: loads the analyser once, then turns batches of articles into PreparedArticles.
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import { createAnalyser } from "../analyse.ts";
import { type AnalysisRequest, prepareSafely } from "./pool.ts";

const port = parentPort;
if (port) {
  try {
    const analyse = await createAnalyser();
    port.on("message", ({ inputs, hashes }: AnalysisRequest) => {
      const results = inputs.map((input, i) => prepareSafely(input, analyse, hashes?.[i]));
      // the thread's heap after the batch (committed and in use), for benchmarks (`AnalysisPool.heaps`)
      const { total_heap_size: total, used_heap_size: used } = getHeapStatistics();
      port.postMessage({ results, heap: { total, used } });
    });
    port.postMessage({ ready: true });
  } catch (error) {
    port.postMessage({ fatal: error instanceof Error ? error.message : String(error) });
  }
}
