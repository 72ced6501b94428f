import { EVENTS_DEV26_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-sixth batch was written blind in session 11 as a held-out yardstick (with the twenty-seventh) and scored
// blind (totals only) at session 11's start and end and at session 12's start (F1 0.457, 0.457, 0.457); dev data since (its floor
// is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the twenty-sixth event dev batch", EVENTS_DEV26_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 12,
});
