import { EVENTS_DEV28_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-eighth batch was written blind in session 12 as a held-out yardstick (with the twenty-ninth) and scored
// blind (totals only) at session 12's start and end and at session 13's start (F1 0.371, 0.371, 0.371); dev data since (its floor
// is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the twenty-eighth event dev batch", EVENTS_DEV28_DIR, {
  minArticles: 80,
  minWithoutScoredEvent: 15,
});
