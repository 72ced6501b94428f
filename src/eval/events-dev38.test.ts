import { EVENTS_DEV38_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-eighth batch was written blind in session 17 as a held-out yardstick (with the thirty-ninth) and scored blind
// (totals only) at session 17's start and end and at session 18's start (F1 0.440, 0.440, 0.440); dev data since (its floor is
// in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the thirty-eighth event dev batch", EVENTS_DEV38_DIR, {
  minArticles: 84,
  minWithoutScoredEvent: 11,
  twoLetterKeysAreStates: true,
});
