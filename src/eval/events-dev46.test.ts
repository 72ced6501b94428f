import { EVENTS_DEV46_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-sixth batch is written blind in session 19 as a held-out yardstick (with the forty-fourth, forty-fifth and
// forty-seventh): nobody but the lead runs the extractor on it or reads its scores, and it is not a training batch and
// has no score floor while it is blind. It must be new material: no article (by ANT docno or text) and no story (the
// same incident told by another outlet or on another day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the forty-sixth event batch (blind)", EVENTS_DEV46_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 18,
  twoLetterKeysAreStates: true,
});
