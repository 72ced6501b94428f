import {
  EVENTS_DEV_DIR,
  EVENTS_DEV2_DIR,
  EVENTS_DEV3_DIR,
  EVENTS_DEV4_DIR,
  EVENTS_DEV5_DIR,
  EVENTS_DEV6_DIR,
  EVENTS_DEV7_DIR,
  EVENTS_DEV8_DIR,
  EVENTS_DEV9_DIR,
  EVENTS_GOLD_DIR,
} from "./events-set.ts";
import { describeBlindBatch } from "./key-set-checks.ts";

// The eighth dev batch, written blind in session 6 as extra dev data (training and tuning from its landing), must be
// new material: no article (by ANT docno or text) and no story (the same incident told by another outlet or on
// another day) that the other dev batches (the blind sixth and seventh included, checked without opening them, and
// the ninth, annotated at the same time on Africa, Europe and the Americas), the test set, the seed or the bundled
// sample already has.

describeBlindBatch(
  "the eighth event dev batch",
  EVENTS_DEV8_DIR,
  [
    EVENTS_DEV_DIR,
    EVENTS_DEV2_DIR,
    EVENTS_DEV3_DIR,
    EVENTS_DEV4_DIR,
    EVENTS_DEV5_DIR,
    EVENTS_DEV6_DIR,
    EVENTS_DEV7_DIR,
    EVENTS_DEV9_DIR,
    EVENTS_GOLD_DIR,
  ],
  { minArticles: 68, minWithoutScoredEvent: 7 },
);
