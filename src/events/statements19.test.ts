import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 19: statements the extractor never read (ACCUSE, REJECT, REQUEST, THREATEN with no prediction of their type
// in their sentences). The sentences are written for these tests, in the style of news reports.

describe("a complaint or a suit lodged against someone is an accusation", () => {
  it("reads شكوى، شكاية، دعوى، قضية followed by ضد or بحق as ACCUSE against the one after it", () => {
    for (const s of [
      "وتقدمت الجمعية بشكوى ضد وزير الداخلية أمام المحكمة الإدارية.",
      "ورفع الحزب شكاية جزائية ضد وزير الداخلية.",
      "وقدم الحزب الديمقراطي دعوى قضائية ضد حملة الرئيس.",
      "وسجلت الشرطة قضية جديدة بحق والدي الفتاة.",
    ]) {
      const accuse = eventsOf(s).filter((e) => e.type === "ACCUSE");
      expect(accuse, s).toHaveLength(1);
      expect(accuse[0]?.mode).toBe("allege");
    }
    const [party] = eventsOf("وقدم الحزب الديمقراطي دعوى قضائية ضد حملة الرئيس.").filter(
      (e) => e.type === "ACCUSE",
    );
    expect(names(party, "actor1")).toEqual(["الحزب الديمقراطي"]);
  });

  it("reads no accusation from a case or a complaint named without ضد or بحق", () => {
    for (const s of [
      "وقال المحامي إن القضية لا تزال أمام المحكمة.",
      "ونظرت المحكمة في شكوى تتعلق بتأخر الرواتب.",
      "وتعمل الحكومة على حل القضية الفلسطينية.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("ACCUSE");
  });
});
