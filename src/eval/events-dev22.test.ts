import { EVENTS_DEV22_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twenty-second event batch, written blind in session 9 as a held-out yardstick (with the twenty-first, written at
// the same time by another annotator), must be new material: no article (by ANT docno or text) and no story (the same
// incident told by another outlet or on another day) that any other set, the seed or the bundled sample has. No score
// here: nobody but the lead runs the extractor on it, and the lead scores it (totals only) at the session's end.

describeBlindBatch("the twenty-second event dev batch", EVENTS_DEV22_DIR, {
  minArticles: 72,
  minWithoutScoredEvent: 12,
});
