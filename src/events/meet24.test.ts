import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 24 (evmeet24): the party named after مع right after a meeting noun is a side of the meeting. The sentences
// are written for these tests.

const { run } = wholePipeline();
const countries = (e: DocEvent | undefined) => (e?.actors ?? []).map((a) => a.country ?? null);

describe("the party after مع right after a meeting noun is a side of the meeting", () => {
  it("adds the one talks are held with to the subject of the light verb (أجرى … محادثات مع)", () => {
    const e = ofType(run("وأجرى رئيس الوزراء العراقي محادثات مع الرئيس الإيراني في طهران أمس."), "CONSULT");
    expect(e?.modality).toBe("asserted");
    expect(countries(e)).toEqual(expect.arrayContaining(["IQ", "IR"]));
    expect(e?.actors.every((a) => a.role === "actor1")).toBe(true);
  });

  it("keeps the meeting whose holder the sentence leaves unsaid, with the one met as its side", () => {
    const e = ofType(
      run("وأكد في تصريحات على هامش لقاء مع وزير الدفاع الأمريكي أن بلاده تريد قاعدة عسكرية."),
      "CONSULT",
    );
    expect(countries(e)).toContain("US");
  });

  it("leaves an interview alone: the press after مع is no side of a consultation", () => {
    expect(
      ofType(run("وقال وزير الخارجية الفرنسي في لقاء مع الصحفيين إن الوضع مستقر."), "CONSULT"),
    ).toBeUndefined();
  });

  it("does not read a party after a comma as the one met (محادثات …، مع استمرار التوتر مع)", () => {
    const e = ofType(
      run("وأجرى رئيس الوزراء العراقي محادثات في بغداد أمس، مع استمرار التوتر مع الحكومة الإيرانية."),
      "CONSULT",
    );
    expect(countries(e)).toEqual(["IQ"]);
  });
});

describe("talks told by a verb of their own (تباحث، تحادث، تشاور; ناقش with مع)", () => {
  it("reads تباحث and تحادث as a consultation of both sides", () => {
    const e = ofType(run("وتباحث وزير الخارجية الروسي مع نظيره الأمريكي هاتفيا أمس."), "CONSULT");
    expect(countries(e)).toEqual(expect.arrayContaining(["RU", "US"]));
    const spoke = ofType(run("تحادث رئيس الوزراء العراقي مع وزير الخارجية الإيراني في بغداد."), "CONSULT");
    expect(countries(spoke)).toEqual(expect.arrayContaining(["IQ", "IR"]));
  });

  it("leaves a debate alone: ناقش with no one it is discussed with is no consultation", () => {
    expect(ofType(run("وناقش البرلمان التونسي مشروع القانون أمس."), "CONSULT")).toBeUndefined();
  });
});

describe("a name in apposition to the title that holds the meeting is no other side", () => {
  it("reads the counterpart after the minister's name as the one met (التقى الوزير سامح شكري نظيره الفرنسي)", () => {
    const e = ofType(
      run("التقى وزير الخارجية المصري سامح شكري نظيره الفرنسي جان إيف لودريان في باريس الثلاثاء."),
      "CONSULT",
    );
    expect(countries(e)).toEqual(expect.arrayContaining(["EG", "FR"]));
    expect(e?.actors.some((a) => a.name_ar === "نظيره الفرنسي")).toBe(true);
  });

  it("reads the party after مع once the name in apposition is passed (تباحث الوزير سيرغي لافروف مع نظيره)", () => {
    const e = ofType(
      run("وتباحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي مايك بومبيو هاتفيا."),
      "CONSULT",
    );
    expect(countries(e)).toEqual(expect.arrayContaining(["RU", "US"]));
  });
});
