import { describe, expect, it } from "vitest";
import { lookupActor } from "../places/api.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 22 (evplace22): Tunisian bodies, parties and organisations named bare (data/actors/armed-groups.tsv). The
// sentences are written for these tests.

const { run } = wholePipeline("2016-05-12");

describe("Tunisian bodies named without a country word", () => {
  it("knows the customs (الديوانة) and a party (حزب المؤتمر من أجل الجمهورية) as Tunisian", () => {
    expect(lookupActor("الديوانة")[0]?.canonical.country).toBe("TN");
    expect(lookupActor("حزب المؤتمر من أجل الجمهورية")[0]?.canonical.country).toBe("TN");
  });
  it("places a seizure by the customs that names no place in Tunisia", () => {
    const e = ofType(
      run("تمكن أعوان الديوانة اليوم من حجز كمية من السجائر المهربة على متن شاحنة."),
      "COERCE",
    );
    expect(e?.location?.country).toBe("TN");
  });
});
