import { EVENTS_DEV38_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-eighth batch was written blind in session 17 as a held-out yardstick (with the thirty-ninth): nobody but
// the lead runs the extractor on it or reads its scores, so no score here. It must be new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other set,
// the seed or the bundled sample has.

describeBlindBatch("the thirty-eighth event batch (blind)", EVENTS_DEV38_DIR, {
  minArticles: 84,
  minWithoutScoredEvent: 11,
});
