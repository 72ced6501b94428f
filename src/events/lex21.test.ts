import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 21: non-statement events no trigger of their type reached (data/events/triggers.tsv, cues.tsv). The
// sentences are written for these tests, in the style of news reports.

describe("an acquittal", () => {
  it("reads a court ruling an acquittal as RETREAT, not a sentence", () => {
    for (const s of [
      "قضت محكمة جنايات مصرية ببراءة مقدمة البرامج سمية حسن من تهمة التحريض.",
      "وقضت المحكمة الابتدائية بسوسة بعدم سماع الدعوى في حق المتهمين الرئيسيين في القضية.",
      "برأت محكمة أردنية الناشط خالد يوسف من تهم التحريض، الخميس.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("RETREAT");
      expect(types, s).not.toContain("SANCTION");
    }
    const [acquittal] = eventsOf("قضت محكمة جنايات مصرية ببراءة مقدمة البرامج سمية حسن من تهمة التحريض.");
    expect(acquittal?.mode).toBe("release");
    expect(names(acquittal, "actor1")).toEqual(["محكمة"]);
  });

  it("keeps a verdict that sentences some and acquits others a sentence", () => {
    // in one sentence, and told after the sentence in the next one
    for (const s of [
      "حكمت المحكمة بالسجن 10 سنوات على ثلاثة متهمين وبرأت اثنين آخرين.",
      "قضت محكمة ليبية بالإعدام على 45 متهما بقتل متظاهرين. كما برأت المحكمة 22 متهما آخرين.",
    ]) {
      const types = eventsOf(s).map((e) => e.type);
      expect(types, s).toContain("SANCTION");
      expect(types, s).not.toContain("RETREAT");
    }
  });

  it("does not read برا (by land) as the verb", () => {
    expect(eventsOf("وصل المهاجرون إلى المدينة برا قادمين من النيجر.").map((e) => e.type)).not.toContain(
      "RETREAT",
    );
  });
});
