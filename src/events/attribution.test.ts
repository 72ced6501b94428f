import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

describe("sources of a report", () => {
  it("reads a spokeswoman or a woman minister as the source, as her male title is", () => {
    const [e] = eventsOf('وأضافت المتحدثة "تطلب فرنسا من السلطات المعنية ضبط النفس".');
    expect(e?.attribution.map((s) => s.name_ar)).toEqual(["المتحدثة"]);
    expect(e?.attribution[0]?.kind).toBe("official");
    const [m] = eventsOf("وقالت وزيرة الخارجية إن فرنسا تطلب من السلطات ضبط النفس.");
    expect(m?.attribution.map((s) => s.name_ar)).toEqual(["وزيرة الخارجية"]);
  });
});
