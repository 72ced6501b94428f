import { EVENTS_DEV75_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The seventy-fifth batch was written blind in session 26 as a held-out yardstick (with the seventy-second to the
// seventy-fourth): nobody but the lead runs the extractor on it or reads its scores. It must stay new material: no
// article (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that any
// other set, the seed or the bundled sample has.

describeBlindBatch("the seventy-fifth event batch (blind)", EVENTS_DEV75_DIR, {
  minArticles: 45,
  minWithoutScoredEvent: 18,
  twoLetterKeysAreStates: true,
});
