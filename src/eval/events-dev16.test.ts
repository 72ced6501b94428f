import { EVENTS_DEV16_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The sixteenth dev batch was written blind in session 7 as a held-out yardstick and scored blind (totals only) at
// session 7's start and end and at session 8's start (F1 0.358, 0.388, 0.388); dev data since (its floor is in
// events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no story (the
// same incident told by another outlet or on another day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the sixteenth event dev batch", EVENTS_DEV16_DIR, {
  minArticles: 63,
  minWithoutScoredEvent: 9,
});
