import { EVENTS_DEV67_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixty-seventh batch is written blind in session 25 as a held-out yardstick (with the sixty-eighth and the sixty-
// ninth): nobody runs the extractor on it or tunes on it until the lead's blind score (totals only). It must be new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the sixty-seventh event batch (blind)", EVENTS_DEV67_DIR, {
  minArticles: 51,
  minWithoutScoredEvent: 14,
  twoLetterKeysAreStates: true,
});
