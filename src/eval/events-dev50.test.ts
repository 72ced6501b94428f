import { EVENTS_DEV50_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fiftieth batch is written blind in session 20 as a held-out yardstick (with the forty-eighth, forty-ninth and
// fifty-first, written at the same time by other annotators in other date windows). Nobody but the lead runs the
// extractor on it or reads its scores; it is not a training batch and has no score floor. It must stay new material:
// no article (by ANT docno or text) and no story (the same incident told by another outlet or on another day) that
// any other set, the seed or the bundled sample has.

describeBlindBatch("the fiftieth event batch (blind)", EVENTS_DEV50_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 16,
  twoLetterKeysAreStates: true,
});
