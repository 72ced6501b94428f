import { EVENTS_DEV26_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-sixth batch is written blind in session 11 as a held-out yardstick (with the twenty-seventh): nobody but
// the lead runs the extractor on it or reads its scores, so no score here. It must be new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other set,
// the seed or the bundled sample has.

describeBlindBatch("the twenty-sixth event batch (blind)", EVENTS_DEV26_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 12,
});
