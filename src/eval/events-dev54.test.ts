import { EVENTS_DEV54_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-fourth batch is written blind in session 21 as a held-out yardstick (with the fifty-second, fifty-third and
// fifty-fifth, written by other annotators in other date windows): nobody but the lead runs the extractor on it or
// reads its scores. It must be new material: no article (by ANT docno or text) and no story (the same incident told by
// another outlet or on another day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the fifty-fourth event batch (blind)", EVENTS_DEV54_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 25,
  twoLetterKeysAreStates: true,
});
