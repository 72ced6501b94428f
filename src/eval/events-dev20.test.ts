import { EVENTS_DEV20_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The twentieth dev batch, written blind in session 8 as extra dev data (at the same time as the nineteenth, and as the
// blind seventeenth and eighteenth), must be new material: no article (by ANT docno or text) and no story (the same
// incident told by another outlet or on another day) that any other set of EVENT_KEY_SET_DIRS (the dev batches and the
// test set), the seed or the bundled sample already has. No score here: the lead takes its first score.

describeBlindBatch("the twentieth event dev batch", EVENTS_DEV20_DIR, {
  minArticles: 76,
  minWithoutScoredEvent: 9,
});
