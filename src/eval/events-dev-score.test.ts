import { describe, expect, it } from "vitest";
import { formatScore } from "../cli/commands/eval-events.ts";
import { loadGold } from "./events-io.ts";
import { predictWithAnalyser, scoreSet } from "./events-run.ts";
import { EVENTS_DEV_DIR, EVENTS_DEV_MIN_F1 } from "./events-set.ts";

const dev = loadGold(EVENTS_DEV_DIR);

describe("the pipeline on the event dev split", () => {
  it("keeps its event F1 above the dev floor", async () => {
    const score = scoreSet(dev, await predictWithAnalyser(dev));
    process.stdout.write(`\nevents on the dev split (${EVENTS_DEV_DIR}):\n${formatScore(score, false)}`);
    const c = score.total;
    expect(c.paired + c.merged + c.missed).toBe(c.gold);
    expect(score.rates.f1).toBeGreaterThanOrEqual(EVENTS_DEV_MIN_F1);
  });
});
