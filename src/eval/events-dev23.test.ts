import { EVENTS_DEV23_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-third dev batch, written blind in session 9 as new dev data, must be new material: no article (by ANT
// docno or text) and no story (the same incident told by another outlet or on another day) that the other dev batches
// (the blind twenty-first and twenty-second included, written at the same time on other date windows), the test set,
// the seed or the bundled sample already has. No score here: the lead takes its first score.

describeBlindBatch("the twenty-third event dev batch", EVENTS_DEV23_DIR, {
  minArticles: 72,
  minWithoutScoredEvent: 9,
});
