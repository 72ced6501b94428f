import { EVENTS_DEV40_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fortieth batch was written blind in session 18 as a held-out yardstick (with the forty-first) and scored blind
// (totals only, final keys) at session 18's start and end and at session 19's start (F1 0.463, 0.461, 0.461); dev data
// since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or
// text) and no story (the same incident told by another outlet or on another day) that any other set, the seed or the
// bundled sample has.

describeBlindBatch("the fortieth event dev batch", EVENTS_DEV40_DIR, {
  minArticles: 86,
  minWithoutScoredEvent: 15,
  twoLetterKeysAreStates: true,
});
