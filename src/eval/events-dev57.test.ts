import { EVENTS_DEV57_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-seventh batch was written blind in session 22 as a held-out yardstick (with the fifty-sixth, fifty-eighth
// and fifty-ninth) and scored blind (totals only, final keys) at session 22's start and end and at session 23's start
// (F1 0.352, 0.364, 0.364); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day)
// that any other set, the seed or the bundled sample has.

describeBlindBatch("the fifty-seventh event dev batch", EVENTS_DEV57_DIR, {
  minArticles: 84,
  minWithoutScoredEvent: 24,
  twoLetterKeysAreStates: true,
});
