// One analysis worker thread: loads the analyser once, then turns batches of articles into PreparedArticles.
import { parentPort } from "node:worker_threads";
import { createAnalyser } from "../analyse.ts";
import { type AnalysisRequest, prepareSafely } from "./pool.ts";

const port = parentPort;
if (port) {
  try {
    const analyse = await createAnalyser();
    port.on("message", ({ inputs, hashes }: AnalysisRequest) => {
      port.postMessage({ results: inputs.map((input, i) => prepareSafely(input, analyse, hashes?.[i])) });
    });
    port.postMessage({ ready: true });
  } catch (error) {
    port.postMessage({ fatal: error instanceof Error ? error.message : String(error) });
  }
}
