import { EVENTS_DEV41_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-first batch was written blind in session 18 as a held-out yardstick (with the fortieth) and scored blind
// (totals only, final keys) at session 18's start and end and at session 19's start (F1 0.252, 0.256, 0.256); dev data
// since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or
// text) and no story (the same incident told by another outlet or on another day) that any other set, the seed or the
// bundled sample has.

describeBlindBatch("the forty-first event dev batch", EVENTS_DEV41_DIR, {
  minArticles: 84,
  minWithoutScoredEvent: 16,
  twoLetterKeysAreStates: true,
});
