import { EVENTS_DEV69_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-ninth batch was written blind in session 25 as a held-out yardstick (with the sixty-seventh and the
// sixty-eighth) and scored blind (totals only, final keys) at session 25's start and end and at session 26's start (F1
// 0.300, 0.300, 0.300); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new material:
// no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that any
// other set, the seed or the bundled sample has.

describeBlindBatch("the sixty-ninth event dev batch", EVENTS_DEV69_DIR, {
  minArticles: 54,
  minWithoutScoredEvent: 18,
  twoLetterKeysAreStates: true,
});
