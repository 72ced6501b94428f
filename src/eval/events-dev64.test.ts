import { EVENTS_DEV64_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-fourth batch was written blind in session 24 as a held-out yardstick (with the sixty-fifth and the sixty-sixth)
// and scored blind (totals only, final keys) at session 24's start and end and at session 25's start (F1 0.492, 0.492,
// 0.492); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other set, the
// seed or the bundled sample has.

describeBlindBatch("the sixty-fourth event dev batch", EVENTS_DEV64_DIR, {
  minArticles: 57,
  minWithoutScoredEvent: 17,
  twoLetterKeysAreStates: true,
});
