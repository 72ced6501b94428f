import { EVENTS_DEV56_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-sixth batch is written blind in session 22 as a held-out yardstick (with the fifty-seventh to the fifty-
// ninth): nobody runs the extractor on it or tunes on it until the lead's blind score (totals only). It must be new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the fifty-sixth event batch (blind)", EVENTS_DEV56_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 27,
  twoLetterKeysAreStates: true,
});
