import { EVENTS_DEV63_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-third batch was written blind in session 23 as a held-out yardstick (with the sixtieth to the sixty-second)
// and scored blind (totals only, final keys) at session 23's start and end and at session 24's start (F1 0.299, 0.321,
// 0.321); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other set, the
// seed or the bundled sample has.

describeBlindBatch("the sixty-third event dev batch", EVENTS_DEV63_DIR, {
  minArticles: 65,
  minWithoutScoredEvent: 24,
  twoLetterKeysAreStates: true,
});
