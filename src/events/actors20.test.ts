import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 20 (evactor20): triggers dropped for want of an actor whose actor the text names outside the trigger's
// own phrase. The sentences are written for these tests.

const { run } = wholePipeline();
const actorNames = (e: DocEvent | undefined, role?: string) =>
  (e?.actors ?? []).filter((a) => !role || a.role === role).map((a) => a.name_ar);

describe("the accusative of purpose احتجاجا: the subject of the clause it qualifies protests (protest_purpose)", () => {
  it("reads the traders who block a road احتجاجا as the protesters", () => {
    const e = ofType(
      run("وأضاف المصدر أن هؤلاء التجار، قاموا بإغلاق الطريق السيارة احتجاجا على حجز خرفانهم في قابس."),
      "PROTEST",
    );
    expect(actorNames(e, "actor1")).toEqual(["التجار"]);
  });

  it("reads a counted group (عدد من سكان الحي) past a comma", () => {
    const e = ofType(
      run("عاد عدد من سكان الحي صبيحة اليوم الأحد إلى قطع الطريق الوطنية، احتجاجا على انقطاع الماء."),
      "PROTEST",
    );
    expect(actorNames(e, "actor1")).toEqual(["سكان الحي"]);
  });

  it("takes no speaker of the reporting frame, and no place or state, as the protester", () => {
    // the clause names no people: the protest keeps no actor and is dropped as before
    const events = run("قال وزير الداخلية إن الطريق أغلق أمس احتجاجا على القرار.");
    expect(ofType(events, "PROTEST")).toBeUndefined();
  });
});

describe("perpetrators named by their part in the deed or as unknown (agents.tsv, cue class agent_adjective)", () => {
  it("reads the unknown assailants after من قبل as the attackers", () => {
    const e = ofType(run("تعرض مسجد في مدينة أودينس لاعتداء من قبل مجهولين قبل أيام."), "ASSAULT");
    expect(actorNames(e, "actor1")).toEqual(["مجهولين"]);
  });

  it("reads المنحرف as the one who stabs", () => {
    const e = ofType(run("طعن المنحرف امرأة في أريانة أمس."), "ASSAULT");
    expect(actorNames(e, "actor1")).toEqual(["المنحرف"]);
  });

  it("keeps مجهولون the adjective of the gunmen it follows: one attacker, the victim actor 2", () => {
    const e = ofType(
      run("اغتال مسلحون مجهولون اليوم الاثنين الصحفي الليبي مفتاح بوزيد في بنغازي."),
      "ASSAULT",
    );
    expect(actorNames(e, "actor1")).toEqual(["مسلحون مجهولون"]);
    expect(actorNames(e, "actor2")).not.toContain("مجهولون");
  });

  it("keeps a definite adjective after a definite head only (الشبان الملثمون)", () => {
    const e = ofType(run("اعتدى الشبان الملثمون على صحفي في القيروان أمس."), "ASSAULT");
    expect(actorNames(e, "actor1")).toEqual(["الشبان الملثمون"]);
  });
});

describe("security bodies the lexicon lacked (agents.tsv, police: خفر السواحل، حرس الحدود، الديوانة، الجمارك)", () => {
  it("reads the coast guard as the one who threatens", () => {
    const e = ofType(
      run("وقالت المنظمة إن خفر السواحل الليبيين هددوا بإطلاق النار على السفينة الإسبانية."),
      "THREATEN",
    );
    expect(actorNames(e, "actor1")).toEqual(["خفر السواحل الليبيين"]);
  });

  it("reads the customs as the one who seizes", () => {
    const e = ofType(run("وحجزت الديوانة بصفاقس كمية من السجائر المهربة."), "COERCE");
    // (named by its lexicon entry: الديوانة التونسية since 44fa05f's armed-groups.tsv rows)
    expect(actorNames(e, "actor1")).toEqual(["الديوانة التونسية"]);
  });
});

describe("a relative clause on an event noun names its doer (relativeDoer, cue class relative_doer)", () => {
  it("reads the subject of وقعه after الاتفاق الذي as the agreeing party", () => {
    const e = ofType(
      run("وبموجب الاتفاق الذي وقعه زعماء الجماعات السياسية في بغداد، فإن الكتلة الأكبر تضم 177 نائبا."),
      "AGREE",
    );
    expect(actorNames(e, "actor1")).toEqual(["الجماعات السياسية"]);
  });

  it("reads the subject of شنه as the attacker, the place hit as actor 2", () => {
    const e = ofType(run("وأدان الوزير الهجوم الذي شنه مسلحون على الثكنة في مالي."), "ASSAULT");
    expect(actorNames(e, "actor1")).toEqual(["مسلحون"]);
    expect(actorNames(e, "actor2")).toEqual(["الثكنة"]);
  });

  it("does not read the one an attack befalls (تعرض له) as its doer", () => {
    const e = ofType(run("وأدان الوزير الهجوم الذي تعرض له الجنود في مالي."), "ASSAULT");
    expect(actorNames(e, "actor1")).toEqual([]);
  });
});

describe("people named by what they own, teach or were (agents.tsv, civilians: أصحاب، المدرسون، المتقاعدون)", () => {
  it("reads the taxi owners who strike", () => {
    const e = ofType(
      run("نفذ أصحاب سيارات الأجرة بمعتمدية الشابة اليوم الخميس إضرابا عاما احتجاجا على غلق الطريق."),
      "PROTEST",
    );
    expect(actorNames(e, "actor1")[0]).toContain("أصحاب");
  });

  it("reads the teachers (مدرسو) who strike", () => {
    const e = ofType(run("نفذ مدرسو التعليم الأساسي بمدينة فرنانة اليوم الجمعة إضرابا بساعتين."), "PROTEST");
    expect(actorNames(e, "actor1")[0]).toContain("مدرسو");
  });
});
