// One analysis worker thread: loads the analyser once, then turns batches of articles into PreparedArticles.
import { parentPort } from "node:worker_threads";
import { createAnalyser } from "../analyse.ts";
import type { ArticleInput } from "../doc/types.ts";
import { prepareSafely } from "./pool.ts";

const port = parentPort;
if (port) {
  try {
    const analyse = await createAnalyser();
    port.on("message", (batch: ArticleInput[]) => {
      port.postMessage({ results: batch.map((input) => prepareSafely(input, analyse)) });
    });
    port.postMessage({ ready: true });
  } catch (error) {
    port.postMessage({ fatal: error instanceof Error ? error.message : String(error) });
  }
}
