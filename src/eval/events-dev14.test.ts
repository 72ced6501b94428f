import { EVENTS_DEV14_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fourteenth dev batch, written blind in session 7 as extra dev data, must be new material: no article (by ANT
// docno or text) and no story (the same incident told by another outlet or on another day) that the other dev
// batches (the blind tenth included), the test set, the seed or the bundled sample already has. No score here: the
// lead takes its first score.

describeBlindBatch("the fourteenth event dev batch", EVENTS_DEV14_DIR, {
  minArticles: 70,
  minWithoutScoredEvent: 10,
});
