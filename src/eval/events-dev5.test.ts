import { EVENTS_DEV5_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifth dev batch, annotated blind for session 6's generalisation estimate, must be new material: no article (by
// ANT docno or text) and no story (the same incident told by another outlet or on another day) that the four other
// dev batches, the test set, the seed or the bundled sample already has. Its score floor is in
// events-dev-batches-score.test.ts, with the other dev batches annotated blind.

describeBlindBatch("the fifth event dev batch", EVENTS_DEV5_DIR, {
  minArticles: 67,
  minWithoutScoredEvent: 6,
});
