import { EVENTS_DEV48_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-eighth batch was written blind in session 20 as a held-out yardstick (with the forty-ninth to the
// fifty-first) and scored blind (totals only, final keys) at session 20's start and end and at session 21's start (F1
// 0.391, 0.434, 0.434); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new material:
// no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that any
// other set, the seed or the bundled sample has.

describeBlindBatch("the forty-eighth event dev batch", EVENTS_DEV48_DIR, {
  minArticles: 86,
  minWithoutScoredEvent: 15,
  twoLetterKeysAreStates: true,
});
