import { describe, expect, it } from "vitest";
import { datedEventsOf } from "./fixtures.ts";

describe("what later sentences tell of an event", () => {
  it("dates an undated event by the time a later definite noun gives it, with or without a source frame", () => {
    const [framed] = datedEventsOf(
      "هاجم مسلحون حاجزا للشرطة قرب كركوك. وقال بيان للشرطة إن الهجوم وقع مساء الأحد.",
      "2018-02-19",
    );
    expect(framed?.date?.value).toBe("2018-02-18");
    expect(framed?.attribution.map((s) => s.name_ar)).toEqual(["بيان"]);
    const [bare] = datedEventsOf(
      "هاجم مسلحون حاجزا للشرطة قرب كركوك. ووقع الهجوم مساء الأحد قرب الحويجة.",
      "2018-02-19",
    );
    expect(bare?.date?.value).toBe("2018-02-18");
    expect(bare?.attribution).toEqual([]);
  });
});
