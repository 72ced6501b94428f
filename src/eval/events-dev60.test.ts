import { EVENTS_DEV60_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixtieth batch was written blind in session 23 as a held-out yardstick (with the sixty-first to the sixty-third)
// and scored blind (totals only, final keys) at session 23's start and end and at session 24's start (F1 0.232, 0.232,
// 0.232); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other set, the
// seed or the bundled sample has.

describeBlindBatch("the sixtieth event dev batch", EVENTS_DEV60_DIR, {
  minArticles: 60,
  minWithoutScoredEvent: 24,
  twoLetterKeysAreStates: true,
});
