import { EVENTS_DEV6_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixth dev batch, annotated blind in session 6 for the lead's generalisation estimate, must be new material: no
// article (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that the
// five earlier dev batches, the seventh (annotated at the same time from other regions), the test set, the seed or the
// bundled sample already has. No score here: the batch is blind, scored by the lead only (totals only).

describeBlindBatch("the sixth event dev batch", EVENTS_DEV6_DIR, {
  minArticles: 72,
  minWithoutScoredEvent: 7,
});
