import { describe, expect, it } from "vitest";
import { datedEventsOf, eventsOf, names } from "./fixtures.ts";

// Victims and parties told by a count or by an office: a noun that names people only when counted, an office
// whose genitive names its country, and a firing verb that stands before its subject.
describe("counted and described actors", () => {
  it("reads a noun after a number as the people counted (counted.tsv)", () => {
    const [e] = eventsOf("قالت مصادر أمنية إن 14 إرهابيا لقوا مصرعهم خلال مواجهات مع الجيش في سيناء.");
    expect(e?.type).toBe("ASSAULT");
    expect(names(e, "actor2")).toContain("إرهابيا");
    const [f] = eventsOf("أطلق حرس الحدود النار على 200 مهاجر قرب السياج.");
    expect(names(f, "actor2")).toEqual(["مهاجر"]);
  });

  it("does not read the same noun as an actor when it is no count (هجوم إرهابي، رجل مسلح)", () => {
    const [e] = eventsOf("أدان الرئيس الهجوم الإرهابي الذي نفذه رجل مسلح.");
    expect(e?.type).toBe("ACCUSE");
    expect(e?.actors.some((a) => /^(إرهابي|مسلح)$/.test(a.name_ar ?? ""))).toBe(false);
  });

  it("gives an office the country its genitive names (وزراء خارجية الجزائر ومصر)", () => {
    const [e] = eventsOf("اجتمع وزراء خارجية الجزائر ومصر وتونس أمس.");
    expect(e?.type).toBe("CONSULT");
    const a1 = e?.actors.filter((a) => a.role === "actor1") ?? [];
    expect(a1.map((a) => a.country)).toEqual(["DZ", "EG", "TN"]);
    expect(a1[0]?.name_ar).toBe("وزراء خارجية الجزائر");
  });

  it("keeps a definite office phrase apart from a country after it", () => {
    const [e] = eventsOf("التقى الوزير الجزائر في زيارة رسمية.");
    expect(names(e, "actor1")).not.toContain("الوزير الجزائر");
  });

  it("reads the subject between فتح/أطلقوا and النار as the one who fires", () => {
    const [e] = eventsOf("فتح مسلحون النار على حافلة في الطريق الصحراوي.");
    expect(e?.type).toBe("ASSAULT");
    expect(names(e, "actor1")).toEqual(["مسلحون"]);
  });
});

describe("actor phrases and times", () => {
  it("ends an actor phrase at a time (الأشخاص | الأحد)", () => {
    const [e] = datedEventsOf("تظاهر آلاف الأشخاص الأحد في مدريد.");
    expect(e?.type).toBe("PROTEST");
    expect(names(e, "actor1")).toEqual(["الأشخاص"]);
  });
});
