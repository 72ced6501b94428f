// `npm run bench`: throughput and peak memory of every stage in bench/stages/, each measured in its own process
// so that one stage's memory does not count against another. Options: --limit N (articles, default 5000),
// --stage NAME[,NAME] (only these), --file PATH (a JSONL corpus; default the ANT multi-source corpus), --json.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadArticles } from "../src/ingest/corpus.ts";
import { repoRoot, sharedDir } from "../src/paths.ts";
import type { BenchStage } from "./stage.ts";

const stagesDir = resolve(repoRoot, "bench/stages");
const DEFAULT_LIMIT = 2000;
const WARMUP = 50;

interface Result {
  name: string;
  file: string;
  articles: number;
  bytes: number;
  ms: number;
  /** CPU time of the process over the timed runs: fair when other jobs share the cores (wall time is not). */
  cpuMs: number;
  setupMs: number;
  rssAfterSetupMB: number;
  peakRssMB: number;
  goalMBps?: number;
}

async function loadStage(file: string): Promise<BenchStage> {
  const module = await import(join(stagesDir, file));
  if (!module.bench) throw new Error(`bench/stages/${file} exports no \`bench\``);
  return module.bench as BenchStage;
}

/** Runs in the child: times `run` for each article (prepare untimed), then prints one JSON result line. */
async function measure(file: string, corpus: string, limit: number): Promise<Result> {
  const stage = await loadStage(file);
  const articles = await loadArticles(corpus, limit);
  const setupStart = performance.now();
  const bench = await stage.setup();
  const setupMs = performance.now() - setupStart;
  const rssAfterSetupMB = process.memoryUsage().rss / 1e6;
  for (const article of articles.slice(0, WARMUP)) bench.run(bench.prepare(article));
  let ms = 0;
  let cpuUs = 0;
  let bytes = 0;
  for (const article of articles) {
    const input = bench.prepare(article);
    const cpu = process.cpuUsage();
    const start = performance.now();
    bench.run(input);
    ms += performance.now() - start;
    const used = process.cpuUsage(cpu);
    cpuUs += used.user + used.system;
    bytes += Buffer.byteLength(article.text);
  }
  return {
    name: stage.name,
    file,
    articles: articles.length,
    bytes,
    ms,
    cpuMs: cpuUs / 1000,
    setupMs,
    rssAfterSetupMB,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    goalMBps: stage.goalMBps,
  };
}

function table(results: (Result | { name: string; file: string; error: string })[]): string {
  const header = [
    "stage",
    "articles",
    "MB",
    "seconds",
    "MB/s",
    "MB/s CPU",
    "ms CPU/article",
    "articles/s",
    "setup s",
    "RSS setup MB",
    "peak RSS MB",
  ];
  const rows = results.map((r) => {
    if ("error" in r) return [r.name, `failed: ${r.error}`, "", "", "", "", "", "", "", "", ""];
    const mbps = r.bytes / 1e6 / (r.ms / 1000);
    const cpuMbps = r.bytes / 1e6 / (r.cpuMs / 1000);
    // the goals are one-core speeds: judged on CPU time, which other jobs on the machine do not inflate as much
    const goal = r.goalMBps ? ` ${cpuMbps >= r.goalMBps ? "✓" : "✗"} goal ≥ ${r.goalMBps}` : "";
    return [
      r.name,
      String(r.articles),
      (r.bytes / 1e6).toFixed(1),
      (r.ms / 1000).toFixed(2),
      mbps.toFixed(1),
      `${cpuMbps.toFixed(1)}${goal}`,
      (r.cpuMs / r.articles).toFixed(2),
      (r.articles / (r.ms / 1000)).toFixed(0),
      (r.setupMs / 1000).toFixed(2),
      r.rssAfterSetupMB.toFixed(0),
      r.peakRssMB.toFixed(0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      limit: { type: "string" },
      stage: { type: "string", multiple: true },
      file: { type: "string" },
      child: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    process.stderr.write(`bench: --limit must be a whole number of articles, got "${values.limit}"\n`);
    return 1;
  }
  const corpus = values.file ?? join(sharedDir(), "data/news/ant-multisource.jsonl");
  if (values.child) {
    process.stdout.write(`${JSON.stringify(await measure(values.child, corpus, limit))}\n`);
    return 0;
  }
  const files = readdirSync(stagesDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const stages = await Promise.all(files.map(async (file) => ({ file, stage: await loadStage(file) })));
  const wanted = values.stage?.flatMap((s) => s.split(",")).map((s) => s.trim());
  const chosen = stages
    .filter(
      ({ file, stage }) => !wanted || wanted.some((w) => stage.name.startsWith(w) || file === `${w}.ts`),
    )
    .sort((a, b) => a.stage.order - b.stage.order || a.stage.name.localeCompare(b.stage.name));
  if (chosen.length === 0) {
    process.stderr.write(
      `bench: no stage matches ${wanted?.join(", ")}; stages: ${stages.map((s) => s.stage.name).join(", ")}\n`,
    );
    return 1;
  }
  process.stderr.write(
    `bench: ${chosen.length} stages on up to ${limit} articles of ${corpus}, one process each\n`,
  );
  const results: (Result | { name: string; file: string; error: string })[] = [];
  for (const { file, stage } of chosen) {
    process.stderr.write(`bench: ${stage.name}…\n`);
    const child = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        resolve(repoRoot, "bench/run.ts"),
        "--child",
        file,
        "--limit",
        String(limit),
        "--file",
        corpus,
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const last = child.stdout.trimEnd().split("\n").pop() ?? "";
    if (child.status === 0 && last.startsWith("{")) results.push(JSON.parse(last));
    else {
      const reason =
        child.stderr
          .trim()
          .split("\n")
          .find((l) => /Error|error/.test(l)) ?? `exit ${child.status}`;
      results.push({ name: stage.name, file, error: reason.trim() });
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    process.stdout.write(`${table(results)}\n`);
    process.stdout.write(
      "MB = 10^6 bytes of UTF-8 article text; time is the stage's own work on one core (earlier stages run untimed);\n" +
        "MB/s is wall-clock, MB/s CPU and ms CPU/article are process CPU time (goals are judged on CPU time; it\n" +
        "includes V8's garbage-collector and compiler threads, so on an idle machine it can exceed the wall clock);\n" +
        "peak RSS is the whole process (Node, the loaded articles, models), measured in a process of its own.\n",
    );
  }
  return results.some((r) => "error" in r) ? 1 : 0;
}

process.exitCode = await main();
