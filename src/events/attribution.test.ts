import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

describe("sources of a report", () => {
  it("reads a spokeswoman or a woman minister as the source, as her male title is", () => {
    const [e] = eventsOf('وأضافت المتحدثة "تطلب فرنسا من السلطات المعنية ضبط النفس".');
    expect(e?.attribution.map((s) => s.name_ar)).toEqual(["المتحدثة"]);
    expect(e?.attribution[0]?.kind).toBe("official");
    const [m] = eventsOf("وقالت وزيرة الخارجية إن فرنسا تطلب من السلطات ضبط النفس.");
    expect(m?.attribution.map((s) => s.name_ar)).toEqual(["وزيرة الخارجية"]);
  });
});

describe("report frames", () => {
  it("reads a source after a glued حسبما / لما and after a verb of publishing (وفق ما نشر)", () => {
    const [a] = eventsOf("اعتقلت الشرطة صحفيا الأربعاء، حسبما أعلنت وكالة الأنباء الرسمية.");
    expect(a?.attribution.map((s) => s.name_ar)).toEqual(["وكالة الأنباء الرسمية"]);
    const [b] = eventsOf("اعتقلت الشرطة صحفيا الأربعاء، وفق ما نشرت صحيفة الوطن.");
    expect(b?.attribution.map((s) => s.name_ar)).toEqual(["صحيفة الوطن"]);
    const [c] = eventsOf("اعترضت الدفاعات الجوية صاروخا، وفقا لما ذكرته القناة الرسمية.");
    expect(c?.attribution.map((s) => s.name_ar)).toEqual(["القناة الرسمية"]);
  });

  it("reads بيان as a source's head, not ب + a word, and وتابع المصدر أن as a frame", () => {
    const [a] = eventsOf("وقال بيان نشره الجيش إن مسلحين هاجموا حاجزا للشرطة.");
    expect(a?.attribution.map((s) => s.name_ar)).toEqual(["بيان"]);
    const [b] = eventsOf("وتابع المصدر أن مقاتلات شنت غارات على مواقع المسلحين.");
    expect(b?.attribution.map((s) => s.name_ar)).toEqual(["المصدر"]);
  });
});
