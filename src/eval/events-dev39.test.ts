import { EVENTS_DEV39_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-ninth batch was written blind in session 17 as a held-out yardstick (with the thirty-eighth) and scored blind
// (totals only) at session 17's start and end and at session 18's start (F1 0.328, 0.329, 0.329); dev data since (its floor is
// in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the thirty-ninth event dev batch", EVENTS_DEV39_DIR, {
  minArticles: 87,
  minWithoutScoredEvent: 18,
  twoLetterKeysAreStates: true,
});
