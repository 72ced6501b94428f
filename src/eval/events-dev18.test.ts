import { EVENTS_DEV18_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The eighteenth dev batch, written blind in session 8, is one of the session's two held-out yardsticks (with the
// seventeenth, written at the same time): nobody but the lead runs the extractor on it or reads its scores (totals
// only, at the session's end). It must be new material: no article (by ANT docno or text) and no story (the same
// incident told by another outlet or on another day) that any other set (the dev batches, including those written at
// the same time, and the test set), the seed or the bundled sample already has. No score here.

describeBlindBatch("the eighteenth event dev batch (blind)", EVENTS_DEV18_DIR, {
  minArticles: 78,
  minWithoutScoredEvent: 11,
});
