import { describe, expect, it } from "vitest";
import { createTimeExtractor } from "./extract.ts";
import { loadTimeLexicon } from "./lexicon.ts";
import { loadLabelledTimes, scoreTimes } from "./score.ts";

// Hand-labelled expressions from ../shared/data/news (see test/fixtures/dates.md). The thresholds sit a little
// under the measured accuracy so that a regression fails the suite.
const extractor = createTimeExtractor(loadTimeLexicon());
const items = loadLabelledTimes();

describe("labelled news expressions (test/fixtures/dates.jsonl)", () => {
  it("has at least 150 expressions from every source", () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(new Set(items.map((i) => i.source)).size).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ["dev", 0.95],
    ["heldout", 0.9],
    ["blind", 0.9],
    ["blind2", 0.9],
  ] as const)("values right on the %s split", (split, threshold) => {
    const score = scoreTimes(
      extractor,
      items.filter((i) => i.split === split),
    );
    console.log(
      `dates ${split}: ${score.correct}/${score.total} values right (${(score.accuracy * 100).toFixed(1)}%), ` +
        `${score.found} expressions found`,
    );
    expect(score.accuracy).toBeGreaterThanOrEqual(threshold);
  });
});
