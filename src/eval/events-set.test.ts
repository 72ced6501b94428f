import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatScore } from "../cli/commands/eval-events.ts";
import { FIELD_NAMES, rates } from "./events.ts";
import { idealPredictions } from "./events-ideal.ts";
import { loadGold } from "./events-io.ts";
import { predictWithAnalyser, scoreSet } from "./events-run.ts";
import { EVENTS_GOLD_DIR, EVENTS_SET_MIN_F1 } from "./events-set.ts";

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
    const ideal = golds.map((g) => idealPredictions(g.key));
    const score = scoreSet(golds, ideal);
    for (const d of score.documents) expect([d.id, d.missedIds, d.duplicateIndices]).toEqual([d.id, [], []]);
    expect(score.rates.f1).toBe(1);
    expect(score.rates.overallFieldAccuracy).toBe(1);
  });

  it("scores the pipeline on every article", async () => {
    const predictions = await predictWithAnalyser(golds);
    const score = scoreSet(golds, predictions);
    process.stdout.write(`\nevents on the test set (${EVENTS_GOLD_DIR}):\n${formatScore(score, false)}`);
    const c = score.total;
    expect(c.paired + c.merged + c.missed).toBe(c.gold);
    expect(c.paired + c.absorbed + c.duplicates + c.spurious).toBe(c.predicted);
    const r = rates(c);
    for (const x of [r.precision, r.recall, r.f1]) expect(x >= 0 && x <= 1).toBe(true);
    for (const f of FIELD_NAMES) {
      const acc = r.fieldAccuracy[f];
      expect(acc === null || (acc >= 0 && acc <= 1)).toBe(true);
    }
    expect(r.f1).toBeGreaterThanOrEqual(EVENTS_SET_MIN_F1);
  });
});
