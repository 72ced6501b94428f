// Session 19 (spurious events): trigger words that are written like an event word but name something else here.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("طالب: the student, not the verb of demanding", () => {
  it("reads طالب after a pronoun subject, a determiner or an act done to someone as the noun", () => {
    expect(
      types("وتوصل الأمن إلى المشتبه به خلال التحقيق في مقتل شاب، وهو طالب كان يدرس في جامعة ميزوري."),
    ).not.toContain("REQUEST");
    expect(
      types("وقالت الشرطة إن ضباطا كانوا يلاحقون مشتبها به في جريمة قتل طالب جامعي عندما فتح النار عليهم."),
    ).not.toContain("REQUEST");
  });

  it("keeps the verb طالب with its subject and what it demands", () => {
    expect(types("طالب وزير الداخلية الإيطالي الاتحاد الأوروبي بتقديم المساعدة لبلاده.")).toContain(
      "REQUEST",
    );
    expect(types("وطالب رئيس المجلس الحكومة بالإفراج عن المعتقلين فورا.")).toContain("REQUEST");
  });
});

describe("وقف القتال: the fighting a ceasefire stops is no fight", () => {
  it("reads القتال or المعارك after وقف as what is stopped, no clash told", () => {
    expect(types("وتضمن الاتفاق وقف القتال بين القوات الحكومية والمتمردين في دارفور.")).not.toContain(
      "ASSAULT",
    );
    expect(types("وأعلن المتمردون وقف المعارك مع الجيش في ولاية النيل الأزرق.")).not.toContain("ASSAULT");
  });

  it("keeps a clash told as fighting", () => {
    expect(types("وقد أدى القتال بين الجيش والمتمردين إلى نزوح الآلاف.")).toContain("ASSAULT");
    expect(types("وتواصلت المعارك العنيفة بين الجيش والمتمردين في مدينة الحديدة أمس.")).toContain("ASSAULT");
  });
});
