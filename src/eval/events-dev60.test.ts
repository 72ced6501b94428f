import { EVENTS_DEV60_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixtieth batch is written blind in session 23 as a held-out yardstick (with the sixty-first to the sixty-
// third): nobody runs the extractor on it or tunes on it until the lead's blind score (totals only). It must be new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the sixtieth event batch (blind)", EVENTS_DEV60_DIR, {
  minArticles: 60,
  minWithoutScoredEvent: 24,
  twoLetterKeysAreStates: true,
});
