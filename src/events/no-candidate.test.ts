import { describe, expect, it } from "vitest";
import { datedEventsOf, eventsOf } from "./fixtures.ts";

// Session 10's trigger classes for gold events with no candidate at all in their sentence (TUNE batches): seizures
// of contraband, remand in custody and arrest warrants, listing as terrorists, and an object noun told after a time
// fenced by commas. The sentences are written for these tests.
const typesOf = (text: string) => eventsOf(text).map((e) => e.type);
const modesOf = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.mode}`);

describe("seizures of contraband are COERCE (seize)", () => {
  it("reads حجز, ضبط, مصادرة of contraband told by its measure or its carrier", () => {
    expect(modesOf("تمكنت وحدات الحرس الديواني من حجز كمية من الأدوية والسجائر المهربة.")).toEqual([
      "COERCE:seize",
    ]);
    expect(modesOf("ضبطت الشرطة 12 طنا من التن الأحمر في الميناء.")).toEqual(["COERCE:seize"]);
    expect(modesOf("حجزت وحدات الجمارك أربع شاحنات محملة بالإطارات المطاطية.")).toEqual(["COERCE:seize"]);
    // weapons found on someone by the security forces are seized
    expect(modesOf("أعلنت الشرطة أنه تم العثور بحوزة المسلحين على 4 بنادق آلية.")).toEqual(["COERCE:seize"]);
  });

  it("leaves restraint, bookings and finds that are no weapons alone", () => {
    expect(typesOf("دعا الأمين العام الطرفين إلى ضبط النفس.")).not.toContain("COERCE");
    expect(eventsOf("حجزت العائلة تذاكر السفر إلى تونس.")).toEqual([]);
    expect(eventsOf("أعلنت الشرطة العثور على جثة رجل في النهر.")).toEqual([]);
  });
});

describe("remand in custody, committal and arrest warrants are COERCE (arrest)", () => {
  it("reads حبس and الاحتفاظ with a person after them as an arrest", () => {
    expect(modesOf("حبست النيابة العامة أربعة رجال شرطة على ذمة التحقيق.")).toEqual(["COERCE:arrest"]);
    expect(modesOf("أمرت السلطات بحبس المتهمين احتياطيا.")).toEqual(["COERCE:arrest"]);
    expect(modesOf("قررت الشرطة الاحتفاظ بسائقي الشاحنتين للتحقيق معهما.")).toEqual(["COERCE:arrest"]);
    expect(modesOf("أودعت الشرطة المتهم السجن.")).toEqual(["COERCE:arrest"]);
  });

  it("gives an ordered arrest to the one who orders it", () => {
    const [e] = eventsOf("أمرت الشرطة باعتقال المتهمين.");
    expect(e?.type).toBe("COERCE");
    expect(e?.actors?.filter((a) => a.role === "actor1").map((a) => a.name_ar)).toEqual(["الشرطة"]);
  });

  it("reads an arrest warrant issued as COERCE", () => {
    expect(modesOf("أصدرت السلطات مذكرة توقيف بحق رجل تونسي.")).toEqual(["COERCE:arrest"]);
  });

  it("leaves held breath and power kept alone", () => {
    expect(eventsOf("حبس العالم أنفاسه بانتظار نتائج الانتخابات.")).toEqual([]);
    expect(eventsOf("قررت الحكومة الاحتفاظ بالسلطة حتى الانتخابات.")).toEqual([]);
  });
});

describe("listing a group as terrorist is SANCTION", () => {
  it("reads أدرج and إدراج with a terror list in the clause, past the subject and the one listed", () => {
    expect(typesOf('أدرجت الحكومة الأمريكية منظمة "سرايا الأشتر" على قائمة المنظمات الإرهابية.')).toEqual([
      "SANCTION",
    ]);
    expect(typesOf("أصدرت المحكمة حكما بإدراج 1529 شخصا على قائمة الإرهاب.")).toContain("SANCTION");
    // a name added to an agenda or a school curriculum is no sanction
    expect(eventsOf("أدرجت الحكومة المشروع على جدول أعمال البرلمان.")).toEqual([]);
  });
});

describe("an object noun after a time fenced by commas", () => {
  it("finds فرض before عقوبات across the subject and ، الخميس ،", () => {
    const [e] = datedEventsOf("فرضت الحكومة الأمريكية، الخميس، عقوبات على سبع شركات.");
    expect(e?.type).toBe("SANCTION");
  });
});

describe("an object a trigger needs, counted in words, not in punctuation", () => {
  it("finds the office after a subject with an apposition fenced by commas", () => {
    expect(typesOf("أعفى الملك، رئيس الدولة، وزير الاقتصاد والمالية من منصبه.")).toEqual(["SANCTION"]);
  });

  it("finds the migrants counted after ما يقرب من", () => {
    expect(modesOf("رحلت السلطات ما يقرب من 400 مهاجر إلى النيجر.")).toEqual(["COERCE:deport"]);
  });

  it("reads a stabbing of a teacher and camps dismantled", () => {
    expect(typesOf("طعن رجل معلما أمام مدرسة في الجزائر.")).toContain("ASSAULT");
    expect(typesOf("فككت الشرطة مخيمين للمهاجرين.")).toEqual(["COERCE"]);
    // an appeal lodged against a ruling is no stabbing
    expect(eventsOf("طعن المحامي في الحكم أمام محكمة الاستئناف.")).toEqual([]);
  });

  it("keeps a court's sentence to prison one SANCTION, not a remand too", () => {
    expect(typesOf("قضت المحكمة بالحبس عامين على ثلاثة متهمين.")).toEqual(["SANCTION"]);
    // a suspended sentence (مع إيقاف التنفيذ) arrests nobody, whoever is named just before it
    expect(typesOf("قضت المحكمة بسجن الإمام شهرا مع إيقاف التنفيذ.")).toEqual(["SANCTION"]);
  });
});
