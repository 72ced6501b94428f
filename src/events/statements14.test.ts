import { describe, expect, it } from "vitest";
import type { Doc } from "../doc/types.ts";
import { docOf, eventResources, eventsOf, names } from "./fixtures.ts";
import { extractEvents } from "./stage.ts";

// Session 14: statements (ACCUSE, REJECT, REQUEST, THREATEN) whose speaker was not read. The sentences are written
// for these tests, in the style of news reports.

describe("a statement's subject headed by a speaker word the agent list lacks", () => {
  it("reads a judge or a prosecutor as the speaker, of the country of its nisba", () => {
    const [judge] = eventsOf("رفض القاضي الفرنسي طلب الدفاع تأجيل الجلسة.");
    expect(judge?.type).toBe("REJECT");
    expect(names(judge, "actor1")).toEqual(["القاضي الفرنسي"]);
    expect(judge?.actors?.find((a) => a.role === "actor1")?.country).toBe("FR");
    const [prosecutor] = eventsOf("واتهم النائب العام الوزير السابق بتلقي رشاوى.");
    expect(prosecutor?.type).toBe("ACCUSE");
    expect(names(prosecutor, "actor1")).toEqual(["النائب العام"]);
    // (a prosecutor's demand in court is a step of the trial, no statement)
    expect(eventsOf("وطالب الادعاء العام بسجن المتهم عشر سنوات.").map((e) => e.type)).not.toContain(
      "REQUEST",
    );
  });

  it("reads a bloc, a chamber or an association as the speaker, before or after the verb", () => {
    const [chamber] = eventsOf("وطالبت الغرفة الوطنية للمخابز السلطات بتطبيق القانون على المخالفين.");
    expect(chamber?.type).toBe("REQUEST");
    expect(names(chamber, "actor1")).toEqual(["الغرفة الوطنية"]);
    // (the association's head right after the verb is the subject, not the journalists its name is of)
    const [assoc] = eventsOf("دعت الجمعية التونسية للمحامين الشبان وزارة العدل إلى فتح تحقيق.");
    expect(names(assoc, "actor1")).toEqual(["الجمعية التونسية"]);
    expect(names(assoc, "actor2")).toContain("وزارة العدل");
    const [svo] = eventsOf("الرابطة الوطنية نددت بالاعتداء على الصحفيين.");
    expect(svo?.type).toBe("ACCUSE");
    expect(names(svo, "actor1")).toEqual(["الرابطة الوطنية"]);
  });

  it("reads a spokesperson as speaking for the one after باسم, and a member for the party after في", () => {
    const [spokes] = eventsOf("انتقدت المتحدثة باسم الخارجية الأمريكية التدخل الروسي في الانتخابات.");
    expect(spokes?.type).toBe("ACCUSE");
    expect(names(spokes, "actor1")).toEqual(["الخارجية الأمريكية"]);
    expect(spokes?.actors?.find((a) => a.role === "actor1")?.country).toBe("US");
    const [member] = eventsOf("دعا القيادي في حركة النهضة إلى فتح تحقيق في الأحداث.");
    expect(member?.type).toBe("REQUEST");
    expect(names(member, "actor1")).toEqual(["حركة النهضة"]);
  });

  it("gives no speaker where the text names none: a spokesperson of no named party, a statement with no act", () => {
    expect(eventsOf("ورفض متحدث الرد على أسئلة الصحفيين.").map((e) => e.type)).not.toContain("REJECT");
    expect(eventsOf("وقال القاضي إن الوضع صعب.")).toEqual([]);
    // a speaker word that is the object of another word is no subject (بإقالة النائب العام)
    expect(eventsOf("طالب المحتجون بإقالة النائب العام.").flatMap((e) => names(e, "actor1"))).toEqual([
      "المحتجون",
    ]);
  });
});

describe("a statement verb whose subject is a pronoun", () => {
  it("reads the speaker of the sentence for a verb after لكنه، فإنه، إلا أنه", () => {
    const [e] = eventsOf("وقال الرئيس الفرنسي إن الحكومة لن تتراجع، لكنه دعا المعارضة إلى الحوار.");
    expect(e?.type).toBe("REQUEST");
    expect(names(e, "actor1")).toEqual(["الرئيس الفرنسي"]);
    expect(names(e, "actor2")).toEqual(["المعارضة"]);
  });

  it("reads the sentence's subject for a verb after كما with no subject of its own", () => {
    const [e] = eventsOf("وأشار وزير الخارجية الروسي إلى الأزمة في البلقان، كما انتقد توسع الحلف شرقا.");
    expect(e?.type).toBe("ACCUSE");
    expect(names(e, "actor1")).toEqual(["وزير الخارجية الروسي"]);
    // (كما with a subject right after the verb keeps it)
    const [own] = eventsOf("وأشار الوزير إلى الأزمة، كما انتقد الرئيس الفرنسي توسع الحلف شرقا.");
    expect(names(own, "actor1")).toEqual(["الرئيس الفرنسي"]);
  });
});

describe("و/ف before a two-letter verb", () => {
  it("splits و from حث and شن (وحث الرئيس، وشن الجيش غارات)", () => {
    const [urge] = eventsOf("وحث الأمين العام الأطراف على ضبط النفس.");
    expect(urge?.type).toBe("REQUEST");
    const [raid] = eventsOf("وشن الجيش غارات على مواقع المسلحين شمال البلاد.");
    expect(raid?.type).toBe("ASSAULT");
    expect(names(raid, "actor1")).toEqual(["الجيش"]);
  });
});

describe("two country names side by side that the tagger took as one place", () => {
  it("reads each as a state: the accuser and the accused", () => {
    const text = "اتهمت قطر السعودية بانتهاك القانون الدولي.";
    const name = "قطر السعودية";
    const start = text.indexOf(name);
    const span = { start, end: start + name.length, text: name };
    const doc: Doc = {
      ...docOf(text),
      entities: [{ ...span, type: "LOC" as const }],
      places: [{ ...span, id: null, name_en: null, country: null, lat: null, lon: null, precision: null }],
    };
    const [e] = extractEvents(doc, eventResources);
    expect(e?.type).toBe("ACCUSE");
    expect(e?.actors?.find((a) => a.role === "actor1")?.country).toBe("QA");
    expect(e?.actors?.find((a) => a.role === "actor2")?.country).toBe("SA");
  });
});
