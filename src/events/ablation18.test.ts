import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 18 (evablate18): readCandidate's drop rules switched off one at a time over the 39 dev batches
// (scripts/rule-ablation.ts). Rules that cost more true events than the spurious ones they stopped, on both TUNE
// and CHECK, were removed; these tests hold what their removal reads. The sentences are written for these tests.

describe("a trigger inside a report frame is read (the inFrame drop removed)", () => {
  it("reads the attack whose responsibility a group claims in the frame's own words", () => {
    const [attack, ...rest] = eventsOf(
      "أعلن تنظيم داعش مسؤوليته عن الهجوم الذي قالت مصادر أمنية إنه نفذ بسيارة مفخخة قرب مركز للشرطة.",
    );
    expect(rest).toHaveLength(0);
    expect(attack?.type).toBe("ASSAULT");
    expect(attack?.trigger?.text).toBe("الهجوم");
    expect(names(attack, "actor1")).toEqual(["تنظيم"]);
  });
});

describe("a past act told after بعد أن is an event of its own (the بعد أن / قبل أن drop removed)", () => {
  it("reads the killing that a sanction follows as well as the sanction", () => {
    const events = eventsOf("طردت الحكومة السفير بعد أن قتلت القوات عشرة متظاهرين.");
    expect(events.map((e) => e.type)).toEqual(["SANCTION", "ASSAULT"]);
    expect(names(events[1], "actor1")).toEqual(["القوات"]);
  });
});

describe("a participle (حال) needs no comma before it (the comma drop removed)", () => {
  it("reads a حال joined with و as said by the subject of the clause before it", () => {
    const events = eventsOf("وجه الوزير رسالة إلى رئيس الحكومة طالب فيها بتسوية وضعيته ومهددا بالاستقالة.");
    const threat = events.find((e) => e.type === "THREATEN");
    expect(threat?.trigger?.text).toBe("ومهددا");
    expect(names(threat, "actor1")).toEqual(["الوزير"]);
  });

  it("still reads one after a comma", () => {
    const events = eventsOf("انتقد الرئيس الأمريكي الاتفاق، داعيا إلى مراجعته.");
    expect(events.map((e) => e.type)).toEqual(["ACCUSE", "REQUEST"]);
    expect(names(events[1], "actor1")).toEqual(["الرئيس الأمريكي"]);
  });
});

describe("a past verb in a relative clause on a person or thing is read (relativeBackground removed)", () => {
  it("reads the act a relative clause tells, dated or not, beside the sentence's own event", () => {
    const types = (text: string) => eventsOf(text).map((e) => e.type);
    expect(types("أفرجت الحكومة عن الفنيين الذين خطفهم مسلحون في ليبيا الشهر الماضي.")).toEqual([
      "RETREAT",
      "ASSAULT",
    ]);
    expect(types("أفرجت الحكومة عن الفنيين الذين خطفهم مسلحون في ليبيا الاثنين.")).toContain("ASSAULT");
    expect(
      types(
        "اقتحم مئات المستوطنين المسجد الأقصى، وسط حراسة مشددة من قوات الجيش الإسرائيلي، الذي اعتقل عددا من الفلسطينيين.",
      ),
    ).toEqual(["ASSAULT", "COERCE"]);
  });

  it("keeps the readings the removed rule's test asserted that other rules still hold, and says what changed", () => {
    const types = (text: string) => eventsOf(text).map((e) => e.type);
    // (still no event: other rules hold it)
    expect(types("تولى المنصب خلفا لديسالين الذي استقال بعد احتجاجات.")).toEqual([]);
    // (changed by the removal: the support a relative clause tells is read)
    expect(types("لم تمنع إيران الميليشيات التي دعمتها ومولتها ودربتها.")).toEqual(["AID"]);
  });
});
