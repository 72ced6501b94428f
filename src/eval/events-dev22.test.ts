import { EVENTS_DEV22_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-second event batch was written blind in session 9 as a held-out yardstick (with the twenty-first) and
// scored blind (totals only) at session 9's start and end and at session 10's start (F1 0.513, 0.513, 0.513); dev data
// since (its floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or
// text) and no story (the same incident told by another outlet or on another day) that any other set, the seed or the
// bundled sample has.

describeBlindBatch("the twenty-second event dev batch", EVENTS_DEV22_DIR, {
  minArticles: 72,
  minWithoutScoredEvent: 12,
});
