import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";
import { wholePipeline } from "./pipeline-fixtures.ts";

// Session 22: statements whose speaker the actor reader missed. The sentences are written for these tests, in the
// style of news reports.

describe("his country or his government opening a report's content is the speaker's own side", () => {
  it("reads the speaker as the subject of a statement verb after إن بلاده / أن حكومته", () => {
    for (const s of [
      "قال وزير الخارجية إن بلاده ترفض التدخل في شؤون جيرانها.",
      "وأكدت الوزيرة أن حكومتها تدين الهجوم على السفارة.",
      "وقال المتحدث باسم الرئاسة إن بلاده لا تقبل هذه الشروط.",
    ]) {
      const events = eventsOf(s).filter((e) => e.type === "REJECT" || e.type === "ACCUSE");
      expect(events, s).toHaveLength(1);
      expect(names(events[0], "actor1").length, s).toBeGreaterThan(0);
    }
  });

  it("does not take the party named after the verb for the speaker", () => {
    const [reject] = eventsOf("قال وزير الخارجية القطري إن بلاده ترفض الاتهامات السعودية.").filter(
      (e) => e.type === "REJECT",
    );
    expect(names(reject, "actor1")).not.toContain("السعودية");
    expect(names(reject, "actor2")).toContain("السعودية");
  });

  it("leaves a country named by its name, and a clause whose subject is another party, as they were", () => {
    const [reject] = eventsOf("قال وزير الخارجية القطري إن مصر ترفض الاتهامات.").filter(
      (e) => e.type === "REJECT",
    );
    expect(names(reject, "actor1")).toEqual(["مصر"]);
  });
});

describe("a person's title with its adjectives before a name after a statement verb (postverbalSpeaker)", () => {
  const { run } = wholePipeline("2018-06-14");

  it("reads the titled name as the speaker, with the country of the title's nisba", () => {
    for (const s of [
      "نددت المستشارة الألمانية أنغيلا ميركل في مقابلة صحفية بالاعتداءات على المساجد.",
      "انتقد الشيخ القطري المعارض سلطان بن سحيم التصريحات الأخيرة للحكومة.",
    ]) {
      const accuse = run(s).find((e) => e.type === "ACCUSE");
      expect(accuse, s).toBeDefined();
      expect(names(accuse, "actor1").length, s).toBe(1);
    }
    const [merkel] = run("نددت المستشارة الألمانية أنغيلا ميركل في مقابلة صحفية بالاعتداءات على المساجد.");
    expect(merkel?.actors.find((a) => a.role === "actor1")?.country).toBe("DE");
  });
});

describe("people named by an indefinite noun and their nisba right after a statement verb (nationalPeopleAfter)", () => {
  it("reads them as the speaker, of the nisba's country", () => {
    for (const [s, type] of [
      ["طالبت محامية هولندية الحكومة القطرية بتعويض الضحايا.", "REQUEST"],
      ["ندد ناشطون فلسطينيون باعتقال الصحفيين في الخليل.", "ACCUSE"],
    ] as const) {
      const e = eventsOf(s).find((x) => x.type === type);
      expect(e, s).toBeDefined();
      const speaker = e?.actors.find((a) => a.role === "actor1");
      expect(speaker?.name_ar, s).toMatch(/^(محامية هولندية|ناشطون فلسطينيون)$/);
    }
  });

  it("takes no object in the accusative for the speaker, nor commentators", () => {
    const e = eventsOf("وانتقد الوزير في كلمته موقفا أمريكيا من الأزمة.").find((x) => x.type === "ACCUSE");
    expect(names(e, "actor1")).not.toContain("موقفا أمريكيا");
    for (const e2 of eventsOf("حذر خبراء عراقيون من انهيار العملة."))
      expect(names(e2, "actor1"), "خبراء").not.toContain("خبراء عراقيون");
  });
});
