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

describe("an apology and a plea of guilty", () => {
  it("reads the masdar of اعتذر as a CONCEDE by the clause's subject", () => {
    const [apology] = eventsOf("أصدر الرئيس الفلسطيني محمود عباس اعتذارا رسميا عن تصريحاته.").filter(
      (e) => e.type === "CONCEDE",
    );
    expect(apology).toBeDefined();
    expect(names(apology, "actor1")).toEqual(["الرئيس الفلسطيني"]);
  });

  it("reads أقر with guilt or responsibility after it as a CONCEDE", () => {
    for (const s of [
      "وأقر الوزير السابق بأنه مذنب أمام محكمة الجنايات، الاثنين.",
      "وأقرت وزارة الدفاع البريطانية بالمسؤولية عن الحادث.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).toContain("CONCEDE");
  });

  it("keeps أقر without guilt after it (a law passed) no concession", () => {
    for (const s of [
      "أقر البرلمان الإثيوبي فرض حالة الطوارئ في البلاد.",
      "وأقر مجلس النواب مشروع قانون الموازنة.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("CONCEDE");
  });
});

describe("a rescue", () => {
  it("reads أنقذ and إنقاذ with the people saved after them as AID (humanitarian)", () => {
    for (const s of [
      "تمكنت البحرية الإيطالية اليوم الاثنين من إنقاذ 500 مهاجر قبالة سواحل ليبيا.",
      "أنقذ الجيش النيجيري 76 تلميذة يوم الأربعاء.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).toContain("AID");
    const [rescue] = eventsOf("أنقذ الجيش النيجيري 76 تلميذة يوم الأربعاء.").filter((e) => e.type === "AID");
    expect(rescue?.mode).toBe("humanitarian");
    expect(names(rescue, "actor1")).toEqual(["الجيش النيجيري"]);
  });

  it("reads no rescue in a rescue ship or team", () => {
    for (const s of [
      "وصلت سفينة الإنقاذ أكواريوس إلى الميناء وعلى متنها 141 مهاجرا.",
      "وتواصل فرق الإنقاذ البحث عن المفقودين.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("AID");
  });
});
