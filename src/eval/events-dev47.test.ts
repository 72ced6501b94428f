import { EVENTS_DEV47_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-seventh batch is written BLIND in session 19 as a held-out yardstick (with events-dev44 to events-dev46,
// other annotators, other date windows): nobody but the lead runs the extractor on it or reads its scores, and it is
// neither a training batch nor given a score floor. It must stay new material: no article (by ANT docno or text) and
// no story (the same incident told by another outlet or on another day) that any other set, the seed or the bundled
// sample has.

describeBlindBatch("the forty-seventh event batch (blind)", EVENTS_DEV47_DIR, {
  minArticles: 85,
  minWithoutScoredEvent: 13,
  twoLetterKeysAreStates: true,
});
