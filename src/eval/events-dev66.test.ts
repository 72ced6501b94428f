import { EVENTS_DEV66_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-sixth batch was written blind in session 24 as a held-out yardstick (with the sixty-fourth and the sixty-fifth)
// and scored blind (totals only, final keys) at session 24's start and end and at session 25's start (F1 0.439, 0.435,
// 0.435); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that any other set, the
// seed or the bundled sample has.

describeBlindBatch("the sixty-sixth event dev batch", EVENTS_DEV66_DIR, {
  minArticles: 56,
  minWithoutScoredEvent: 16,
  twoLetterKeysAreStates: true,
});
