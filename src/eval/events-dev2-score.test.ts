import { describe, it } from "vitest";
import { loadGold } from "./events-io.ts";
import { EVENTS_DEV2_DIR, EVENTS_DEV2_MIN_F1 } from "./events-set.ts";
import { expectPipelineAboveFloor } from "./key-set-checks.ts";

describe("the pipeline on the second event dev batch", () => {
  it("keeps its event F1 above the floor", async () => {
    await expectPipelineAboveFloor(
      loadGold(EVENTS_DEV2_DIR),
      `the second dev batch (${EVENTS_DEV2_DIR})`,
      EVENTS_DEV2_MIN_F1,
    );
  });
});
