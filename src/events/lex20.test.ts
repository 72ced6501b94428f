import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 20: gold events no trigger of their type reached (data/events/triggers.tsv, cues.tsv). The sentences are
// written for these tests, in the style of news reports.

describe("military exercises", () => {
  it("reads a drill as MOBILIZE (troops), one force's or a joint one", () => {
    for (const s of [
      "أجرى الجيش الصيني مناورات بالذخيرة الحية قبالة الساحل الجنوبي الشرقي للبلاد.",
      "بدأت القوات المصرية واليونانية مناورة بحرية مشتركة في البحر المتوسط.",
      "نفذت القوات المسلحة الأردنية تدريبات عسكرية بالذخيرة الحية قرب الحدود.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("MOBILIZE");
      expect(types, s).not.toContain("COOPERATE");
    }
    const [drill] = eventsOf("أجرى الجيش الصيني مناورات بالذخيرة الحية قبالة الساحل الجنوبي الشرقي للبلاد.");
    expect(drill?.mode).toBe("troops");
    expect(names(drill, "actor1")).toEqual(["الجيش الصيني"]);
  });
});
