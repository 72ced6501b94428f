import { EVENTS_DEV51_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-first batch is written blind in session 20 as a held-out yardstick (with the forty-eighth to the
// fiftieth, written by other annotators in other date windows): nobody but the lead runs the extractor on it or
// reads its scores while it is blind, and it is neither training data nor given a floor. It must stay new material:
// no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that any
// other set, the seed or the bundled sample has.

describeBlindBatch("the fifty-first event batch (blind)", EVENTS_DEV51_DIR, {
  minArticles: 86,
  minWithoutScoredEvent: 16,
  twoLetterKeysAreStates: true,
});
