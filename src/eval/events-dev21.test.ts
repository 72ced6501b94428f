import { EVENTS_DEV21_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-first batch was written blind in session 9 as a held-out yardstick (with the twenty-second) and scored
// blind (totals only) at session 9's start and end and at session 10's start (F1 0.574, 0.568, 0.568); dev data since
// (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and
// no story (the same incident told by another outlet or on another day) that any other set, the seed or the bundled
// sample has.

describeBlindBatch("the twenty-first event dev batch", EVENTS_DEV21_DIR, {
  minArticles: 73,
  minWithoutScoredEvent: 11,
});
