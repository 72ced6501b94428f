import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";
import { verbAgreement } from "./implied-speaker.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 18 (evspeaker18): a statement verb whose clause names no speaker takes one from the discourse before
// readCandidate's "statements need a speaker" drops it (implied-speaker.ts). The sentences are written for these tests.

describe("verbAgreement: the person a third person verb form agrees with", () => {
  it("tells masculine, feminine and plural forms apart, and says nothing of a form it cannot tell", () => {
    expect(verbAgreement("دعا", "past")).toBe("m");
    expect(verbAgreement("طالبا", "past")).toBeNull();
    expect(verbAgreement("طالب", "past")).toBe("m");
    expect(verbAgreement("طالبت", "past")).toBe("f");
    expect(verbAgreement("طالبوا", "past")).toBe("pl");
    expect(verbAgreement("يطالب", "present")).toBe("m");
    expect(verbAgreement("تطالب", "present")).toBe("f");
    expect(verbAgreement("يطالبون", "present")).toBe("pl");
  });
});

describe("a stance masdar with a pronoun suffix after the verb that voices it (عبرت تونس عن إدانتها)", () => {
  it("is said by the antecedent of its pronoun, the subject of the voicing or reporting verb", () => {
    const voiced = ofType(eventsOf('عبرت تونس، الأحد، عن "إدانتها الشديدة للتفجير الإرهابي".'), "ACCUSE");
    expect(names(voiced, "actor1")).toEqual(["تونس"]);
    const reported = ofType(eventsOf('وأكدت الوزارة "إدانتها ورفضها التام للهجمات الصاروخية".'), "ACCUSE");
    expect(names(reported, "actor1")).toEqual(["الوزارة"]);
  });

  it("is not said by a subject its pronoun does not agree with (ه is no ministry)", () => {
    expect(
      ofType(eventsOf('وأكدت الوزارة "إدانته ورفضه التام للهجمات الصاروخية".'), "ACCUSE"),
    ).toBeUndefined();
  });
});

describe("a verb whose فيه/فيها points at a document (أصدرت الوزارة بيانا دانت فيه)", () => {
  it("is said by the one who issued the document", () => {
    const e = ofType(
      eventsOf("أصدرت وزارة الخارجية الفرنسية بيانا السبت، دانت فيه إطلاق النار على المتظاهرين."),
      "ACCUSE",
    );
    expect(names(e, "actor1")).toEqual(["وزارة الخارجية الفرنسية"]);
  });

  it("is not said by an issuer the verb does not agree with (أدان is no ministry)", () => {
    expect(
      ofType(eventsOf("أصدرت الوزارة بيانا السبت، أدان فيه إطلاق النار على المتظاهرين."), "ACCUSE"),
    ).toBeUndefined();
  });
});

describe('a verb in the first person in a quote ("ندين …")', () => {
  it("is said by the speaker of the report before, or of the frame that follows the quote", () => {
    const before = ofType(
      eventsOf('وقالت الحكومة الأمريكية إن الهجوم وقع فجرا. "ندين الهجوم على السفارة".'),
      "ACCUSE",
    );
    expect(names(before, "actor1")).toEqual(["الحكومة الأمريكية"]);
    const after = ofType(
      eventsOf(
        'وقالت الحكومة الأمريكية إن الهجوم وقع فجرا. "ندين الهجوم على السفارة"، قالت الحكومة الفرنسية.',
      ),
      "ACCUSE",
    );
    expect(names(after, "actor1")).toEqual(["الحكومة الفرنسية"]);
  });

  it("has no speaker when nothing before or after tells one", () => {
    expect(ofType(eventsOf('"ندين الهجوم على السفارة".'), "ACCUSE")).toBeUndefined();
  });
});

describe("a statement verb joined by و after a report, with no subject of its own (ودعا إلى …)", () => {
  it("continues the speaker of the report before", () => {
    const e = ofType(eventsOf("قال الرئيس الروسي إن بلاده لن تتراجع. ودعا إلى وقف التصعيد."), "REQUEST");
    expect(names(e, "actor1")).toEqual(["الرئيس الروسي"]);
  });

  it("does not take a speaker it does not agree with, nor the subject of a clause that reports nothing", () => {
    expect(
      ofType(eventsOf("قالت الحكومة الروسية إنها لن تتراجع. ودعا إلى وقف التصعيد."), "REQUEST"),
    ).toBeUndefined();
    expect(ofType(eventsOf("وصل الرئيس الروسي إلى باريس. ودعا إلى وقف التصعيد."), "REQUEST")).toBeUndefined();
  });
});

describe("a statement verb after أنه/أنها (وأوضح بوريسوف أنه رفض …)", () => {
  const { analyse } = wholePipeline();
  const story = (pronounVerb: string) =>
    analyse({
      id: "implied-speaker",
      text: `أعلن رئيس الوزراء البلغاري بويكو بوريسوف موقفه. وأوضح بوريسوف أمام البرلمان ${pronounVerb} نداء من إيطاليا بقبول بعض المهاجرين.`,
      published: "2018-06-01",
    }).events;

  it("is said by the speaker of the report frame it completes", () => {
    expect(names(ofType(story("أنه رفض"), "REJECT"), "actor1")).toEqual(["بوريسوف"]);
  });

  it("is not said by a speaker its pronoun and verb do not agree with", () => {
    expect(ofType(story("أنها رفضت"), "REJECT")).toBeUndefined();
  });
});
