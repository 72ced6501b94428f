import { EVENTS_DEV18_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The eighteenth dev batch was written blind in session 8 as a held-out yardstick (with the seventeenth) and scored
// blind (totals only) at session 8's start and end and at session 9's start (F1 0.361, 0.409, 0.409); dev data since (its floor
// is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story
// (the same incident told by another outlet or on another day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the eighteenth event dev batch", EVENTS_DEV18_DIR, {
  minArticles: 78,
  minWithoutScoredEvent: 11,
});
