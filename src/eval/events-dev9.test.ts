import { EVENTS_DEV9_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The ninth dev batch, written blind in session 6 as extra dev data, must be new material: no article (by ANT docno
// or text) and no story (the same incident told by another outlet or on another day) that the other dev batches (the
// blind sixth and seventh included, and the eighth, written at the same time on other regions), the test set, the
// seed or the bundled sample already has. No score here: the lead takes its first score.

describeBlindBatch("the ninth event dev batch", EVENTS_DEV9_DIR, {
  minArticles: 72,
  minWithoutScoredEvent: 7,
});
