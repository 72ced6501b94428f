import { describe, expect, it } from "vitest";
import { keptByFilter } from "./confidence.ts";
import {
  eventFeatures,
  LACK_FEATURE_NAMES,
  lackFeatures,
  loadConfidenceCues,
} from "./confidence-features.ts";
import { docOf, eventResources, handMadeEvent } from "./fixtures.ts";
import { extractEvents } from "./stage.ts";

// Over-generation (detect.ts OVER_GENERATED): the candidates three hard rules drop (a trigger without the object
// it needs, a statement without a speaker, an event with neither actor) are kept, flagged with what they lack, for
// the confidence model to judge. The sentences are written for these tests.
const over = (text: string) => extractEvents(docOf(text), eventResources, true);
const hard = (text: string) => extractEvents(docOf(text), eventResources);

describe("over-generated candidates", () => {
  it("flags a listing with no terror list as lacking its object, and builds none without over-generation", () => {
    const text = "أدرجت الحكومة المشروع على جدول أعمال البرلمان.";
    expect(hard(text)).toEqual([]);
    const [e, ...rest] = over(text);
    expect(rest).toEqual([]);
    expect(e?.type).toBe("SANCTION");
    expect(e?.lacks).toEqual(["object"]);
  });

  it("flags a condemnation with no speaker, and leaves the event the rules find as it was", () => {
    const text = "وأدان البيان الهجوم على المدنيين.";
    const plain = hard(text);
    expect(plain.map((e) => e.type)).toEqual(["ASSAULT"]);
    const all = over(text);
    expect(all.map((e) => [e.type, e.lacks ?? null])).toEqual([
      ["ACCUSE", ["speaker"]],
      ["ASSAULT", null],
    ]);
    const { id: _a, ...unflagged } = all[1] ?? plain[0]!;
    const { id: _b, ...before } = plain[0]!;
    expect(unflagged).toEqual(before);
  });

  it("leaves a sentence whose events lack nothing unchanged", () => {
    const text = "اعتقلت الشرطة الأردنية ثلاثة أشخاص في عمان.";
    expect(over(text)).toEqual(hard(text));
  });

  it("reads the lacks as features, and keeps the other events' article features as without them", () => {
    const text = "وأدان البيان الهجوم على المدنيين.";
    const doc = docOf(text);
    const all = over(text);
    expect(lackFeatures(all)).toEqual([
      [0, 1, 0],
      [0, 0, 0],
    ]);
    expect(LACK_FEATURE_NAMES).toEqual(["lacks:object", "lacks:speaker", "lacks:actors"]);
    const res = { lexicon: eventResources.lexicon, cues: loadConfidenceCues() };
    const unflagged = all.filter((e) => !e.lacks);
    expect(eventFeatures(doc, all, res)[1]).toEqual(eventFeatures(doc, unflagged, res)[0]);
  });

  it("never spares a flagged event the filter, whatever its modality or type", () => {
    const trigger = { start: 0, end: 4 };
    const planned = handMadeEvent("SANCTION", trigger, { modality: "planned" });
    expect(keptByFilter(planned, 0.1, 0.4)).toBe(true);
    expect(keptByFilter({ ...planned, lacks: ["object"] }, 0.1, 0.4)).toBe(false);
    expect(keptByFilter({ ...planned, lacks: ["object"] }, 0.5, 0.4)).toBe(true);
  });

  it("keeps negation hard: a negated trigger lacking its object or speaker is still no event", () => {
    // (an arrest with no one arrested, a condemnation with no one condemning: both negated)
    expect(over("لم تعتقل الشرطة.")).toEqual([]);
    expect(over("لم يندد بالهجوم على المدنيين.").map((e) => e.type)).not.toContain("ACCUSE");
    expect(over("نددت بالهجوم على المدنيين.").map((e) => e.type)).toContain("ACCUSE");
  });
});
