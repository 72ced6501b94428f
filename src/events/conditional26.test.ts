import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evspur26): في صورة (the Tunisian "in case"), بحال and لاحتمال open a condition or a possibility like في
// حال: what follows them in their clause has not happened (cue class conditional).

describe("a condition or a possibility told by في صورة، بحال، لاحتمال is no event", () => {
  const { run } = wholePipeline("2018-07-02");

  it("reads no intervention in case of one (في صورة حصول تدخل عسكري)", () => {
    const events = run(
      "دعا رئيس الهلال الأحمر السلطات إلى الاستعداد لاستقبال النازحين في صورة حصول تدخل عسكري أجنبي في ليبيا.",
    );
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("reads no air strikes told as a possibility (لاحتمال شن غارات جوية)", () => {
    const events = run(
      "دعت الوكالة شركات الطيران إلى توخي الحذر في شرق المتوسط لاحتمال شن غارات جوية في سوريا.",
    );
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("still reads air strikes told as done (شنت الطائرات غارات جوية)", () => {
    const events = run("شنت الطائرات الحربية غارات جوية على مواقع المسلحين في ريف حلب يوم الأحد.");
    expect(ofType(events, "ASSAULT")).toBeDefined();
  });

  it("still reads the arrest told before the condition (اعتقلت الشرطة …، وفي صورة ثبوت تورطهم …)", () => {
    const events = run(
      "اعتقلت الشرطة يوم الأحد ثلاثة مهربين قرب الحدود، وفي صورة ثبوت تورطهم سيحالون على القضاء.",
    );
    expect(ofType(events, "COERCE")).toBeDefined();
  });
});
