import { EVENTS_DEV4_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fourth dev batch, annotated blind, must be new material: no article (by ANT docno or text) and no story (the
// same incident told by another outlet or on another day) that the other dev batches, the test set, the seed or the
// bundled sample already has. Its score floor is in events-dev-batches-score.test.ts.

describeBlindBatch("the fourth event dev batch", EVENTS_DEV4_DIR, {
  minArticles: 66,
  minWithoutScoredEvent: 6,
});
