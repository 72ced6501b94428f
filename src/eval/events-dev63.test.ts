import { EVENTS_DEV63_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-third batch is written blind in session 23 as a held-out yardstick (with the sixtieth to the sixty-
// second): nobody runs the extractor on it or tunes on it until the lead's blind score (totals only). It must be new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the sixty-third event batch (blind)", EVENTS_DEV63_DIR, {
  minArticles: 65,
  minWithoutScoredEvent: 24,
  twoLetterKeysAreStates: true,
});
