import { EVENTS_DEV25_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-fifth batch was written blind in session 10 as a held-out yardstick (with the twenty-fourth) and scored
// blind (totals only) at session 10's start and end and at session 11's start (F1 0.438, 0.423, 0.423); dev data since (its
// floor is in events-dev-batches-score.test.ts). It must stay new material: no article (by ANT docno or text) and no
// story (the same incident told by another outlet or on another day) that any other set, the seed or the bundled
// sample has.

describeBlindBatch("the twenty-fifth event dev batch", EVENTS_DEV25_DIR, {
  minArticles: 79,
  minWithoutScoredEvent: 12,
});
