import { EVENTS_DEV24_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-fourth batch was written blind in session 10 as a held-out yardstick (with the twenty-fifth) and scored
// blind (totals only) at session 10's start and end and at session 11's start (F1 0.479, 0.491, 0.491); dev data since (its
// floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no
// story (the same incident told by another outlet or on another day) that any other set, the seed or the bundled
// sample has.

describeBlindBatch("the twenty-fourth event dev batch", EVENTS_DEV24_DIR, {
  minArticles: 87,
  minWithoutScoredEvent: 13,
});
