// Session 23 (evread23): و/ف is split from a two-letter preposition (وفي، ومع، وعن، ففي), so that the preposition is
// read wherever the conjunction stands before it (words.ts, CONJ_PREPOSITIONS). Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import { readings } from "./words.ts";

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
}, 120_000);

const conjKeys = (raw: string) =>
  readings(raw)
    .filter((r) => r.conj)
    .map((r) => r.key);

describe("a conjunction before a two-letter preposition", () => {
  it("is read off it", () => {
    expect(conjKeys("وفي")).toContain("في");
    expect(conjKeys("ومع")).toContain("مع");
    expect(conjKeys("وعن")).toContain("عن");
    expect(conjKeys("ففي")).toContain("في");
  });

  it("is not read off other three-letter words (وصل، فقد، ورد)", () => {
    expect(conjKeys("وصل")).toEqual([]);
    expect(conjKeys("فقد")).toEqual([]);
    expect(conjKeys("ورد")).toEqual([]);
  });

  it("keeps a protest placed by وفي + a city (وفي مرسيليا خرجت مظاهرات)", () => {
    const events = analyse({
      text: "وفي مرسيليا خرجت مظاهرات ضد إصلاحات الحكومة يوم السبت.",
      published: "2018-04-14",
    }).events;
    const protest = events?.find((e) => e.type === "PROTEST");
    expect(protest?.location?.country).toBe("FR");
  });
});
