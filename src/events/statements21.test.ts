import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 21: statements told in words no trigger reached. The sentences are written for these tests, in the style
// of news reports.

describe("a judgement calling an act by an insulting name is an accusation", () => {
  it("reads اعتبر (past) with a pejorative word in its clause as ACCUSE, its subject the speaker", () => {
    for (const s of [
      "واعتبرت وزارة الخارجية التحركات الأخيرة خرقا لوقف إطلاق النار.",
      "واعتبر الحزب الجمهوري أن القرار الأخير عمل همجي.",
      "اعتبرت الحكومة أن تعيين الوالي الجديد إجراء غير قانوني.",
    ]) {
      const accuse = eventsOf(s).filter((e) => e.type === "ACCUSE");
      expect(accuse, s).toHaveLength(1);
      expect(accuse[0]?.mode).toBe("disapprove");
    }
    const [party] = eventsOf("واعتبر الحزب الجمهوري أن القرار الأخير عمل همجي.").filter(
      (e) => e.type === "ACCUSE",
    );
    expect(names(party, "actor1")).toEqual(["الحزب الجمهوري"]);
  });

  it("reads no accusation from a judgement with no insulting word, nor from a standing view in the present", () => {
    for (const s of [
      "واعتبرت وزارة الخارجية أن الزيارة خطوة مهمة نحو السلام.",
      "واعتبر الحزب الجمهوري أن الانتخابات جرت في أجواء هادئة.",
      // (the present is a standing label, not a statement made: تعتبره أنقرة جماعة إرهابية)
      "ويقود الحزب رجل تعتبره الحكومة التركية إرهابيا.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("ACCUSE");
  });
});

describe("the insulting words a judgement or a description calls an act by", () => {
  it("reads words of condemnation (غير دستوري، مرعبة، ابتزاز، تهديدا …) as `pejorative`", () => {
    for (const s of [
      "واعتبر الحزب الجمهوري أن تعيين المدير الجديد غير دستوري.",
      "ووصفت المعارضة الإجراءات الجديدة بأنها مرعبة.",
      "ووصف الوزير قطع الكهرباء عن المدن بأنه ابتزاز سياسي.",
      "واعتبرت النقابة القرار تهديدا لحرية الصحافة.",
    ]) {
      const accuse = eventsOf(s).filter((e) => e.type === "ACCUSE");
      expect(accuse, s).toHaveLength(1);
    }
  });

  it("reads no accusation from a description in words of praise or of a state", () => {
    for (const s of ["ووصفت الوزارة الزيارة بأنها تاريخية.", "ووصف الأطباء حالة المصاب بأنها مستقرة."])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("ACCUSE");
  });
});
