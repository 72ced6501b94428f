import { describe, expect, it } from "vitest";
import { formatScore } from "../cli/commands/eval-events.ts";
import { loadGold } from "./events-io.ts";
import { predictWithAnalyser, scoreSet } from "./events-run.ts";
import { EVENTS_DEV2_DIR, EVENTS_DEV2_MIN_F1 } from "./events-set.ts";

const dev2 = loadGold(EVENTS_DEV2_DIR);

describe("the pipeline on the second event dev batch", () => {
  it("keeps its event F1 above the floor", async () => {
    const score = scoreSet(dev2, await predictWithAnalyser(dev2));
    process.stdout.write(
      `\nevents on the second dev batch (${EVENTS_DEV2_DIR}):\n${formatScore(score, false)}`,
    );
    const c = score.total;
    expect(c.paired + c.merged + c.missed).toBe(c.gold);
    expect(score.rates.f1).toBeGreaterThanOrEqual(EVENTS_DEV2_MIN_F1);
  });
});
