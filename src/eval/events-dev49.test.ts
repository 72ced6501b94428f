import { EVENTS_DEV49_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-ninth batch is written blind in session 20 as a held-out yardstick (with the forty-eighth, fiftieth and
// fifty-first): nobody but the lead runs the extractor on it or reads its scores, and it is not training data. It must be
// new material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the forty-ninth event batch (blind)", EVENTS_DEV49_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 16,
  twoLetterKeysAreStates: true,
});
