import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evplace2): a LOC of one word that is also a common word (scan-blocked.txt: قصر، ميدان، بلد) right
// before a definite word heads a construct — a palace, a square — and names no place (commonHeadOfConstruct in
// places/link.ts). The sentences are written for these tests.

const { run } = wholePipeline();

describe("a common word heading a construct is no place", () => {
  it("places a meeting in the Élysée palace in Paris, not at Ksar (قصر الإليزيه)", () => {
    const e = ofType(
      run("استقبل الرئيس الفرنسي وفد الرباعي الراعي للحوار اليوم في قصر الإليزيه بباريس."),
      "CONSULT",
    );
    expect(e?.location?.name_en).toBe("Paris");
    expect(e?.location?.country).toBe("FR");
  });
});

describe("the same word told as a name is still read", () => {
  it("reads Douma when no definite word follows it (دخلت القوات دوما بعد)", () => {
    const e = ofType(run("دخلت القوات السورية دوما بعد انسحاب المسلحين."), "RETREAT");
    expect(e?.location?.country).toBe("SY");
  });

  it("reads a Tunisian governorate after its head word (ولاية قبلي الجنوبية)", () => {
    const e = ofType(run("قتل ثلاثة في هجوم على حاجز أمني في ولاية قبلي الجنوبية."), "ASSAULT");
    expect(e?.location?.country).toBe("TN");
  });
});
