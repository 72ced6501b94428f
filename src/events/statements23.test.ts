import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";
import { wholePipeline } from "./pipeline-fixtures.ts";

// Session 23: statements the extractor missed. The sentences are written for these tests, in the style of news
// reports.

describe("the condemning words a description or a judgement calls an act by (pejorative, session 23)", () => {
  it("reads a description in words that condemn whatever they are said of as an accusation", () => {
    for (const s of [
      "ووصفت النقابة قرار الوزارة بأنه اعتباطي وغير عادل.",
      "وصف الحزب التعديل الوزاري الأخير بالمتسرع.",
      "ووصفت المعارضة ظروف العمل في المصنع بأنها غير آمنة.",
      "ووصف الوزير التقرير بأنه منحاز.",
      "واعتبرت الجمعية أن هذا الإجراء تمييزي.",
    ]) {
      const accuse = eventsOf(s).filter((e) => e.type === "ACCUSE");
      expect(accuse, s).toHaveLength(1);
    }
  });

  it("reads no accusation from a description of a wound, a storm or a visit", () => {
    for (const s of [
      "ووصف الأطباء حالة المصاب بأنها خطيرة.",
      "ووصفت الوزارة العاصفة بأنها قوية.",
      "ووصف الوزير الزيارة بأنها ناجحة ومثمرة.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("ACCUSE");
  });
});

describe("a warning of what another does is an accusation; one with someone warned, of consequences or of one's own act, a threat (warningThreatens)", () => {
  const { run } = wholePipeline("2018-06-14");
  const types = (text: string) => run(text).map((e) => e.type);

  it("reads حذر من … as ACCUSE when it warns of another's conduct", () => {
    for (const s of [
      "وحذرت المخابرات السويدية من أن التجسس الروسي هو أكبر تهديد لأمن البلاد.",
      "وحذرت وزارة الخارجية الفرنسية من أن الحكومة الإيرانية تدعم الجماعات المسلحة في المنطقة.",
      "وحذر وزير الخارجية الأمريكي من أن روسيا تسعى إلى تقويض الانتخابات في أوروبا.",
    ]) {
      expect(types(s), s).toContain("ACCUSE");
      expect(types(s), s).not.toContain("THREATEN");
    }
  });

  it("keeps a threat when someone is warned, or the warning names consequences or the speaker's own act", () => {
    for (const s of [
      "وحذرت الولايات المتحدة إيران من أنها سترد بقوة على أي هجوم.",
      "وحذرت وزارة الخارجية الأمريكية الحكومة الإيرانية من عواقب دعم الجماعات المسلحة.",
      "وحذرت إسرائيل من أنها لن تسمح بالتواجد الإيراني قرب حدودها.",
    ]) {
      expect(types(s), s).toContain("THREATEN");
      expect(types(s), s).not.toContain("ACCUSE");
    }
  });
});
