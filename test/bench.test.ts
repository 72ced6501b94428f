import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { BenchStage } from "../bench/stage.ts";
import { loadArticles } from "../src/ingest/corpus.ts";
import { repoRoot, sharedDir } from "../src/paths.ts";

// Every file in bench/stages/ must be a working bench, so `npm run bench` never breaks unnoticed.
const stagesDir = resolve(repoRoot, "bench/stages");
const files = readdirSync(stagesDir).filter((f) => f.endsWith(".ts"));

describe("bench stages", () => {
  it("exist", () => {
    expect(files).toEqual(expect.arrayContaining(["ingest.ts", "analyse.ts", "output.ts"]));
  });

  it.each(files)("%s exports a bench that runs on real articles", async (file) => {
    const { bench } = (await import(join(stagesDir, file))) as { bench: BenchStage };
    expect(bench.name).toBeTruthy();
    expect(typeof bench.order).toBe("number");
    const run = await bench.setup();
    for (const article of await loadArticles(join(sharedDir(), "data/news/ant-multisource.jsonl"), 3)) {
      expect(run.run(run.prepare(article))).toBeDefined();
    }
  });
});
