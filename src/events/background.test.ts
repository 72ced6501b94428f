import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

describe("background, habits and names are no news", () => {
  it("reads a pluperfect recap (وكان … قد) as background, unless a recent day dates it", () => {
    expect(eventsOf("وكانت وزارة الخارجية الكويتية قد استدعت السفير مرتين.")).toEqual([]);
    expect(eventsOf("وكان وزير الصحة طلب مؤخرا من المضربين وقف تحركهم لكن النقابات رفضت المقترح.")).toEqual(
      [],
    );
    expect(eventsOf("وكانت الشرطة قد اعتقلت ثلاثة أشخاص الجمعة.").map((e) => e.type)).toEqual(["COERCE"]);
    // كان with ف as with و (its proclitics come off through bareWord, the project's one clitic helper)
    expect(eventsOf("فكانت وزارة الخارجية الكويتية قد استدعت السفير مرتين.")).toEqual([]);
  });

  it("lets a recap tell more of an event told as news", () => {
    const events = eventsOf("اعتقلت الشرطة ثلاثة أشخاص في عمان. وكانت الشرطة قد اعتقلت الأشخاص بعد مداهمة.");
    expect(events).toHaveLength(1);
    expect(events[0]?.evidence.length).toBeGreaterThanOrEqual(1);
  });

  // (a past verb in a relative clause on a person or thing is read since session 18: ablation18.test.ts)
  it("reads habits and what happened over years as general patterns", () => {
    expect(eventsOf("عادة ما يستهدف المسلحون مبان حكومية في هجماتهم.")).toEqual([]);
    expect(eventsOf("ولكن عادة ما يستهدف المسلحون مبان حكومية ومنشآت طبية في هجماتهم على المدن.")).toEqual(
      [],
    );
    expect(eventsOf("تتعرض القاهرة من حين لآخر لهجمات مسلحة.")).toEqual([]);
    expect(eventsOf("شهدت مالي في السنوات الأخيرة هجمات جهادية عدة.")).toEqual([]);
    expect(eventsOf("شن الجيش عشرات الغارات على المسلحين خلال السنوات الخمس الماضية.")).toEqual([]);
    expect(eventsOf("شن الجيش غارات على المسلحين في إدلب.")).toHaveLength(1);
  });

  it("reads no event in fixed expressions", () => {
    expect(eventsOf("فاز الرئيس المنتهية ولايته في الانتخابات.")).toEqual([]);
    expect(eventsOf("وصلت القوات إلى قمة جبل الظهر.").map((e) => e.type)).not.toContain("CONSULT");
    expect(eventsOf("انسحب المسلحون من المديريات الواقعة تحت سيطرتها.").map((e) => e.type)).toEqual([
      "RETREAT",
    ]);
  });
});

describe("targets, foiled intentions and what is avoided are no events", () => {
  it("reads reinforcements or arms shipments an attack hits as its target", () => {
    const types = eventsOf("قصفت مقاتلات التحالف تجمعات الحوثيين وتعزيزاتهم في الساحل الغربي.").map(
      (e) => e.type,
    );
    expect(types).toContain("ASSAULT");
    expect(types).not.toContain("MOBILIZE");
    expect(eventsOf("أرسل الجيش تعزيزات إلى الساحل الغربي.").map((e) => e.type)).toEqual(["MOBILIZE"]);
  });

  it("reads an intention told in the past (كان + يعتزم) as a plot not carried out", () => {
    expect(eventsOf("وأكد البحث أن أفراد الخلية كانوا يعتزمون قتل أحد الأشخاص.")).toEqual([]);
    expect(eventsOf("تعتزم الحكومة إرسال مساعدات إنسانية إلى اليمن.")[0]?.modality).toBe("planned");
  });

  it("reads what is avoided (لتجنب شن هجوم) as no event", () => {
    expect(
      eventsOf("سعت تركيا لإقناع الهيئة بالالتزام بالاتفاق لتجنب شن هجوم على إدلب.").map((e) => e.type),
    ).not.toContain("ASSAULT");
  });

  it("types a deportation as COERCE (deport, session 26) and an airdrop of relief as aid", () => {
    expect(eventsOf("رحلت السلطات الفرنسية 20 مهاجرا إلى الجزائر.").map((e) => e.type)).toEqual(["COERCE"]);
    expect(eventsOf("وقامت قوات التحالف بإنزال جوي لمواد إغاثة غذائية للسكان.").map((e) => e.type)).toEqual([
      "AID",
    ]);
  });
});

describe("court sentences, closures and grants", () => {
  it("reads a court's prison sentence as SANCTION (convict), wherever the sentence word lies in the clause", () => {
    const [e] = eventsOf("قضت محكمة أمن الدولة الأردنية، الأربعاء، بالسجن 10 أعوام بحق اثنين من الأردنيين.");
    expect(e?.type).toBe("SANCTION");
    expect(e?.mode).toBe("convict");
    expect(eventsOf("قضى الرجل عشرين عاما في الخارج.")).toEqual([]);
  });

  it("reads closing a border crossing as COERCE (restrict), not closing a council", () => {
    expect(eventsOf("أغلقت السلطات الجزائرية المعابر الحدودية مع تونس.").map((e) => e.mode)).toEqual([
      "restrict",
    ]);
    expect(eventsOf("أغلقت الحكومة مكاتبها يوم العطلة.")).toEqual([]);
  });

  it("reads a grant of money as economic aid", () => {
    const [e] = eventsOf("قدمت السعودية منحة مالية للبنك المركزي اليمني.");
    expect(e?.type).toBe("AID");
  });

  it("reads what was done over the past year as a report's statistics", () => {
    expect(eventsOf("قتلت الميليشيا 49 مدنيا خلال العام الماضي في ذمار.")).toEqual([]);
  });
});

describe("an event noun followed by أي names no particular event", () => {
  it("reads none in what is ruled out", () => {
    expect(eventsOf("قال المرصد إنه لم يتم رصد انسحاب أي من عناصر المجموعات المتشددة من المنطقة.")).toEqual(
      [],
    );
    // the same noun with a particular subject is an event
    expect(eventsOf("أعلن الجيش انسحاب عناصره من المنطقة.").map((e) => e.type)).toContain("RETREAT");
  });
});
