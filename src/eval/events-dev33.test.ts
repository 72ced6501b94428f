import { EVENTS_DEV33_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-third batch was written blind in session 14 as a held-out yardstick (with the thirty-second) and scored
// blind (totals only) at session 14's start and end and at session 15's start (F1 0.486, 0.491, 0.491); dev data since (its floor
// is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the thirty-third event dev batch", EVENTS_DEV33_DIR, {
  minArticles: 82,
  minWithoutScoredEvent: 13,
});
