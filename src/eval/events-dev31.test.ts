import { EVENTS_DEV31_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The thirty-first batch was written blind in session 13 as a held-out yardstick (with the thirtieth) and scored blind
// (totals only) at session 13's start and end and at session 14's start (F1 0.296, 0.308, 0.308); dev data since (its floor is
// in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample
// has.

describeBlindBatch("the thirty-first event dev batch", EVENTS_DEV31_DIR, {
  minArticles: 84,
  minWithoutScoredEvent: 12,
});
