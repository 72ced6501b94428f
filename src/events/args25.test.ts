import { describe, expect, it } from "vitest";
import { names } from "./fixtures.ts";
import { wholePipeline } from "./pipeline-fixtures.ts";

// Session 25 (evargs25): the arguments of an event whose type is right. The sentences are written for these tests.

const { run } = wholePipeline();

describe("the nisba of a capital told by its name is no party", () => {
  it("does not make Libya the protester of the bakeries in Tripoli (العاصمة الليبية طرابلس)", () => {
    const events = run(
      "أغلقت بعض المخابز في العاصمة الليبية طرابلس أبوابها احتجاجا على ارتفاع أسعار الدقيق.",
    );
    const byLibya = events.filter((e) => (e.actors ?? []).some((a) => a.name_ar === "ليبيا"));
    expect(byLibya).toEqual([]);
  });

  it("keeps the protesters and the capital's country (تظاهر آلاف في العاصمة البريطانية لندن)", () => {
    const events = run("تظاهر آلاف الأشخاص في العاصمة البريطانية لندن احتجاجا على زيارة الرئيس.");
    const protests = events.filter((x) => x.type === "PROTEST");
    expect(protests.flatMap((x) => names(x, "actor1"))).toEqual(["الأشخاص"]);
    expect(protests[0]?.location?.country).toBe("GB");
  });

  it("still reads the capital named by its nisba alone as the place (بالعاصمة الجزائرية)", () => {
    const e = run("واعتقلت الشرطة الجزائرية عشرة أشخاص بالعاصمة الجزائرية أمس.").find(
      (x) => x.type === "COERCE",
    );
    expect(names(e, "actor1")[0]).toMatch(/الشرطة/);
    expect(e?.location?.country).toBe("DZ");
  });
});
