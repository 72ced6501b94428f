import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 11 (evtune11): protests whose protesters were not read. On the TUNE batches, protests told with a crowd
// named by its size alone (تظاهر الآلاف), or with their protesters named only in a later sentence, were read with no
// actor at all, or with the building they gathered at as the protester. The sentences are written for these tests.
const protests = (text: string) => eventsOf(text).filter((e) => e.type === "PROTEST");

describe("a crowd told by its size alone is the crowd", () => {
  it("reads الآلاف، العشرات، عشرات الآلاف as the protesters", () => {
    const [a] = protests("تظاهر الآلاف في مدينة ليون ضد قانون العمل الجديد.");
    expect(names(a, "actor1")).toEqual(["الآلاف"]);
    const [b] = protests("تظاهر عشرات الآلاف في مدريد الأحد احتجاجا على الفساد.");
    expect(names(b, "actor1")).toEqual(["عشرات الآلاف"]);
  });

  it("does not take the building the crowd gathers at for the protester", () => {
    const [e] = protests("احتج العشرات أمام مقر وزارة الداخلية في تونس العاصمة.");
    expect(names(e, "actor1")).toEqual(["العشرات"]);
  });

  it("reads a crowd as the victims of a killing", () => {
    const [e] = eventsOf("قتل العشرات في غارات على ريف إدلب.");
    expect(e?.type).toBe("ASSAULT");
    expect(names(e, "actor2")).toEqual(["العشرات"]);
  });

  it("leaves a size with its noun after it, and the thousands of a numeral, to the noun", () => {
    const [a] = protests("تظاهر آلاف الأشخاص في فيينا ضد العنصرية.");
    expect(names(a, "actor1")).toEqual(["الأشخاص"]);
    const [b] = eventsOf("قتل 3 آلاف شخص في المعارك.");
    expect(names(b, "actor2")).toEqual(["شخص"]);
    // the rockets are no crowd
    for (const e of eventsOf("أطلق الحوثيون العشرات من الصواريخ على مأرب."))
      expect(names(e, "actor2")).not.toContain("العشرات");
  });
});

describe("a size word counting the people who march is no count of events", () => {
  it("reads a march the crowd takes part in", () => {
    const [a] = protests("شارك الآلاف في مسيرة في الرباط ضد غلاء الأسعار.");
    expect(names(a, "actor1")).toEqual(["الآلاف"]);
    const [b] = protests("خرج آلاف الأشخاص في مسيرة احتجاجية بالعاصمة الأحد.");
    expect(names(b, "actor1")).toEqual(["الأشخاص"]);
  });

  it("still reads a count of attacks as no event", () => {
    expect(eventsOf("شن الطيران عشرات الغارات على ريف إدلب.")).toEqual([]);
    expect(eventsOf("نفذ التنظيم العديد من الهجمات في العراق.")).toEqual([]);
  });
});

describe("a protest told without its protesters takes them from the next sentences", () => {
  it("takes the protesters a later sentence names", () => {
    const [e] = protests(
      "اندلعت احتجاجات في إسبانيا الأحد بعد اعتقال الزعيم السابق للإقليم. وأصيب 20 شخصا في اشتباكات مع الشرطة. وفي وسط المدينة، ردد المحتجون شعارات الحرية للسجناء.",
    );
    expect(names(e, "actor1")).toEqual(["المحتجون"]);
  });

  it("takes a crowd told by its size in a later sentence", () => {
    const [e] = protests(
      "خرجت تظاهرات حاشدة في فرنسا الخميس احتجاجا على مشروع القانون. وسبقتها مسيرات شارك فيها الآلاف في كل أنحاء البلاد.",
    );
    expect(names(e, "actor1")).toEqual(["الآلاف"]);
  });

  it("does not take the ones a later sentence names after a preposition", () => {
    const [e] = protests(
      "اندلعت احتجاجات في إسبانيا الأحد بعد اعتقال الزعيم السابق للإقليم. واستخدمت الشرطة الغاز المسيل للدموع ضد المحتجين.",
    );
    expect(names(e, "actor1")).toEqual([]);
  });
});
