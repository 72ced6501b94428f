import { EVENTS_DEV53_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-third batch was written blind in session 21 as a held-out yardstick (with the fifty-second, fifty-fourth
// and fifty-fifth) and scored blind (totals only, final keys) at session 21's start and end and at session 22's start
// (F1 0.337, 0.354, 0.354); dev data since (its floor is in events-dev-batches-score.test.ts). It must stay new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day)
// that any other set, the seed or the bundled sample has.

describeBlindBatch("the fifty-third event dev batch", EVENTS_DEV53_DIR, {
  minArticles: 86,
  minWithoutScoredEvent: 24,
  twoLetterKeysAreStates: true,
});
