import { EVENTS_DEV15_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The fifteenth dev batch, written blind in session 7 as extra dev data (July to October 2018 and Jawhara FM up to
// 2015, every region), must be new material: no article (by ANT docno or text) and no story (the same incident told
// by another outlet or on another day) that any other set of EVENT_KEY_SET_DIRS, the seed or the bundled sample
// already has. No score here: the lead takes its first score.

describeBlindBatch("the fifteenth event dev batch", EVENTS_DEV15_DIR, {
  minArticles: 68,
  minWithoutScoredEvent: 9,
});
