import { describe, it } from "vitest";
import { loadGold } from "./events-io.ts";
import { EVENTS_DEV_DIR, EVENTS_GOLD_DIR } from "./events-set.ts";
import {
  expectIdealPredictionsScoreOne,
  expectNoSharedArticle,
  expectSentenceIndicesExist,
  expectWellFormedKeys,
} from "./key-set-checks.ts";

const dev = loadGold(EVENTS_DEV_DIR);
const test = loadGold(EVENTS_GOLD_DIR);

describe("the event dev set", () => {
  it("holds well-formed keys, each with its article, its ANT provenance and the matching rules", () => {
    expectWellFormedKeys(dev, 40, 2);
  });

  it("shares no article with the test set", () => {
    expectNoSharedArticle(dev, test);
  });

  it("gives sentence indices that exist under the project's sentence splitter", () => {
    expectSentenceIndicesExist(dev);
  });

  it("is internally consistent: the ideal prediction of every key scores 1.0 on events and fields", () => {
    expectIdealPredictionsScoreOne(dev);
  });
});
