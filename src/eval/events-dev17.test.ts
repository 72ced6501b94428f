import { EVENTS_DEV17_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The seventeenth dev batch was written blind in session 8 as a held-out yardstick (with the eighteenth) and scored
// blind (totals only) at session 8's start and end and at session 9's start (F1 0.438, 0.512, 0.512); dev data since (its floor
// is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the seventeenth event dev batch", EVENTS_DEV17_DIR, {
  minArticles: 76,
  minWithoutScoredEvent: 9,
});
