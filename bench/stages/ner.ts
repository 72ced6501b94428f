// The NER tagger's line in `npm run bench`, and a standalone measurement in tokens per second with model load
// time and memory: `node --import tsx bench/stages/ner.ts [--limit N]`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDoc } from "../../src/doc/doc.ts";
import type { ArticleInput, Doc } from "../../src/doc/types.ts";
import { createNerStage } from "../../src/ner/stage.ts";
import { loadTagger } from "../../src/ner/tagger.ts";
import { sharedDir } from "../../src/paths.ts";
import { textStage } from "../../src/text/stage.ts";

/** Shaped like bench/stage.ts's BenchStage (kept structural so this file stands alone). */
export const bench = {
  name: "ner",
  description: "named-entity tagging of tokenised articles (createNerStage; text stage untimed)",
  order: 30,
  // The goal is 50,000 tokens/s; news averages about 9.2 bytes of UTF-8 per token (see the standalone run).
  goalMBps: 0.46,
  async setup() {
    const stage = createNerStage();
    return {
      prepare: (article: ArticleInput): Doc => textStage.run(createDoc(article)),
      run: (doc: Doc): Doc => stage.run(doc),
    };
  },
};

export interface NerBenchResult {
  stage: string;
  articles: number;
  tokens: number;
  load_ms: number;
  load_cpu_ms: number;
  tokens_per_s: number;
  /** Tokens per second of this process's CPU time: fair when other jobs share the cores. */
  tokens_per_cpu_s: number;
  bytes_per_token: number;
  /** Resident memory with the model loaded, before the articles are read. */
  rss_after_load_mb: number;
  peak_rss_mb: number;
}

export async function benchNer(limit = 2000): Promise<NerBenchResult> {
  const loadCpu = process.cpuUsage();
  const loadStart = performance.now();
  const tagger = loadTagger();
  const loadMs = performance.now() - loadStart;
  const loadCpuUsed = process.cpuUsage(loadCpu);
  const rssAfterLoad = process.memoryUsage().rss / 1e6;
  const path = resolve(sharedDir(), "data/news/ant-multisource.jsonl");
  const articles: ArticleInput[] = [];
  for (const line of readFileSync(path, "utf8").split("\n", limit + 1)) {
    if (!line.trim() || articles.length >= limit) continue;
    const a = JSON.parse(line) as { text?: string; docno?: string };
    if (a.text) articles.push({ id: a.docno, text: a.text });
  }
  const stage = createNerStage(tagger);
  const docs = articles.map((a) => textStage.run(createDoc(a)));
  for (const doc of docs.slice(0, 50)) stage.run(doc); // warm up the JIT
  let tokens = 0;
  let bytes = 0;
  for (const doc of docs) {
    tokens += doc.tokens?.length ?? 0;
    bytes += Buffer.byteLength(doc.text);
  }
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const doc of docs) stage.run(doc);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    stage: "ner",
    articles: docs.length,
    tokens,
    load_ms: Math.round(loadMs),
    load_cpu_ms: Math.round((loadCpuUsed.user + loadCpuUsed.system) / 1000),
    tokens_per_s: Math.round(tokens / (ms / 1000)),
    tokens_per_cpu_s: Math.round(tokens / ((used.user + used.system) / 1e6)),
    bytes_per_token: Number((bytes / tokens).toFixed(1)),
    rss_after_load_mb: Math.round(rssAfterLoad),
    peak_rss_mb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { limit: { type: "string" } } });
  console.log(JSON.stringify(await benchNer(values.limit ? Number(values.limit) : undefined)));
}
