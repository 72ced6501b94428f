import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evspur26): what a protest or a step is taken against is its grievance, not news of its own
// (background.ts protestGrievance, cue class grievance).

describe("what a protest is held against is its grievance (protestGrievance)", () => {
  const { run } = wholePipeline("2018-07-02");

  it("reads the march and no visit in a protest against a visit (احتجاجا على زيارة)", () => {
    const events = run(
      "خرج آلاف المتظاهرين في شوارع مدريد يوم الأحد احتجاجا على زيارة الرئيس الأميركي لإسبانيا.",
    );
    expect(ofType(events, "PROTEST")).toBeDefined();
    expect(ofType(events, "CONSULT")).toBeUndefined();
  });

  it("reads no attack in a protest against a bombing (تنديدا بالقصف الروسي)", () => {
    const events = run(
      "تظاهر آلاف الأشخاص في وسط باريس يوم السبت تنديدا بالقصف الروسي على مدينة حلب السورية.",
    );
    expect(ofType(events, "PROTEST")).toBeDefined();
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("still reads an attack a strike answers (ردا على إطلاق صواريخ)", () => {
    const events = run(
      "شنت الطائرات الإسرائيلية غارات على مواقع في غزة ليل الأحد ردا على هجوم صاروخي على بلدة سديروت.",
    );
    expect(events.filter((e) => e.type === "ASSAULT").length).toBeGreaterThan(0);
  });

  it("still reads an arrest that is itself the news after a protest (اعتقلت الشرطة المحتجين)", () => {
    const events = run("اعتقلت الشرطة عشرين شخصا خلال احتجاج على زيارة الوزير يوم الأحد.");
    expect(ofType(events, "COERCE")).toBeDefined();
  });
});
