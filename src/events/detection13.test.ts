import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

// Session 13 (evdetect13): events the detector never read, from a script's cause table over the TUNE batches' misses
// (`marsad eval events DIR --run --details --json` and a trace of the rule of `readCandidate` that dropped each
// trigger). The sentences are written for these tests.

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("a call whose إلى stands past a long subject and object (دعا … إلى, up to the clause's end)", () => {
  it("is a REQUEST of the one who calls", () => {
    const [a] = eventsOf(
      "دعا رئيس الوزراء العراقي حيدر العبادي، الأربعاء، زعماء الكتل السياسية الكبرى في البرلمان إلى الحوار.",
    );
    expect(a?.type).toBe("REQUEST");
    expect(a?.location?.country).toBe("IQ");
    const [b] = eventsOf(
      "دعا وزير الداخلية الألماني في ختام اجتماع مع نظرائه في الولايات الألمانية إلى حظر النقاب في المدارس.",
    );
    expect(b?.type).toBe("REQUEST");
  });

  it("is none when another verb stands before the إلى (invited, not called for)", () => {
    expect(types("دعا الرئيس الفرنسي عددا من الصحفيين الأجانب في باريس عندما وصل إلى القصر.")).not.toContain(
      "REQUEST",
    );
    expect(types("دعا الملك الوفد الذي زار الجزائر الأسبوع الماضي بعد أن عاد إلى بلاده.")).not.toContain(
      "REQUEST",
    );
  });

  it("takes a three-letter verbal noun glued to ل as what it calls for (لدعم، لحل، لوقف)", () => {
    const [a] = eventsOf("دعا وزير الخارجية البريطاني المواطنين لدعم رئيسة الوزراء.");
    expect(a?.type).toBe("REQUEST");
  });
});

describe("a description after بأن names what the speaker calls it (وصف … بأنه + cue class pejorative)", () => {
  it("is an ACCUSE when the description is pejorative", () => {
    const [a] = eventsOf('ووصفت وزارة الخارجية الروسية القرار البريطاني بأنه "استفزاز سافر".');
    expect(a?.type).toBe("ACCUSE");
    expect(types('وصف الرئيس التركي المحتجين بأنهم "إرهابيون".')).toEqual(["ACCUSE"]);
  });

  it("is none when the description is not", () => {
    expect(types('ووصف الوزير الاتفاق بأنه "خطوة مهمة".')).toEqual([]);
  });
});

describe("an apology, and an admission of responsibility or of a mistake (CONCEDE)", () => {
  it("reads اعتذر as CONCEDE by the one who apologises", () => {
    const [a] = eventsOf("اعتذرت الحكومة البريطانية للمعارض الليبي عن دورها في ترحيله.");
    expect(a?.type).toBe("CONCEDE");
    expect(a?.actors?.find((x) => x.role === "actor1")?.country).toBe("GB");
  });

  it("reads اعترف as CONCEDE only with responsibility or a mistake after it, not a suspect's confession", () => {
    expect(types("واعترفت الحركة بالمسؤولية عن معاناة الضحايا.")).toContain("CONCEDE");
    expect(types("وقالت الشرطة إن الموقوف اعترف بانتمائه إلى خلية إرهابية.")).not.toContain("CONCEDE");
  });
});

describe("a suspension from duty or of a membership (SANCTION)", () => {
  it("reads أوقف … عن العمل as a suspension, not an arrest", () => {
    expect(types("وأوقفت وزارة الداخلية الضابط عن العمل إلى حين انتهاء التحقيق.")).toEqual(["SANCTION"]);
    // an arrest stays one
    expect(types("وأوقفت الشرطة الضابط في مطار العاصمة.")).toEqual(["COERCE"]);
  });

  it("reads تعليق عضوية and تعليق نشاط as SANCTION", () => {
    expect(types("أعلن رئيس البرلمان تعليق عضوية النائب المعارض في المجلس.")).toEqual(["SANCTION"]);
  });
});

describe("a suspect questioned (استجوب، تم استجواب: COERCE)", () => {
  it("reads the questioning by the police as COERCE", () => {
    expect(types("تستجوب الشرطة الفرنسية الوزير السابق بشأن تمويل حملته.")).toEqual(["COERCE"]);
    expect(types("واستجوب محققون فيدراليون المتهم في مقر الشرطة.")).toEqual(["COERCE"]);
  });

  it("tells no event by the noun alone (خلال استجوابه)", () => {
    expect(types("وقال الموقوف خلال استجوابه إنه كان يجهل الأمر.")).toEqual([]);
  });
});
