import { EVENTS_DEV37_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-seventh batch was written blind in session 16 as a held-out yardstick (with the thirty-sixth) and scored
// blind (totals only) at session 16's start and end and at session 17's start (F1 0.373, 0.375, 0.375); dev data since (its
// floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no
// story (the same incident told by another outlet or on another day) that any other set, the seed or the bundled
// sample has.

describeBlindBatch("the thirty-seventh event dev batch", EVENTS_DEV37_DIR, {
  minArticles: 84,
  minWithoutScoredEvent: 15,
});
