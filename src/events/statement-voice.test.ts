import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 9: statements voiced by a noun (أعرب عن رفضه، عبرت عن إدانتها، أعلنت رفضها) and where a statement is
// placed. The sentences are written for these tests.

describe("a rejection or condemnation voiced by a verb of expressing", () => {
  it("reads رفض and إدانة after أعرب/عبر عن, أعلن, جدد, أكد as a statement of the verb's subject", () => {
    const [condemn] = eventsOf("وأعرب وزير الخارجية المصري عن إدانته للهجوم على الكنيسة.");
    expect(condemn?.type).toBe("ACCUSE");
    expect(names(condemn, "actor1")).toEqual(["وزير الخارجية المصري"]);
    const [reject] = eventsOf("أعلنت الحكومة الليبية رفضها للقرار الأممي.");
    expect(reject?.type).toBe("REJECT");
    expect(names(reject, "actor1")).toEqual(["الحكومة الليبية"]);
    // the عن phrase may come after a long subject and the frame of its statement
    const [far] = eventsOf("عبرت وزارة الصحة في بلاغ أصدرته اليوم الجمعة عن ادانتها للاعتداءات.");
    expect(far?.type).toBe("ACCUSE");
    expect(names(far, "actor1")).toEqual(["وزارة الصحة"]);
  });

  it("needs the voicing verb: a rejection named in passing or a conviction is no such statement", () => {
    expect(eventsOf("تواصلت الاحتجاجات في ظل رفض واسع للقانون الجديد.")).toEqual([]);
    expect(eventsOf("وصل الوفد عبر مطار قرطاج رغم إدانة واسعة للزيارة.")).toEqual([]);
  });
});

describe("where a statement is made", () => {
  it("places it where the speaker sits when a place follows the speaker with في", () => {
    const [e] = eventsOf("اتهمت السفارة الروسية في بريطانيا الحكومة البريطانية بممارسة لعبة خطيرة.");
    expect(e?.type).toBe("ACCUSE");
    expect(e?.location?.country).toBe("GB");
  });

  it("places it where its speaker's country is otherwise", () => {
    const [e] = eventsOf("هددت إيران بضرب القواعد الأمريكية في سوريا.");
    expect(e?.type).toBe("THREATEN");
    expect(e?.location?.country).toBe("IR");
  });
});

describe("the speaker of a statement", () => {
  it("reads a speaker named through من after a people word right before the verb", () => {
    const [e] = eventsOf("لكن مراقبين من الاتحاد الأوروبي نددوا في بيان بترهيب الناخبين.");
    expect(e?.type).toBe("ACCUSE");
    expect(names(e, "actor1")).toEqual(["الاتحاد الأوروبي"]);
    // the one asked with من after طلب is asked, not the speaker
    const [asked] = eventsOf("طلب الرئيس من الحكومة تقديم استقالتها.");
    expect(names(asked, "actor1")).toEqual(["الرئيس"]);
  });
});
