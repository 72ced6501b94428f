import { EVENTS_DEV45_DIR } from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The forty-fifth batch is BLIND (see its README): written in session 19 as a held-out yardstick, at the same time as
// events-dev44, events-dev46 and events-dev47 (other annotators, other date windows). The extractor is not run on it
// here; only the lead scores it, totals only. It must stay new material: no article (by ANT docno or text) and no
// story (the same incident told by another outlet or on another day) that any other set, the seed or the bundled
// sample has.

describeBlindBatch("the forty-fifth event batch (blind)", EVENTS_DEV45_DIR, {
  minArticles: 89,
  minWithoutScoredEvent: 17,
  twoLetterKeysAreStates: true,
});
