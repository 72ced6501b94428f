import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "../paths.ts";
import { type GoldKey, type PredictedEvent, scoreDocument } from "./events.ts";
import { loadGold } from "./events-io.ts";
import {
  describePrediction,
  describeWrongFields,
  explainMisses,
  failedConditions,
  formatNearMiss,
} from "./near-miss.ts";

const seed: GoldKey = loadGold(join(sharedDir(), "seed/libya-2014-08-02.gold.json"))[0].key;
const byId = (id: string) => seed.events.find((e) => e.id === id)!;

// Ten fake sentences of 100 characters each: a trigger at offset 100·k + 5 lies in sentence k.
const sentences = Array.from({ length: 10 }, (_, k) => ({ start: k * 100, end: (k + 1) * 100 }));
const at = (sentence: number) => ({ start: sentence * 100 + 5, end: sentence * 100 + 9, text: "قتل" });

function ev(type: string, names: string[], country: string | null, sentence: number): PredictedEvent {
  return {
    type,
    trigger: at(sentence),
    actors: names.map((name_ar, i) => ({ role: i === 0 ? "actor1" : "actor2", name_ar })),
    location: { country },
  };
}

describe("failedConditions", () => {
  it("names each failed condition with the predicted and the gold values", () => {
    const failed = failedConditions(ev("PROTEST", ["الحكومة التونسية"], "TN", 5), byId("E6"), seed);
    expect(failed.type).toEqual({ predicted: "PROTEST", gold: ["ASSAULT"] });
    expect(failed.country).toEqual({ predicted: "TN", gold: ["LY"] });
    expect(failed.actor?.predicted).toEqual(["actor1:الحكومة التونسية"]);
    expect(failed.actor?.gold.map((g) => g.split(":")[0])).toEqual(["SHURA", "HAFTAR"]);
  });

  it("is empty for a prediction that fits", () => {
    expect(failedConditions(ev("ASSAULT", ["مجلس شورى ثوار بنغازي"], "LY", 5), byId("E6"), seed)).toEqual({});
  });
});

describe("explainMisses", () => {
  it("names, for each missed event, the closest unpaired prediction, preferring one in the event's sentence", () => {
    const predictions = [
      // E6 is found; E9 (sentence 7, OTHER by Ansar al-Sharia) is read with the wrong country in sentence 7,
      // while a prediction elsewhere has the right country but the wrong type and actor.
      ev("ASSAULT", ["مجلس شورى ثوار بنغازي", "حفتر"], "LY", 5),
      ev("PROTEST", ["حفتر"], "LY", 2),
      ev("OTHER", ["أنصار الشريعة"], "TN", 7),
    ];
    const score = scoreDocument(seed, predictions);
    const misses = explainMisses(seed, predictions, score, sentences);
    const e9 = misses.find((m) => m.gold === "E9")!;
    expect(e9).toMatchObject({ prediction: 2, status: "spurious", sentence: 7, sameSentence: true });
    expect(e9.failed).toEqual({ country: { predicted: "TN", gold: ["LY"] } });
    expect(formatNearMiss(e9, byId("E9"))).toMatch(
      /^E9 \[s7\] .*← #2 spurious s7 \(same sentence\): country TN ∉ LY$/,
    );
    // Every missed event is explained, and none by the prediction already paired while unpaired ones exist.
    expect(misses.map((m) => m.gold)).toEqual(score.missedIds);
    expect(misses.every((m) => m.status !== "paired")).toBe(true);
  });

  it("falls back to a paired prediction, and says when the article has no prediction", () => {
    const predictions = [ev("ASSAULT", ["مجلس شورى ثوار بنغازي", "حفتر"], "LY", 6)];
    const score = scoreDocument(seed, predictions);
    const e8 = explainMisses(seed, predictions, score, sentences).find((m) => m.gold === "E8");
    // E8 (a threatened assault in sentence 6) is fitted by the prediction paired with E6: nothing fails, another
    // pairing took it.
    expect(e8).toMatchObject({
      prediction: 0,
      status: "paired",
      pairedWith: "E6",
      failed: {},
      sameSentence: true,
    });
    expect(formatNearMiss(e8!)).toContain("fits, but taken by another pairing");
    const none = explainMisses(seed, [], scoreDocument(seed, []), null);
    expect(none).toHaveLength(12);
    expect(formatNearMiss(none[0])).toBe("E1: no prediction in the article");
  });
});

describe("describePrediction and describeWrongFields", () => {
  it("shows a prediction's type, trigger, sentence, actors and country", () => {
    expect(describePrediction(ev("ASSAULT", ["حفتر"], "LY", 3), 4, sentences)).toBe(
      "#4 ASSAULT «قتل» s3 [actor1:حفتر] LY",
    );
  });

  it("shows each wrong field with the predicted value and the key's readings", () => {
    const pred: PredictedEvent = {
      ...ev("ASSAULT", ["مجلس شورى ثوار بنغازي"], "LY", 5),
      date: { value: "2014-07-30" },
      fatalities: { value: 60 },
      modality: "asserted",
      attribution: [],
      location: { country: "LY", name_en: "Tripoli" },
    };
    const fields = scoreDocument(seed, [pred]).pairs[0].fields;
    const wrong = describeWrongFields(pred, byId("E6"), fields);
    expect(wrong).toContain("date 2014-07-30 ≠ 2014-07-29");
    expect(wrong).toContain("location Tripoli (LY) ≠ Benghazi");
    expect(wrong.some((w) => w.startsWith("attribution none ≠ "))).toBe(true);
    expect(wrong.some((w) => w.startsWith("fatalities"))).toBe(false);
  });
});
