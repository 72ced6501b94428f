import { EVENTS_DEV53_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifty-third batch was written blind in session 21 as a held-out yardstick (with the fifty-second, fifty-fourth
// and fifty-fifth, written at the same time by other annotators in other date windows). BLIND: nobody but the lead
// runs the extractor on it or reads its scores; it is not in TRAINING_BATCHES and has no floor. It must stay new
// material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on another
// day) that any other set, the seed or the bundled sample has.

describeBlindBatch("the fifty-third event batch (blind)", EVENTS_DEV53_DIR, {
  minArticles: 86,
  minWithoutScoredEvent: 24,
  twoLetterKeysAreStates: true,
});
