import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

// Session 8's trigger classes for the types the extractor missed most (court rulings, dismissals, reopened
// crossings, halted strikes, no-confidence votes, charges). The sentences are written for these tests.
const typesOf = (text: string) => eventsOf(text).map((e) => e.type);

describe("court sentences are SANCTION (PLOVER convict)", () => {
  it("reads a sentence by قضى, حكم or a court's condemnation as SANCTION convict", () => {
    const [e] = eventsOf("قضت محكمة الجنايات، الخميس، بالسجن خمس سنوات على ثلاثة متهمين.");
    expect(e?.type).toBe("SANCTION");
    expect(e?.mode).toBe("convict");
    expect(typesOf("حكمت المحكمة على المتهمين بالحبس عامين.")).toEqual(["SANCTION"]);
    expect(typesOf("أدانت المحكمة أربعة متهمين.")).toEqual(["SANCTION"]);
    // a minister's condemnation stays a verbal accusation; time spent abroad is no sentence
    expect(typesOf("أدان الوزير التفجير.")).toEqual(["ACCUSE"]);
    expect(eventsOf("قضى الرجل عشرة أعوام في الخارج.")).toEqual([]);
  });
});

describe("dismissals and no-confidence votes are SANCTION", () => {
  it("reads أقال, أعفى with an office after it, and إعفاء of an official as SANCTION", () => {
    expect(typesOf("أقال الرئيس الجزائري وزير الداخلية.")).toEqual(["SANCTION"]);
    expect(typesOf("أعفى الملك وزير الصحة من منصبه.")).toEqual(["SANCTION"]);
    expect(typesOf("قررت الحكومة إعفاء مدير الأمن من مهامه.")).toEqual(["SANCTION"]);
    // an exemption from fees is no dismissal
    expect(eventsOf("أعفت الحكومة المستثمرين من الرسوم الجمركية.")).toEqual([]);
  });

  it("reads a vote withholding confidence from a minister as SANCTION", () => {
    expect(typesOf("حجب البرلمان الثقة عن وزير المالية.")).toEqual(["SANCTION"]);
    expect(typesOf("أعلن البرلمان سحب الثقة من الحكومة.")).toEqual(["SANCTION"]);
  });
});

describe("reopening a crossing and halting a protest are RETREAT", () => {
  it("reads a crossing, port or airport reopened as RETREAT (access)", () => {
    const [e] = eventsOf("أعلنت السلطات فتح المعبر الحدودي مع الجزائر.");
    expect(e?.type).toBe("RETREAT");
    expect(e?.mode).toBe("access");
    expect(typesOf("أعادت الحكومة فتح المطار.")).toEqual(["RETREAT"]);
    // opening fire at border guards is an attack, not access granted
    expect(typesOf("أطلق مسلحون النار على حرس الحدود.")).not.toContain("RETREAT");
  });

  it("reads a strike or protest halted, suspended or postponed as RETREAT", () => {
    expect(typesOf("أعلنت النقابة تعليق الإضراب.")).toEqual(["RETREAT"]);
    expect(typesOf("أعلنت النقابة تأجيل الإضراب العام لمدة أسبوعين.")).toEqual(["RETREAT"]);
    expect(typesOf("أعلنت النقابة وقف الاحتجاجات.")).toEqual(["RETREAT"]);
  });
});

describe("charges pressed are ACCUSE (allege)", () => {
  it("reads charges brought by رفع as ACCUSE, not prices raised", () => {
    expect(typesOf("رفعت الحكومة تهما ضد خمسة موظفين.")).toEqual(["ACCUSE"]);
    expect(eventsOf("رفعت الحكومة الأسعار.")).toEqual([]);
  });
});
