import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

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
