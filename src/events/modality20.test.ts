import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 20 (evmod20): readModality (detect.ts) reads no modality, and the trigger is dropped, for many reasons
// besides a negation: an offer, a frame, a demonstrative, a generic noun … The sentences are written for these tests.

describe("what a decree provides for is done by it (no offer)", () => {
  it("reads a dismissal a royal order provides for (أصدر أمرا ملكيا يقضي بإعفاء)", () => {
    const events = eventsOf(
      "وقالت وكالة الأنباء إن العاهل السعودي أصدر أمرا ملكيا يقضي بإعفاء أحمد عسيري نائب رئيس الاستخبارات العامة من منصبه.",
    );
    const dismissal = events.find((e) => e.trigger?.text === "بإعفاء");
    expect(dismissal?.type).toBe("SANCTION");
    expect(dismissal?.modality).toBe("asserted");
  });

  it("reads an arrest a prosecutor's decision provides for (قرارا يقضي بضبط وإيقاف)", () => {
    const events = eventsOf("وأصدر مدعي عام محكمة أمن الدولة قرارا يقضي بضبط وإيقاف 30 شخصا على ذمة القضية.");
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.modality).toBe("asserted");
    expect(names(arrest, "actor2")).toEqual(["شخصا"]);
  });

  it("still reads no event in what an agreement provides for (اتفاقا ينص على انسحاب)", () => {
    expect(
      eventsOf("وقع الطرفان اتفاقا ينص على انسحاب المقاتلين من المدينة.").filter((e) => e.type === "RETREAT"),
    ).toEqual([]);
  });

  it("still reads no event in what is offered (عرض الرئيس إجراء محادثات)", () => {
    expect(
      eventsOf("رفضت الحركة عرض الرئيس الأفغاني إجراء محادثات سلام مع الحكومة.").filter(
        (e) => e.type === "CONSULT",
      ),
    ).toEqual([]);
  });
});
