import { EVENTS_DEV11_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The eleventh dev batch, written blind in session 7 as extra dev data (articles published up to March 2018, Jawhara
// FM 2016), must be new material: no article (by ANT docno or text) and no story (the same incident told by another
// outlet or on another day) that any other set of EVENT_KEY_SET_DIRS, the seed or the bundled sample already has.
// No score here: the lead takes its first score.

describeBlindBatch("the eleventh event dev batch", EVENTS_DEV11_DIR, {
  minArticles: 73,
  minWithoutScoredEvent: 8,
});
