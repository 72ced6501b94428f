import { EVENTS_DEV19_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The nineteenth dev batch, written blind in session 8 as new dev data, must be new material: no article (by ANT docno
// or text) and no story (the same incident told by another outlet or on another day) that the other dev batches (the
// blind seventeenth and eighteenth included, and the twentieth, written at the same time on other date windows), the
// test set, the seed or the bundled sample already has. No score here: the lead takes its first score.

describeBlindBatch("the nineteenth event dev batch", EVENTS_DEV19_DIR, {
  minArticles: 74,
  minWithoutScoredEvent: 8,
});
