// Session 22 (evread22): a well-known word whose first letter only looks like a clitic (فيما، ليبيا، لاحقا) has no
// reading with that clitic when the news never write its remainder alone (words.ts, dropUnseenSplits). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";
import { readings } from "./words.ts";

const proclitics = (raw: string) =>
  readings(raw)
    .filter((r) => r.conj || r.prep || r.fut)
    .map((r) => r.key);

describe("readings of a known word whose remainder is no word", () => {
  it("has no conjunction, preposition or future reading", () => {
    expect(proclitics("فيما")).toEqual([]);
    expect(proclitics("ليبيا")).toEqual([]);
    expect(proclitics("بينما")).toEqual([]);
    expect(proclitics("لاحقا")).toEqual([]);
    expect(proclitics("سنوات")).toEqual([]);
    // (وليبيا keeps its و, not a ل after it)
    expect(readings("وليبيا").filter((r) => r.prep)).toEqual([]);
    expect(readings("وليبيا").some((r) => r.conj && r.key === "ليبيا")).toBe(true);
  });

  it("keeps a clitic whose remainder is a word, and every reading of a rare form", () => {
    expect(readings("وقال").some((r) => r.conj && r.key === "قال")).toBe(true);
    expect(readings("للجيش").some((r) => r.prep === "ل" && r.det && r.key === "جيش")).toBe(true);
    expect(readings("لتنفيذ").some((r) => r.prep === "ل" && r.key === "تنفيذ")).toBe(true);
    // a phrase whose noun is rare alone, read so by the text core's segmentation
    expect(readings("بالتزامن").some((r) => r.prep === "ب" && r.det && r.key === "تزامن")).toBe(true);
    expect(readings("وباستهدافهم").some((r) => r.conj && r.prep === "ب" && r.pron === "هم")).toBe(true);
  });
});

describe("a noun after a word that only looks like ل + noun is no purpose phrase", () => {
  it("keeps the raids after لاحقا (later), not ل + احقا", () => {
    const types = (s: string) => eventsOf(s).map((e) => e.type);
    expect(types("ونفذت الطائرات الحربية لاحقا غارات على مواقع المسلحين في مدينة درنة.")).toContain(
      "ASSAULT",
    );
    expect(types("وشنت المقاتلات لاحقا غارات على مواقع للمسلحين قرب الحدود.")).toContain("ASSAULT");
  });
});

describe("a statement after أنها/أنهم whose reporter the pronoun does not fit", () => {
  it("is not said by a minister through ها", () => {
    const rejects = (s: string) => eventsOf(s).filter((e) => e.type === "REJECT");
    expect(rejects("وأوضح الوزير أمام البرلمان أنها رفضت نداء من إيطاليا بقبول بعض المهاجرين.")).toEqual([]);
    // (the ministry in the source phrase fits ها; a country fits any pronoun; ه may be the pronoun of the matter)
    expect(
      rejects("وقال المتحدث باسم وزارة الخارجية إنها رفضت طلب السفير.").flatMap((e) =>
        e.actors.filter((a) => a.role === "actor1").map((a) => a.name_ar),
      ),
    ).toEqual(["وزارة الخارجية"]);
  });
});
