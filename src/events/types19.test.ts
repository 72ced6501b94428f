import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 19: events read with the wrong type (a right-place, wrong-type event costs a spurious event and a missed
// one). The sentences are written for these tests, in the style of news reports.

describe("a court upholding a ruling", () => {
  it("reads أيد with a court as its subject as the court's SANCTION (convict), not SUPPORT", () => {
    for (const s of [
      "أيدت محكمة الاستئناف، الاثنين، الحكم بحل الجمعية ومصادرة أموالها.",
      "وأيدت المحكمة الإدارية العليا قرار سحب الجنسية من الناشط.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("SANCTION");
      expect(types, s).not.toContain("SUPPORT");
    }
    const [court] = eventsOf("أيدت محكمة الاستئناف، الاثنين، الحكم بحل الجمعية ومصادرة أموالها.").filter(
      (e) => e.type === "SANCTION",
    );
    expect(court?.mode).toBe("convict");
    expect(names(court, "actor1")).toEqual(["محكمة الاستئناف"]);
  });

  it("keeps أيد with any other subject a statement of support", () => {
    for (const s of [
      "أيد الرئيس التونسي قرار الحكومة بتأجيل الانتخابات.",
      "وأيدت فرنسا موقف الجامعة العربية.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("SUPPORT");
      expect(types, s).not.toContain("SANCTION");
    }
  });
});

describe("a charge pressed by a prosecutor or a judge", () => {
  it("stays an accusation (ACCUSE allege), not a conviction", () => {
    for (const s of [
      "وجهت النيابة العامة تهمة القتل العمد إلى الشاب.",
      "اتهمت النيابة العامة الرئيس السابق بالفساد.",
      "وجه قاض أميركي، الجمعة، خمسة اتهامات بالقتل لرجل اقتحم صحيفة محلية.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("ACCUSE");
      expect(types, s).not.toContain("SANCTION");
    }
  });

  it("still reads a court's condemnation (أدان) as a conviction", () => {
    const types = eventsOf("أدانت المحكمة ستة متهمين بالتخطيط لهجمات.").map((e) => e.type);
    expect(types).toContain("SANCTION");
  });
});

describe("a body approving a measure takes it", () => {
  it("reads وافق/صادق على + a measure's word as that measure (its subject the approver), not AGREE", () => {
    const s = "وافقت الحكومة على إقالة وزير الداخلية.";
    const events = eventsOf(s);
    expect(events.map((e) => e.type)).toEqual(["SANCTION"]);
    expect(names(events[0], "actor1")).toEqual(["الحكومة"]);
    const [house] = eventsOf("وافق مجلس النواب بأغلبية أعضائه على إسقاط عضوية النائب خالد يوسف.").filter(
      (e) => e.type === "SANCTION",
    );
    expect(names(house, "actor1")).toEqual(["مجلس النواب"]);
    expect(
      eventsOf("وافق مجلس النواب بأغلبية أعضائه على إسقاط عضوية النائب خالد يوسف.").map((e) => e.type),
    ).not.toContain("AGREE");
  });

  it("keeps an agreement to a deal, and an approval whose object is read as no event", () => {
    expect(eventsOf("وافقت إيران على الاتفاق النووي.").map((e) => e.type)).toContain("AGREE");
    expect(eventsOf("وافقت الحكومة على مقترح الوسيط الأممي.").map((e) => e.type)).toContain("AGREE");
  });

  it("reads sanctions renewed (جدد، تجديد) as imposed", () => {
    expect(eventsOf("جدد الاتحاد الأوروبي العقوبات على روسيا.").map((e) => e.type)).toContain("SANCTION");
  });
});
