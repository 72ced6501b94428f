import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import { createDoc } from "../doc/doc.ts";
import type { DocEvent } from "../doc/types.ts";
import { parsePredictedEvents } from "../eval/events.ts";
import { goldArticleText, loadGold } from "../eval/events-io.ts";
import { scoreSet } from "../eval/events-run.ts";
import { sharedDir } from "../paths.ts";
import { textStage } from "../text/stage.ts";
import {
  applyConfidence,
  type ConfidenceModel,
  type ConfidenceModelFile,
  loadConfidenceModel,
  parseConfidenceModel,
} from "./confidence.ts";
import { FEATURE_NAMES, loadConfidenceCues } from "./confidence-features.ts";
import { handMadeEvent } from "./fixtures.ts";
import { eventLexicalFeatures } from "./lexical-features.ts";
import { loadEventLexicon } from "./lexicon.ts";

const res = { lexicon: loadEventLexicon(), cues: loadConfidenceCues() };

const eventAt = (start: number, end: number, type: DocEvent["type"], id: string): DocEvent =>
  handMadeEvent(type, { start, end }, { id });

describe("the event confidence filter", () => {
  const doc = textStage.run(
    createDoc({ text: "هاجم مسلحون قرية. وهدد الجيش بالرد.", published: "2018-05-06" }),
  );
  const events = [eventAt(0, 4, "ASSAULT", "ev1"), eventAt(18, 22, "THREATEN", "ev2")];
  const weights = FEATURE_NAMES.map(() => 0);
  // a model that only likes assaults
  const assaultOnly: ConfidenceModel = {
    weights: FEATURE_NAMES.map((n) => (n === "type:assault" ? 4 : 0)),
    bias: -2,
    threshold: 0.5,
  };

  it("sets a confidence on each event and drops those under the threshold, renumbering the rest", () => {
    const kept = applyConfidence(doc, events, assaultOnly, res);
    expect(kept.map((e) => [e.type, e.id, e.confidence])).toEqual([["ASSAULT", "ev1", 0.881]]);
    const all = applyConfidence(doc, events, assaultOnly, res, { keepAll: true });
    expect(all.map((e) => e.confidence)).toEqual([0.881, 0.119]);
  });

  it("leaves the events as they are without a model", () => {
    expect(applyConfidence(doc, events, null, res)).toBe(events);
    const flat = applyConfidence(doc, events, { weights, bias: 0, threshold: 0.5 }, res);
    expect(flat.map((e) => e.confidence)).toEqual([0.5, 0.5]);
  });

  it("adds the lexical weights of an event's hashed words (trigger with its type) to the cue features'", () => {
    const size = 64;
    const [assault, threaten] = eventLexicalFeatures(doc, events, { size, window: 3 });
    // weigh the buckets of the assault's trigger feature only (not shared with the threat's)
    const mine = (assault ?? []).filter((b) => !(threaten ?? []).includes(b));
    const file: ConfidenceModelFile = {
      lambda: 0.1,
      threshold: 0.5,
      bias: 0,
      weights: Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])),
      lexical: {
        size,
        window: 3,
        sentence: false,
        lemma: false,
        lambda: 0.01,
        weights: Object.fromEntries(mine.map((b) => [String(b), 1])),
      },
    };
    const model = parseConfidenceModel(file);
    const all = applyConfidence(doc, events, model, res, { keepAll: true });
    expect(all[0]?.confidence).toBeCloseTo(1 / (1 + Math.exp(-mine.length)), 3);
    expect(all[1]?.confidence).toBe(0.5);
    expect(() => parseConfidenceModel({ ...file, lexical: { ...file.lexical!, size: 0 } })).toThrow(
      /lexical/,
    );
  });

  it("refuses a model file whose features do not fit this version", () => {
    const file: ConfidenceModelFile = {
      lambda: 0.1,
      threshold: 0.3,
      bias: 0,
      weights: Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])),
    };
    expect(parseConfidenceModel(file).weights).toHaveLength(FEATURE_NAMES.length);
    const { [FEATURE_NAMES[0] as string]: _, ...missing } = file.weights;
    expect(() => parseConfidenceModel({ ...file, weights: { ...missing, "no:such": 1 } })).toThrow(
      /no:such.*marsad train events/,
    );
  });

  it("ships a model that fits the features, with a threshold in [0, 1)", () => {
    const model = loadConfidenceModel();
    expect(model).not.toBeNull();
    expect(model!.threshold).toBeGreaterThanOrEqual(0);
    expect(model!.threshold).toBeLessThan(1);
  });

  it("keeps every event of the reference article, which still scores F1 1.0 without duplicates", async () => {
    const golds = loadGold(join(sharedDir(), "seed/libya-2014-08-02.gold.json"));
    const gold = golds[0]!;
    const input = { text: goldArticleText(gold), published: gold.key.published ?? null };
    const filtered = (await createAnalyser())(input).events ?? [];
    const all = (await createAnalyser({ events: { keepAll: true } }))(input).events ?? [];
    expect(filtered.length).toBe(all.length);
    for (const e of filtered) expect(e.confidence).toBeGreaterThan(0);
    const score = scoreSet(golds, [parsePredictedEvents({ events: filtered }, gold.id)]);
    expect(score.total.duplicates).toBe(0);
    expect(score.rates.f1).toBe(1);
    expect(score.rates.overallFieldAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
