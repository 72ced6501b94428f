// The dates stage's line in `npm run bench` (the text stage runs untimed in `prepare`), and a standalone
// measurement: `node --import tsx bench/stages/dates.ts [--limit N]`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatesStage } from "../../src/dates/stage.ts";
import { createDoc } from "../../src/doc/doc.ts";
import type { ArticleInput, Doc } from "../../src/doc/types.ts";
import { sharedDir } from "../../src/paths.ts";
import { textStage } from "../../src/text/stage.ts";

/** Shaped like bench/stage.ts's BenchStage (kept structural so this file stands alone). */
export const bench = {
  name: "dates",
  description: "time expressions found and resolved against the publication date (src/dates/stage.ts)",
  order: 50,
  goalMBps: 2,
  async setup() {
    const dates = createDatesStage();
    return {
      prepare: (article: ArticleInput): Doc => textStage.run(createDoc(article)),
      run: (doc: Doc): Doc => dates.run(doc),
    };
  },
};

/** Times the dates stage over the first `limit` articles of the ANT multi-source corpus (MB = 10^6 bytes). */
export async function benchDates(limit = 2000) {
  const path = resolve(sharedDir(), "data/news/ant-multisource.jsonl");
  const articles: ArticleInput[] = [];
  for (const line of readFileSync(path, "utf8").split("\n", limit + 1)) {
    if (!line.trim() || articles.length >= limit) continue;
    const a = JSON.parse(line) as { text?: string; docno?: string };
    if (a.text) articles.push({ id: a.docno, text: a.text, published: "2018-05-10" });
  }
  const run = await bench.setup();
  const docs = articles.map((a) => run.prepare(a));
  for (const doc of docs.slice(0, 50)) run.run(doc); // warm up the JIT
  let bytes = 0;
  for (const a of articles) bytes += Buffer.byteLength(a.text);
  let times = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const doc of docs) times += run.run(doc).times?.length ?? 0;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    stage: "dates",
    articles: articles.length,
    times,
    mb: bytes / 1e6,
    mb_per_s: bytes / 1e6 / (ms / 1000),
    // MB per second of this process's CPU time: fair when other jobs share the cores.
    mb_per_cpu_s: bytes / 1e6 / ((used.user + used.system) / 1e6),
    peak_rss_mb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { limit: { type: "string" } } });
  console.log(JSON.stringify(await benchDates(values.limit ? Number(values.limit) : undefined)));
}
