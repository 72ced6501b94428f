import { EVENTS_DEV64_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-fourth batch is written blind in session 24 as a held-out yardstick (with the sixty-fifth and the sixty-
// sixth): nobody runs the extractor on it or tunes on it until the lead's blind score (totals only). It must be new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the sixty-fourth event batch (blind)", EVENTS_DEV64_DIR, {
  minArticles: 57,
  minWithoutScoredEvent: 17,
  twoLetterKeysAreStates: true,
});
