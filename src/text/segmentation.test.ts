import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { segmentWord } from "./clitics.ts";
import { defaultTextLexicon } from "./lexicon.ts";

const fixture = resolve(import.meta.dirname, "fixtures/segmentation-dev.tsv");

describe("segmentation on a hand-labelled sample of news words", () => {
  it("gets at least 97% of the words exactly right", () => {
    const lex = defaultTextLexicon();
    const rows = readFileSync(fixture, "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split("\t"));
    const wrong: string[] = [];
    for (const [word, gold] of rows) {
      const got = segmentWord(word, lex)
        .map((w) => w.parts.map((p) => word.slice(p.start, p.end)).join("+"))
        .join(" ");
      if (got !== gold) wrong.push(`${word}: ${got} (gold ${gold})`);
    }
    expect(rows.length).toBe(200);
    const accuracy = 1 - wrong.length / rows.length;
    expect(accuracy, wrong.join("; ")).toBeGreaterThanOrEqual(0.97);
  });
});
