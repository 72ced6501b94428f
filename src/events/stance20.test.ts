import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 20: a stance told by a reporting verb with no statement word (stance.ts). The sentences are written for
// these tests, in the style of news reports.

const types = (s: string) => eventsOf(s).map((e) => e.type);

describe("a refusal told with قال إن: a negated acceptance or a rejection adjective", () => {
  it("reads the report verb as REJECT said by the report's speaker", () => {
    for (const s of [
      "وقال وزير الخارجية التركي إن دخول القوات إلى المدينة مرفوض.",
      "وقال وزير الخارجية الإسرائيلي إن بلاده لن تقبل بأي اتفاق مع إيران.",
      'وقال وزير الداخلية الإيطالي: "لن نسمح للسفينة بالرسو".',
    ])
      expect(types(s), s).toContain("REJECT");
    const [e] = eventsOf("وقال وزير الخارجية الإسرائيلي إن بلاده لن تقبل بأي اتفاق مع إيران.").filter(
      (x) => x.type === "REJECT",
    );
    expect(e?.trigger?.text).toBe("وقال");
    expect(names(e, "actor1")).toEqual(["وزير الخارجية الإسرائيلي"]);
  });

  it("reads no refusal from a report with none, an attribute, or a refusal after a relative", () => {
    for (const s of [
      "وقال وزير الخارجية التركي إن دخول القوات إلى المدينة بدأ.",
      "وقال وزير الخارجية التركي إن التحركات غير المقبولة تهدد المنطقة.",
      "وقال رئيس الوزراء إن الحكومة قدمت العرض الذي لن تقبل به المعارضة.",
    ])
      expect(types(s), s).not.toContain("REJECT");
  });
});

describe("a demand told with قال إن: an obligation laid on a party named after على", () => {
  it("reads the report verb as REQUEST, the party bound as actor2", () => {
    for (const s of [
      "وقال الرئيس التونسي إنه يتعين على الحكومة الاستقالة.",
      "وقالت المنظمة إنه يجب على السلطات المصرية الإفراج عن الصحفيين.",
      "وقال وزير الخارجية الإسباني إن على المغرب أن يستقبل المهاجرين.",
    ])
      expect(types(s), s).toContain("REQUEST");
    const [e] = eventsOf("وقالت المنظمة إنه يجب على السلطات المصرية الإفراج عن الصحفيين.").filter(
      (x) => x.type === "REQUEST",
    );
    expect(names(e, "actor1")).toEqual(["المنظمة"]);
    expect(names(e, "actor2")).toEqual(["السلطات المصرية"]);
  });

  it("reads no demand from an obligation with no party bound by it, or على X far into the clause", () => {
    for (const s of [
      "وقال رئيس الوزراء إنه يجب أن نكون حذرين.",
      "وقال وزير الداخلية إنه يتعين علينا أن نتذكرهم.",
      "وزعم الجنود أنهم أطلقوا النار على المرأة خشية أنها تحمل عبوة.",
    ])
      expect(types(s), s).not.toContain("REQUEST");
  });
});

describe("a threat told with قال إن: a future of harm", () => {
  it("reads the report verb as THREATEN", () => {
    for (const s of [
      "وقال وزير الخارجية التركي إن تركيا لن تتردد في التحرك ضد المسلحين.",
      'وقال وزير الخارجية التركي: "إذا فرضت الولايات المتحدة عقوبات سننتقم".',
      "وقال المتحدث باسم الجيش إن المهاجمين سيدفعون الثمن.",
    ])
      expect(types(s), s).toContain("THREATEN");
  });

  it("reads no threat from a future that harms no one, or a negated one", () => {
    for (const s of [
      "وقال وزير الخارجية التركي إن تركيا ستستضيف القمة.",
      "وقال وزير الخارجية إن بلاده لن ترد على الاستفزاز.",
    ])
      expect(types(s), s).not.toContain("THREATEN");
  });
});
