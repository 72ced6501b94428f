import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

// Session 22 (evplace22): Tunisian towns and delegations of GeoNames cities15000 the gazetteer could not read (no
// Arabic name, or an Arabic-named Who's On First twin with no population, which the token scan passes over), now in
// additions.tsv. The sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const placesOf = (text: string) =>
  (analyse({ text, published: "2016-03-10" }).places ?? []).map((p) => [p.name_en, p.country]);

describe("Tunisian towns the gazetteer lacked or could not scan", () => {
  it("reads a delegation town with no Arabic name in GeoNames (بالمنيهلة، بالسيجومي)", () => {
    expect(placesOf("أوقفت فرقة الأبحاث بالمنيهلة شابا مفتشا عنه.")).toEqual([["Mnihla", "TN"]]);
    expect(placesOf("وتعهدت فرقة الشرطة العدلية بالسيجومي بالبحث في الموضوع.")).toEqual([["Sijoumi", "TN"]]);
  });
  it("reads a town whose Arabic-named record had no population (بالوردانين، بقرمبالية)", () => {
    expect(placesOf("اعتدى مرافقو مريض على الإطار الطبي بقسم الاستعجالي بالوردانين.")).toEqual([
      ["Ouerdanine", "TN"],
    ]);
    expect(placesOf("حجزت دورية أمنية بقرمبالية كمية من السجائر المهربة.")).toEqual([["Grombalia", "TN"]]);
  });
  it("does not read the common nouns العمران and المروج as towns on their own", () => {
    expect(placesOf("يمنع إشعال النار داخل مناطق العمران.")).toEqual([]);
    expect(placesOf("تم إيقاف المروج وحجز كمية من المخدرات.")).toEqual([]);
  });
});
