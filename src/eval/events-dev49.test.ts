import { EVENTS_DEV49_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-ninth batch was written blind in session 20 as a held-out yardstick (with the forty-eighth, fiftieth and
// fifty-first) and scored blind (totals only, final keys) at session 20's start and end and at session 21's start (F1
// 0.298, 0.333, 0.333); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new material:
// no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that any
// other set, the seed or the bundled sample has.

describeBlindBatch("the forty-ninth event dev batch", EVENTS_DEV49_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 16,
  twoLetterKeysAreStates: true,
});
