import { EVENTS_DEV36_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-sixth batch was written blind in session 16 as a held-out yardstick (with the thirty-seventh): nobody
// but the lead runs the extractor on it or reads its scores, so no score here. It must be new material: no article
// (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other
// set, the seed or the bundled sample has.

describeBlindBatch("the thirty-sixth event batch (blind)", EVENTS_DEV36_DIR, {
  minArticles: 80,
  minWithoutScoredEvent: 14,
});
