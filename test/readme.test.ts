import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { currentBlock, exampleBlock, exampleOutput, readmePath } from "../scripts/readme-example.ts";

describe("README", () => {
  it("shows the example's real output from the current code (else run `npm run readme:example`)", async () => {
    const readme = readFileSync(readmePath, "utf8");
    expect(currentBlock(readme)).toBe(exampleBlock(await exampleOutput()));
  });

  it("has the two Quick start commands and the sections other parts slot into", () => {
    const readme = readFileSync(readmePath, "utf8");
    expect(readme).toMatch(/## Quick start[\s\S]*```sh\nnpm install && npm start\nnpm test\n```/);
    for (const heading of [
      "CLI reference",
      "Arabic text core",
      "Named entities",
      "Places and actors",
      "Dates",
      "Events",
      "Store, ingestion, search and API",
      "Benchmarks",
      "Data and licences",
    ]) {
      expect(readme).toContain(`\n## ${heading}\n`);
    }
  });

  it("is what .ci/run runs: npm ci, then exactly the README's test command", () => {
    const ci = readFileSync(new URL("../.ci/run", import.meta.url), "utf8");
    expect(ci).toMatch(/set -euo pipefail/);
    expect(ci.trimEnd().split("\n").slice(-2)).toEqual(["npm ci --no-audit --no-fund", "npm test"]);
  });
});
