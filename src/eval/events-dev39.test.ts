import { EVENTS_DEV39_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-ninth batch was written blind in session 17 as a held-out yardstick (with the thirty-eighth): nobody but
// the lead runs the extractor on it or reads its scores, so no score here. It must be new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other set,
// the seed or the bundled sample has.

describeBlindBatch("the thirty-ninth event batch (blind)", EVENTS_DEV39_DIR, {
  minArticles: 87,
  minWithoutScoredEvent: 18,
});
