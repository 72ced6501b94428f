import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 24: statements whose speaker the extractor did not find. The sentences are written for these tests, in the
// style of news reports.

describe("a document as the subject of a call, a warning or an accusation speaks for its issuer (documentSpeaker)", () => {
  it("takes the issuer named after the document: its genitive, after ل, or after صادر عن", () => {
    for (const [s, type, speaker] of [
      ["وطالب بيان صادر عن وزارة الداخلية المحتجين بإخلاء الطريق.", "REQUEST", "وزارة الداخلية"],
      ["ودعا بيان الحكومة النقابات إلى الحوار.", "REQUEST", "الحكومة"],
      ["واتهم تقرير جديد لوزارة الخارجية الجيش بتعذيب المعتقلين.", "ACCUSE", "وزارة الخارجية"],
    ] as const) {
      const e = eventsOf(s).find((x) => x.type === type);
      expect(e, s).toBeDefined();
      expect(names(e, "actor1"), s).toEqual([speaker]);
    }
  });

  it("reads 'the statement' as said by the one told issuing it, and the party after it as the object", () => {
    const s = "وأصدرت وزارة الخارجية بيانا يوم السبت. ودعا البيان الحكومة إلى ضبط النفس.";
    const e = eventsOf(s).find((x) => x.type === "REQUEST");
    expect(names(e, "actor1")).toEqual(["وزارة الخارجية"]);
    expect(names(e, "actor2")).toEqual(["الحكومة"]);
    expect(e?.modality).toBe("asserted");
  });

  it("reads 'the statement' before its verb as said by the speaker told before", () => {
    const s = "ودانت وزارة الخارجية الهجوم على السفارة. لكن البيان دعا إلى ضبط النفس.";
    const e = eventsOf(s).find((x) => x.type === "REQUEST");
    expect(names(e, "actor1")).toEqual(["وزارة الخارجية"]);
  });

  it("takes no party after 'the statement' for the speaker when none issued it", () => {
    const s = "ودعا البيان الحكومة إلى الاستقالة.";
    const requests = eventsOf(s).filter((x) => x.type === "REQUEST");
    for (const e of requests) expect(names(e, "actor1"), s).not.toContain("الحكومة");
  });

  it("reads a warning by a report as its issuer's", () => {
    const s = "وحذر تقرير صادر عن وزارة الصحة من انتشار الوباء في المدن.";
    const e = eventsOf(s).find((x) => x.type === "THREATEN" || x.type === "ACCUSE");
    expect(names(e, "actor1")).toEqual(["وزارة الصحة"]);
  });
});
