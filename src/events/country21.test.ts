import { describe, expect, it } from "vitest";
import { lookupActor } from "../places/api.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 21 (evplace21): an event's country and place. The sentences are written for these tests.

const { run } = wholePipeline("2016-05-12");

describe("a Tunisian radio named with its article (data/actors/media.tsv: الجوهرة أف أم)", () => {
  it("places a protest that names no place in Tunisia when the story was told to the radio", () => {
    const e = ofType(
      run(
        "نفذ صباح اليوم عدد من عمال الحضائر وقفة احتجاجية للمطالبة بتسوية وضعياتهم، وفق ما أفاد به أحدهم للجوهرة أف أم.",
      ),
      "PROTEST",
    );
    expect(e?.location?.country).toBe("TN");
  });

  it('reads the radio\'s name with a quotation mark inside it (للجوهرة "اف ام")', () => {
    const e = ofType(
      run('نفذ عدد من العمال وقفة احتجاجية للمطالبة بصرف أجورهم، وفق ما أفاد به أحدهم للجوهرة "اف ام".'),
      "PROTEST",
    );
    expect(e?.location?.country).toBe("TN");
  });

  it("links the radio's name written with the article, as its own stories write it", () => {
    for (const name of ["الجوهرة أف أم", "الجوهرة اف ام", "جوهرة أف أم"])
      expect(lookupActor(name)[0]?.canonical.country).toBe("TN");
  });
});

describe("US states in the gazetteer (data/gazetteer/additions.tsv)", () => {
  it("places an arrest by a state's police there, not in the country of the victim the article names", () => {
    const e = ofType(
      run(
        "أعلنت الشرطة في ولاية كانساس القبض على رجل يشتبه في قتله طالبا هنديا. وكان الطالب قد وصل من الهند قبل عامين.",
      ),
      "COERCE",
    );
    expect(e?.location?.country).toBe("US");
  });
});

describe("an article that names one place only, a province, is about it (stage.ts focusPlace)", () => {
  it("places an arrest at the province a later sentence names once, as it would a town", () => {
    const e = ofType(
      run(
        "تمكنت الوحدات الأمنية أمس من القبض على شابين بصدد سرقة منزل. وأكد المظنون فيهما خلال التحريات معهما من طرف فرقة الأبحاث بولاية أريانة أنهما ارتكبا سرقات أخرى بالجهة.",
      ),
      "COERCE",
    );
    expect([e?.location?.name_en, e?.location?.country]).toEqual(["Ariana", "TN"]);
  });
});
