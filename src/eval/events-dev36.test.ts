import { EVENTS_DEV36_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-sixth batch was written blind in session 16 as a held-out yardstick (with the thirty-seventh) and scored
// blind (totals only) at session 16's start and end and at session 17's start (F1 0.402, 0.402, 0.402); dev data since (its
// floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no
// story (the same incident told by another outlet or on another day) that any other set, the seed or the bundled
// sample has.

describeBlindBatch("the thirty-sixth event dev batch", EVENTS_DEV36_DIR, {
  minArticles: 80,
  minWithoutScoredEvent: 14,
});
