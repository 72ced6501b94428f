import { describe, expect, it } from "vitest";
import { withoutAynMarks } from "./build-gazetteer.ts";

describe("gazetteer English names", () => {
  it("drops GeoNames' and Who's On First's ayn and hamza marks", () => {
    expect(withoutAynMarks("`Afrin")).toBe("Afrin");
    expect(withoutAynMarks("Ta`izz")).toBe("Taizz");
    expect(withoutAynMarks("Al Qal‘ah al Ghubrā")).toBe("Al Qalah al Ghubrā");
    expect(withoutAynMarks("Kabul")).toBe("Kabul");
  });
});
