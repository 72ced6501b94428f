import { describe, it } from "vitest";
import { loadGold } from "./events-io.ts";
import {
  EVENTS_DEV2_DIR,
  EVENTS_DEV2_MIN_F1,
  EVENTS_DEV3_DIR,
  EVENTS_DEV3_MIN_F1,
  EVENTS_DEV4_DIR,
  EVENTS_DEV4_MIN_F1,
  EVENTS_DEV5_DIR,
  EVENTS_DEV5_MIN_F1,
  EVENTS_DEV6_DIR,
  EVENTS_DEV6_MIN_F1,
  EVENTS_DEV7_DIR,
  EVENTS_DEV7_MIN_F1,
  EVENTS_DEV8_DIR,
  EVENTS_DEV8_MIN_F1,
  EVENTS_DEV9_DIR,
  EVENTS_DEV9_MIN_F1,
  EVENTS_DEV10_DIR,
  EVENTS_DEV10_MIN_F1,
  EVENTS_DEV11_DIR,
  EVENTS_DEV11_MIN_F1,
  EVENTS_DEV12_DIR,
  EVENTS_DEV12_MIN_F1,
  EVENTS_DEV13_DIR,
  EVENTS_DEV13_MIN_F1,
  EVENTS_DEV14_DIR,
  EVENTS_DEV14_MIN_F1,
  EVENTS_DEV15_DIR,
  EVENTS_DEV15_MIN_F1,
  EVENTS_DEV16_DIR,
  EVENTS_DEV16_MIN_F1,
} from "./events-set.ts";
import { expectPipelineAboveFloor } from "./key-set-checks.ts";

// The dev batches annotated blind after the first (each first scored untuned, see its README), as dev data now.
describe.each([
  { batch: "second", dir: EVENTS_DEV2_DIR, floor: EVENTS_DEV2_MIN_F1 },
  { batch: "third", dir: EVENTS_DEV3_DIR, floor: EVENTS_DEV3_MIN_F1 },
  { batch: "fourth", dir: EVENTS_DEV4_DIR, floor: EVENTS_DEV4_MIN_F1 },
  { batch: "fifth", dir: EVENTS_DEV5_DIR, floor: EVENTS_DEV5_MIN_F1 },
  { batch: "sixth", dir: EVENTS_DEV6_DIR, floor: EVENTS_DEV6_MIN_F1 },
  { batch: "seventh", dir: EVENTS_DEV7_DIR, floor: EVENTS_DEV7_MIN_F1 },
  { batch: "eighth", dir: EVENTS_DEV8_DIR, floor: EVENTS_DEV8_MIN_F1 },
  { batch: "ninth", dir: EVENTS_DEV9_DIR, floor: EVENTS_DEV9_MIN_F1 },
  { batch: "tenth", dir: EVENTS_DEV10_DIR, floor: EVENTS_DEV10_MIN_F1 },
  { batch: "eleventh", dir: EVENTS_DEV11_DIR, floor: EVENTS_DEV11_MIN_F1 },
  { batch: "twelfth", dir: EVENTS_DEV12_DIR, floor: EVENTS_DEV12_MIN_F1 },
  { batch: "thirteenth", dir: EVENTS_DEV13_DIR, floor: EVENTS_DEV13_MIN_F1 },
  { batch: "fourteenth", dir: EVENTS_DEV14_DIR, floor: EVENTS_DEV14_MIN_F1 },
  { batch: "fifteenth", dir: EVENTS_DEV15_DIR, floor: EVENTS_DEV15_MIN_F1 },
  { batch: "sixteenth", dir: EVENTS_DEV16_DIR, floor: EVENTS_DEV16_MIN_F1 },
])("the pipeline on the $batch event dev batch", ({ batch, dir, floor }) => {
  it("keeps its event F1 above the floor", async () => {
    await expectPipelineAboveFloor(loadGold(dir), `the ${batch} dev batch (${dir})`, floor);
  });
});
