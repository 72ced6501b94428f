import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { sharedDir } from "../paths.ts";
import { loadGold } from "./events-io.ts";
import { EVENTS_DEV_DIR, EVENTS_DEV2_DIR, EVENTS_GOLD_DIR } from "./events-set.ts";
import {
  expectIdealPredictionsScoreOne,
  expectNoSharedArticle,
  expectNoSharedStory,
  expectSentenceIndicesExist,
  expectWellFormedKeys,
} from "./key-set-checks.ts";

// The second dev batch must be new material: no article (by ANT docno or text) and no story (the same incident told
// by another outlet or on another day) that the first dev batch, the test set or the seed already has.

const dev2 = loadGold(EVENTS_DEV2_DIR);
const others = [...loadGold(EVENTS_DEV_DIR), ...loadGold(EVENTS_GOLD_DIR)];
const seedText = readFileSync(join(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");

describe("the second event dev batch", () => {
  it("holds well-formed keys, each with its article, its ANT provenance and the matching rules", () => {
    // Hard negatives at article level: articles whose events are all background, framing or non-events.
    expectWellFormedKeys(dev2, 40, 3);
  });

  it("shares no article with the first dev batch, the test set or the seed", () => {
    expectNoSharedArticle(dev2, others, [seedText]);
  });

  it("tells no story that the first dev batch, the test set, the seed or another article of the batch tells", () => {
    expectNoSharedStory(dev2, others, [{ id: "seed", day: "2014-08-02", text: seedText }]);
  });

  it("gives sentence indices that exist under the project's sentence splitter", () => {
    expectSentenceIndicesExist(dev2);
  });

  it("is internally consistent: the ideal prediction of every key scores 1.0 on events and fields", () => {
    expectIdealPredictionsScoreOne(dev2);
  });
});
