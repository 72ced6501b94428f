import { EVENTS_DEV7_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The seventh dev batch, annotated blind in session 6 for the next session's generalisation estimate, must be new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that the other dev batches (the sixth, annotated at the same time on another part of the world, included), the test set, the seed or the bundled sample already has. No score here: the
// extractor is not run on this batch until the lead's blind score.

describeBlindBatch("the seventh event dev batch", EVENTS_DEV7_DIR, {
  minArticles: 71,
  minWithoutScoredEvent: 7,
});
