import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

// Session 21 (evplace21): names the TUNE batches left unresolved or read as a far namesake, now in additions.tsv:
// the US capital (GeoNames gives Washington, D.C. no Arabic name, so واشنطن was a small US town or nothing), the US
// states (ألاباما was Bama, Nigeria, whose GeoNames Arabic name it is), regions in the news and press spellings.
// The sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const placesOf = (text: string) =>
  (analyse({ text, published: "2018-06-15" }).places ?? []).map((p) => [p.name_en, p.country, p.feature]);

describe("places the gazetteer lacked or read as a far namesake", () => {
  it("reads واشنطن as the US capital, also beside another country", () => {
    expect(placesOf("ووصل وزير الخارجية الهندي إلى واشنطن أمس في زيارة تستغرق يومين.")).toContainEqual([
      "Washington",
      "US",
      "capital",
    ]);
  });
  it("reads ألاباما as the US state, not Bama in Nigeria", () => {
    expect(placesOf("وأعلن حاكم ولاية ألاباما رفض استقبال لاجئين.")).toEqual([["Alabama", "US", "admin1"]]);
  });
  it("reads a state after ولاية, and ولاية واشنطن as the state, not the capital", () => {
    expect(placesOf("قتل شخصان في إطلاق نار بمدينة صغيرة في ولاية كانساس.")).toEqual([
      ["Kansas", "US", "admin1"],
    ]);
    expect(placesOf("اندلعت حرائق في ولاية واشنطن.")).toEqual([["Washington", "US", "admin1"]]);
  });
  it("reads a region in the news as part of its country", () => {
    expect(placesOf("تظاهر الآلاف في برشلونة عاصمة إقليم كاتالونيا.").map((p) => p[1])).toEqual(["ES", "ES"]);
  });
});
