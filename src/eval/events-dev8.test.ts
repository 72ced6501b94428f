import { EVENTS_DEV8_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The eighth dev batch, written blind in session 6 as extra dev data (training and tuning from its landing), must be
// new material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on
// another day) that the other dev batches (the blind sixth and seventh included, checked without opening them, and
// the ninth, annotated at the same time on Africa, Europe and the Americas), the test set, the seed or the bundled
// sample already has.

describeBlindBatch("the eighth event dev batch", EVENTS_DEV8_DIR, {
  minArticles: 68,
  minWithoutScoredEvent: 7,
});
