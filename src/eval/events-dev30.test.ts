import { EVENTS_DEV30_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirtieth batch was written blind in session 13 as a held-out yardstick (with the thirty-first) and scored blind
// (totals only) at session 13's start and end and at session 14's start (F1 0.379, 0.385, 0.385); dev data since (its floor is
// in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the thirtieth event dev batch", EVENTS_DEV30_DIR, {
  minArticles: 87,
  minWithoutScoredEvent: 16,
});
