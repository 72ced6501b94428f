import { EVENTS_DEV35_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-fifth batch was written blind in session 15 as a held-out yardstick (with the thirty-fourth) and scored
// blind (totals only) at session 15's start and end and at session 16's start (F1 0.524, 0.535, 0.535); dev data since (its floor
// is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the thirty-fifth event dev batch", EVENTS_DEV35_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 12,
});
