import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSamples, SEED } from "../scripts/samples.ts";
import { repoRoot, sharedDir } from "../src/paths.ts";

describe("the bundled samples", () => {
  it("are exactly what `npm run samples` makes from ../shared (deterministic, nothing edited by hand)", async () => {
    const built = await buildSamples(sharedDir());
    expect(built).toBe(readFileSync(resolve(repoRoot, "samples/articles.jsonl"), "utf8"));
    expect(readFileSync(resolve(repoRoot, "samples/libya-2014-08-02.ar.txt"), "utf8")).toBe(
      readFileSync(join(sharedDir(), SEED.file), "utf8"),
    );
  }, 120_000);

  it("hold the seed first and 299 news articles, mostly middleEast and internationalNews, all dated", () => {
    const records = readFileSync(resolve(repoRoot, "samples/articles.jsonl"), "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(300);
    expect(records[0]).toMatchObject({ id: "libya-2014-08-02", published: "2014-08-02" });
    const conflict = records.filter((r) => r.category === "middleEast" || r.category === "internationalNews");
    expect(conflict.length).toBe(210);
    expect(new Set(records.map((r) => r.source)).size).toBeGreaterThanOrEqual(5);
    for (const r of records) expect(r.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Set(records.map((r) => r.id)).size).toBe(300);
  });
});
