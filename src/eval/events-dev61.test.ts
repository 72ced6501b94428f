import { EVENTS_DEV61_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-first batch is written blind in session 23 as a held-out yardstick (with the sixtieth, sixty-second and
// sixty-third): nobody runs the extractor on it or tunes on it until the lead's blind score (totals only). It must be
// new material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the sixty-first event batch (blind)", EVENTS_DEV61_DIR, {
  minArticles: 64,
  minWithoutScoredEvent: 35,
  twoLetterKeysAreStates: true,
});
