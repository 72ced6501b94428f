// Session 24 (spurious events and duplicates): one act read as two events, or a word read in the wrong sense.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("an attack in words by an office-holder, a government or a published item is criticism (verbalAttack)", () => {
  it("reads هاجم by a president, a minister or a government as ACCUSE, with its speaker", () => {
    const [e] = eventsOf("هاجم الرئيس الأميركي، مجددا، شركة أمازون، يوم الخميس.");
    expect(e?.type).toBe("ACCUSE");
    expect(names(e, "actor1")).toEqual(["الرئيس الأميركي"]);
    expect(types("هاجم وزير الخارجية البريطاني السابق خطة رئيسة الوزراء للخروج من الاتحاد.")).toEqual([
      "ACCUSE",
    ]);
    expect(types("هاجمت الحكومة شركة الطرق السريعة بعد انهيار الجسر.")).toEqual(["ACCUSE"]);
  });

  it("reads هاجم in a statement or a recording as ACCUSE", () => {
    expect(types("نشر التنظيم شريطا صوتيا هاجم فيه الرئيس الأمريكي.")).not.toContain("ASSAULT");
  });

  it("keeps an attack by armed men, an army, a state or a man with a weapon, and one told with violence", () => {
    expect(types("هاجم مسلحون مركزا للشرطة في بلدة العريش.")).toEqual(["ASSAULT"]);
    expect(types("هاجم الجيش مواقع المتمردين في شمال البلاد.")).toContain("ASSAULT");
    expect(types("هاجم رجل المارة قرب محطة القطار.")).toEqual(["ASSAULT"]);
    expect(types("هاجم مسؤول سابق دورية للشرطة وقتل جنديين.")).not.toContain("ACCUSE");
    expect(types("هاجم الرئيس المخلوع بالأسلحة الثقيلة مواقع الحكومة.")).not.toContain("ACCUSE");
  });
});
