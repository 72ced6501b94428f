import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIELD_NAMES, rates } from "./events.ts";
import { loadGold } from "./events-io.ts";
import { EVENTS_GOLD_DIR, EVENTS_SET_MIN_F1 } from "./events-set.ts";
import { expectIdealPredictionsScoreOne, expectPipelineAboveFloor } from "./key-set-checks.ts";

const golds = loadGold(EVENTS_GOLD_DIR);

describe("the event test set", () => {
  it("holds at least 40 well-formed keys, each with its article", () => {
    expect(golds.length).toBeGreaterThanOrEqual(40);
    for (const g of golds) {
      expect(existsSync(join(g.dir, g.key.file!)), g.id).toBe(true);
      expect(g.key.published, g.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(golds.filter((g) => g.key.events.every((e) => e.optional)).length).toBeGreaterThanOrEqual(3);
  });

  it("is internally consistent: the ideal prediction of every key scores 1.0 on events and fields", () => {
    expectIdealPredictionsScoreOne(golds);
  });

  it("scores the pipeline on every article", async () => {
    const score = await expectPipelineAboveFloor(
      golds,
      `the test set (${EVENTS_GOLD_DIR})`,
      EVENTS_SET_MIN_F1,
    );
    const r = rates(score.total);
    for (const x of [r.precision, r.recall, r.f1]) expect(x >= 0 && x <= 1).toBe(true);
    for (const f of FIELD_NAMES) {
      const acc = r.fieldAccuracy[f];
      expect(acc === null || (acc >= 0 && acc <= 1)).toBe(true);
    }
  });
});
