import { EVENTS_DEV43_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-third batch is written blind in session 18 as a held-out yardstick (with the forty-second, written at the
// same time by another annotator in another date window): nobody but the lead runs the extractor on it, and there is no
// score floor while it is blind. It must be new material: no article (by ANT docno or text) and no story (the same
// incident told by another outlet or on another day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the forty-third event batch (blind)", EVENTS_DEV43_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 17,
  twoLetterKeysAreStates: true,
});
