import { EVENTS_DEV55_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-fifth batch was written blind in session 21 as a held-out yardstick (with the fifty-second to the
// fifty-fourth, written by other annotators in other date windows). Nobody but the lead runs the extractor on it or
// reads its scores; it is not a training batch and has no floor. It must stay new material: no article (by ANT docno
// or text) and no story (the same incident told by another outlet or on another day) that any other set, the seed or
// the bundled sample has.

describeBlindBatch("the fifty-fifth event batch (blind)", EVENTS_DEV55_DIR, {
  minArticles: 84,
  minWithoutScoredEvent: 22,
  twoLetterKeysAreStates: true,
});
