import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 22 (evarg22): both parties of meetings, talks, agreements and joint drills. The sentences are written for
// these tests.

const { run } = wholePipeline();
const countries = (e: DocEvent | undefined) => (e?.actors ?? []).map((a) => a.country ?? null);

describe("a counterpart named by its pronoun and nisba (نظيره التركي, agents.tsv role counterpart)", () => {
  it("reads the counterpart after مع as the other side of talks, its phrase ending at the nisba", () => {
    const e = ofType(run("بحث وزير الخارجية الروسي مع نظيره التركي الأزمة السورية."), "CONSULT");
    const other = e?.actors.find((a) => a.country === "TR");
    expect(other?.name_ar).toBe("نظيره التركي");
    expect(countries(e)).toContain("RU");
  });

  it("does not place talks with no place named in the counterpart's country", () => {
    const e = ofType(run("بحث وزير الخارجية الروسي مع نظيره التركي الأزمة السورية."), "CONSULT");
    expect(e?.location?.country).toBe("RU");
  });

  it("reads a meeting verb's bare object right after its subject as the other side (التقى X نظيره Y)", () => {
    const e = ofType(run("التقى رئيس وزراء العراق نظيره الأردني أمس."), "CONSULT");
    expect(countries(e)).toEqual(expect.arrayContaining(["IQ", "JO"]));
    const meets = ofType(run("يلتقي الملك المغربي الرئيس الموريتاني الأسبوع المقبل."), "CONSULT");
    expect(countries(meets)).toEqual(expect.arrayContaining(["MA", "MR"]));
  });
});

describe("a dual or plural pronoun on an event noun points at the whole list (تدريباتهما)", () => {
  it("gives a joint drill both of the states that hold it", () => {
    const e = ofType(
      run("بدأت كوريا الجنوبية والولايات المتحدة تدريباتهما العسكرية المشتركة أمس."),
      "MOBILIZE",
    );
    expect(countries(e)).toEqual(["KR", "US"]);
    expect(e?.location?.country).toBe("KR");
  });
});

describe("a meeting told as the occasion that opens its sentence (وفي اتصال هاتفي مع نظيره …، نفى الوزير)", () => {
  it("is held by the subject of the verb after it, with the counterpart named after مع", () => {
    const e = ofType(
      run("وفي اتصال هاتفي مع نظيره الماليزي نفى وزير الخارجية الإندونيسي هذه الاتهامات."),
      "CONSULT",
    );
    expect(countries(e)).toEqual(expect.arrayContaining(["ID", "MY"]));
  });

  it("reads the subject after a comma and a report verb too", () => {
    const e = ofType(
      run("خلال اتصال هاتفي مع نظيره الفرنسي، أكد الرئيس المصري دعم بلاده للحل السياسي."),
      "CONSULT",
    );
    expect(countries(e)).toEqual(expect.arrayContaining(["EG", "FR"]));
  });

  it("takes no party from the source of a frame told after the content", () => {
    const events = run("وفي مكالمة هاتفية اعتبر الزعيمان أن الوضع خطير، وفق ما ذكرت السفارة الروسية.");
    expect(countries(ofType(events, "CONSULT"))).not.toContain("RU");
  });
});

describe("an agreement told without its doer in a speaker's report (أنه تم الاتفاق)", () => {
  it("has the speaker as a party", () => {
    const e = ofType(
      run("وأضاف وزير الخارجية المغربي، أنه تم الاتفاق على توسيع التعاون الاقتصادي."),
      "AGREE",
    );
    expect(countries(e)).toContain("MA");
  });

  it("takes nothing from an agreement told with تم outside a report", () => {
    const e = ofType(run("وتم الاتفاق على توسيع التعاون الاقتصادي."), "AGREE");
    expect(e?.actors ?? []).toEqual([]);
  });
});
