import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 21: non-statement events no trigger of their type reached (data/events/triggers.tsv, cues.tsv). The
// sentences are written for these tests, in the style of news reports.

describe("an acquittal", () => {
  it("reads a court ruling an acquittal as RETREAT, not a sentence", () => {
    for (const s of [
      "قضت محكمة جنايات مصرية ببراءة مقدمة البرامج سمية حسن من تهمة التحريض.",
      "وقضت المحكمة الابتدائية بسوسة بعدم سماع الدعوى في حق المتهمين الرئيسيين في القضية.",
      "برأت محكمة أردنية الناشط خالد يوسف من تهم التحريض، الخميس.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("RETREAT");
      expect(types, s).not.toContain("SANCTION");
    }
    const [acquittal] = eventsOf("قضت محكمة جنايات مصرية ببراءة مقدمة البرامج سمية حسن من تهمة التحريض.");
    expect(acquittal?.mode).toBe("release");
    expect(names(acquittal, "actor1")).toEqual(["محكمة"]);
  });

  it("keeps a verdict that sentences some and acquits others a sentence", () => {
    // in one sentence, and told after the sentence in the next one
    for (const s of [
      "حكمت المحكمة بالسجن 10 سنوات على ثلاثة متهمين وبرأت اثنين آخرين.",
      "قضت محكمة ليبية بالإعدام على 45 متهما بقتل متظاهرين. كما برأت المحكمة 22 متهما آخرين.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("SANCTION");
      expect(types, s).not.toContain("RETREAT");
    }
  });

  it("does not read برا (by land) as the verb", () => {
    expect(eventsOf("وصل المهاجرون إلى المدينة برا قادمين من النيجر.").map((e) => e.type)).not.toContain(
      "RETREAT",
    );
  });
});

describe("closing premises", () => {
  it("reads an authority or an armed group closing premises as COERCE restrict", () => {
    for (const [s, actor] of [
      ["أغلقت الشرطة الإسرائيلية أبواب المسجد الأقصى الجمعة وطردت المصلين.", "الشرطة الإسرائيلية"],
      ["قامت اللجنة الجهوية بغلق 6 رياض أطفال بمعتمدية الفوار باستعمال القوة العامة.", "اللجنة الجهوية"],
      ["أغلقت ميليشيا الحوثي عددا من مكاتب وكالات الحج في صنعاء.", "ميليشيا الحوثي"],
    ]) {
      const closure = eventsOf(s).find((e) => e.type === "COERCE");
      expect(closure, s).toBeDefined();
      expect(closure?.mode).toBe("restrict");
      expect(names(closure, "actor1"), s).toEqual([actor]);
    }
  });

  it("reads no closure in premises shutting their own doors, one's own offices shut, a closure in protest or one with no one closing", () => {
    for (const s of [
      "أغلقت المحلات التجارية أبوابها في العاصمة.",
      "عمد عدد من المعطلين إلى غلق مقر المعتمدية احتجاجا على التهميش.",
      "وأغلقت المدارس في المنطقة بسبب الفيضانات.",
      "أعلن الزعيم الشيعي إغلاق كافة مكاتبه السياسية في العراق.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("COERCE");
  });
});

describe("an ambassador recalled", () => {
  it("reads calling one's own ambassador home, or for consultations, as SANCTION, not a summons to complain", () => {
    for (const s of [
      "أدانت البرازيل العنف في نيكاراغوا واستدعت سفيرها من هناك يوم الثلاثاء.",
      "استدعت باكستان السفير لدى الهند من أجل التشاور.",
    ]) {
      const recall = eventsOf(s).find((e) => e.type === "SANCTION");
      expect(recall, s).toBeDefined();
      expect(names(recall, "actor1"), s).toEqual([s.includes("البرازيل") ? "البرازيل" : "باكستان"]);
    }
  });

  it("keeps summoning another state's ambassador an accusation", () => {
    const types = eventsOf("استدعت وزارة الخارجية الروسية السفير البريطاني في موسكو، الاثنين.").map(
      (e) => e.type,
    );
    expect(types).not.toContain("SANCTION");
  });
});

describe("a restriction lifted", () => {
  it("reads lifting a ban, sanctions or a state of emergency as RETREAT", () => {
    for (const s of [
      "رفع العراق الحظر الذي كان مفروضا على الرحلات الدولية إلى مطارات الإقليم.",
      "رفعت السلطات المصرية حالة الطوارئ في شمال سيناء.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).toContain("RETREAT");
    const [lift] = eventsOf("رفع العراق الحظر الذي كان مفروضا على الرحلات الدولية إلى مطارات الإقليم.");
    expect(names(lift, "actor1")).toEqual(["العراق"]);
  });

  it("reads no lifting in a call for it, nor a ban told further on in a relative clause", () => {
    for (const s of [
      "دعت فرنسا إلى رفع الحصار عن قطاع غزة.",
      "وسيرفع بالون ترامب الرضيع الذي حظر رفعه في المدينة.",
    ])
      expect(
        eventsOf(s).map((e) => e.type),
        s,
      ).not.toContain("RETREAT");
  });
});
