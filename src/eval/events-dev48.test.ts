import { EVENTS_DEV48_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-eighth batch was written blind in session 20 as a held-out yardstick (with the forty-ninth to the
// fifty-first, by other annotators in other date windows). Nobody but the lead runs the extractor on it or reads its
// scores. It must stay new material: no article (by ANT docno or text) and no story (the same incident told by
// another outlet or on another day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the forty-eighth event batch (blind)", EVENTS_DEV48_DIR, {
  minArticles: 86,
  minWithoutScoredEvent: 15,
  twoLetterKeysAreStates: true,
});
