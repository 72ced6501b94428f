import { EVENTS_DEV73_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The seventy-third batch was written blind in session 26 as a held-out yardstick (with the seventy-second, the
// seventy-fourth and the seventy-fifth): nobody but the lead runs the extractor on it or reads its scores. It must stay
// new material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the seventy-third event batch (blind)", EVENTS_DEV73_DIR, {
  minArticles: 50,
  minWithoutScoredEvent: 19,
  twoLetterKeysAreStates: true,
});
