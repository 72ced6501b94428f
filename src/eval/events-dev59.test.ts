import { EVENTS_DEV59_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-ninth batch, written blind in session 22 as a held-out yardstick (with the fifty-sixth to the
// fifty-eighth): nobody but the lead runs the extractor on it or reads its scores, and it has no floor. It must stay new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day)
// that any other set, the seed or the bundled sample has.

describeBlindBatch("the fifty-ninth event batch (blind)", EVENTS_DEV59_DIR, {
  minArticles: 78,
  minWithoutScoredEvent: 25,
  twoLetterKeysAreStates: true,
});
