import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, sharedDir } from "../paths.ts";
import { loadGold } from "./events-io.ts";
import {
  EVENTS_DEV_DIR,
  EVENTS_DEV2_DIR,
  EVENTS_DEV3_DIR,
  EVENTS_DEV4_DIR,
  EVENTS_GOLD_DIR,
} from "./events-set.ts";
import {
  docnoOf,
  expectIdealPredictionsScoreOne,
  expectNoSharedArticle,
  expectNoSharedStory,
  expectSentenceIndicesExist,
  expectWellFormedKeys,
} from "./key-set-checks.ts";

// The fourth dev batch, annotated blind, must be new material: no article (by ANT docno or text) and no story (the
// same incident told by another outlet or on another day) that the other dev batches, the test set, the seed or the
// bundled sample already has. No score here: the extractor is not run on this batch until the lead's blind score.

const dev4 = loadGold(EVENTS_DEV4_DIR);
const others = [
  ...loadGold(EVENTS_DEV_DIR),
  ...loadGold(EVENTS_DEV2_DIR),
  ...loadGold(EVENTS_DEV3_DIR),
  ...loadGold(EVENTS_GOLD_DIR),
];
const seedText = readFileSync(join(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");
const sampleIds = readFileSync(join(repoRoot, "samples/articles.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { id?: string }).id);

describe("the fourth event dev batch", () => {
  it("holds well-formed keys, each with its article, its ANT provenance and the matching rules", () => {
    // Hard negatives at article level: articles whose events are all background, framing or non-events.
    expectWellFormedKeys(dev4, 66, 6);
  });

  it("shares no article with the other dev batches, the test set, the seed or the bundled sample", () => {
    expectNoSharedArticle(dev4, others, [seedText]);
    const samples = new Set(sampleIds);
    expect(dev4.filter((g) => samples.has(docnoOf(g))).map((g) => g.id)).toEqual([]);
  });

  it("tells no story that the other dev batches, the test set, the seed or another article of the batch tells", () => {
    expectNoSharedStory(dev4, others, [{ id: "seed", day: "2014-08-02", text: seedText }]);
  });

  it("gives sentence indices that exist under the project's sentence splitter", () => {
    expectSentenceIndicesExist(dev4);
  });

  it("is internally consistent: the ideal prediction of every key scores 1.0 on events and fields", () => {
    expectIdealPredictionsScoreOne(dev4);
  });
});
