import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evplace2): a name with the quarter it tells (صفاقس الشمالية، حلب الشرقية) that the gazetteer lacks
// whole is in the town or province it names (QUARTERS, entityPlaceCandidates in places/link.ts). The sentences are
// written for these tests.

const { analyse, run } = wholePipeline();

describe("a quarter of a town the gazetteer lacks is in that town", () => {
  it("places a seizure by the police of Sfax North in Sfax (بصفاقس الشمالية)", () => {
    const e = ofType(
      run("تمكنت وحدات الأمن بصفاقس الشمالية خلال الأسبوع الجاري من حجز كميات من البنزين المهرب بمستودع."),
      "COERCE",
    );
    expect(e?.location?.name_en).toBe("Sfax");
    expect(e?.location?.country).toBe("TN");
  });

  it("reads eastern Aleppo as Aleppo (أحياء حلب الشرقية)", () => {
    const doc = analyse({ text: "قصفت الطائرات الروسية أحياء حلب الشرقية أمس.", published: "2016-11-20" });
    expect((doc.places ?? []).map((p) => p.name_en)).toContain("Aleppo");
  });
});

describe("a name the gazetteer knows whole keeps its own place", () => {
  it("reads Western Sahara whole, not the Sahara's west (الصحراء الغربية)", () => {
    const doc = analyse({
      text: "زار المبعوث الأممي مخيمات اللاجئين في الصحراء الغربية.",
      published: "2018-04-14",
    });
    expect((doc.places ?? []).map((p) => p.country)).toContain("EH");
  });
});
