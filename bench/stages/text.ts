// The text core's line in `npm run bench` (sentences, tokens, clitic parts, norms, keys, number values), and a
// standalone measurement: `node --import tsx bench/stages/text.ts [--limit N]`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDoc } from "../../src/doc/doc.ts";
import type { ArticleInput, Doc } from "../../src/doc/types.ts";
import { sharedDir } from "../../src/paths.ts";
import { defaultTextLexicon } from "../../src/text/lexicon.ts";
import { textStage } from "../../src/text/stage.ts";

/** Shaped like bench/stage.ts's BenchStage (kept structural so this file stands alone). */
export const bench = {
  name: "text",
  description: "sentences, tokens, clitic parts, norms, keys and number values (textStage)",
  order: 20,
  goalMBps: 20,
  async setup() {
    defaultTextLexicon();
    return {
      prepare: (article: ArticleInput): Doc => createDoc(article),
      run: (doc: Doc): Doc => textStage.run(doc),
    };
  },
};

export interface TextBenchResult {
  stage: string;
  articles: number;
  mb: number;
  mb_per_s: number;
  /** MB per second of this process's CPU time: fair when other jobs share the cores. */
  mb_per_cpu_s: number;
  articles_per_s: number;
  peak_rss_mb: number;
}

/** Times textStage over the first `limit` articles of the ANT multi-source corpus (MB = 10^6 bytes of UTF-8). */
export async function benchText(limit = 5000): Promise<TextBenchResult> {
  const path = resolve(sharedDir(), "data/news/ant-multisource.jsonl");
  const lines = readFileSync(path, "utf8").split("\n", limit + 1);
  const articles: ArticleInput[] = [];
  for (const line of lines) {
    if (!line.trim() || articles.length >= limit) continue;
    const a = JSON.parse(line) as { text?: string; docno?: string };
    if (a.text) articles.push({ id: a.docno, text: a.text });
  }
  const run = await bench.setup();
  for (const a of articles.slice(0, 50)) run.run(run.prepare(a)); // warm up the JIT
  // prepare (createDoc) is trivial, so the whole loop is timed at once: per-article timer calls would cost more
  // than some articles.
  const docs = articles.map((a) => run.prepare(a));
  let bytes = 0;
  for (const a of articles) bytes += Buffer.byteLength(a.text);
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const doc of docs) run.run(doc);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuUs = used.user + used.system;
  return {
    stage: "text",
    articles: articles.length,
    mb: bytes / 1e6,
    mb_per_s: bytes / 1e6 / (ms / 1000),
    mb_per_cpu_s: bytes / 1e6 / (cpuUs / 1e6),
    articles_per_s: articles.length / (ms / 1000),
    peak_rss_mb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { limit: { type: "string" } } });
  console.log(JSON.stringify(await benchText(values.limit ? Number(values.limit) : undefined)));
}
