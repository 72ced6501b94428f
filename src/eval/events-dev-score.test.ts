import { describe, it } from "vitest";
import { loadGold } from "./events-io.ts";
import { EVENTS_DEV_DIR, EVENTS_DEV_MIN_F1 } from "./events-set.ts";
import { expectPipelineAboveFloor } from "./key-set-checks.ts";

describe("the pipeline on the event dev split", () => {
  it("keeps its event F1 above the dev floor", async () => {
    await expectPipelineAboveFloor(
      loadGold(EVENTS_DEV_DIR),
      `the dev split (${EVENTS_DEV_DIR})`,
      EVENTS_DEV_MIN_F1,
    );
  });
});
