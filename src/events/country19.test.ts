import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 19 (evcountry19): events found with the wrong country, or with none. The sentences are written for these
// tests.

const { run } = wholePipeline();

describe("an article that speaks of one country only places its unplaced events there", () => {
  it("reads the one country of an actor named once: الشركة الكينية → Kenya", () => {
    const e = ofType(run("ألقت الشرطة القبض على مدير الشركة الكينية."), "COERCE");
    expect(e?.location?.country).toBe("KE");
  });

  it("guesses none between two countries named once each", () => {
    const e = ofType(run("اعتقلت الشرطة مدير شركة كينية وسائقا أوغنديا."), "COERCE");
    expect(e).toBeDefined();
    expect(e?.location).toBeNull();
  });
});

describe("a reporting clause's place is not the reported event's (pickPlace, the sentence fallback)", () => {
  it("places no meeting where its announcer spoke: قال هولاند في بروكسل إنه سيستقبل النقابات", () => {
    const e = ofType(
      run(
        "تظاهر مئات من عناصر الشرطة في باريس. وقال الرئيس الفرنسي فرنسوا هولاند الجمعة في بروكسل حيث حضر قمة للاتحاد الأوروبي إنه سيستقبل نقابات الشرطة.",
      ),
      "CONSULT",
    );
    expect(e?.location?.country).toBe("FR");
  });

  it("keeps it for an attack told by officials on the spot: قالت وزارة الصحة في غزة إن القوات قتلت", () => {
    const events = run(
      "قتل جنديان في هجوم شمال سيناء. وقالت وزارة الصحة في غزة إن القوات الإسرائيلية قتلت ثلاثة فلسطينيين.",
    );
    expect(events.find((e) => e.trigger?.text === "قتلت")?.location?.country).toBe("PS");
  });
});
