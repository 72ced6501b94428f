import { EVENTS_DEV32_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-second batch was written blind in session 14 as a held-out yardstick (with the thirty-third) and scored
// blind (totals only) at session 14's start and end and at session 15's start (F1 0.398, 0.408, 0.408); dev data since (its floor
// is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the thirty-second event dev batch", EVENTS_DEV32_DIR, {
  minArticles: 86,
  minWithoutScoredEvent: 11,
});
