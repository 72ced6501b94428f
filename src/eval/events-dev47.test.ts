import { EVENTS_DEV47_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-seventh batch was written blind in session 19 as a held-out yardstick (with the forty-fourth to the forty-sixth) and scored
// blind (totals only, final keys) at session 19's start and end and at session 20's start (F1 0.364, 0.359, 0.359); dev
// data since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or
// text) and no story (the same incident told by another outlet or on another day) that any other set, the seed or the
// bundled sample has.

describeBlindBatch("the forty-seventh event dev batch", EVENTS_DEV47_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 13,
  twoLetterKeysAreStates: true,
});
