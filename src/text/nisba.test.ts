import { describe, expect, it } from "vitest";
import { nisbaShaped } from "./nisba.ts";
import { matchKey } from "./normalise.ts";

describe("nisba shape", () => {
  it("accepts the forms of a nisba adjective", () => {
    for (const w of ["عسكري", "عسكرية", "إيرانيا", "الجزائريين", "سوريون", "الأمنية"])
      expect(nisbaShaped(matchKey(w))).toBe(true);
  });

  // (a shape only: الذي، حتى have it too, and callers stop at such closed-class words first)
  it("rejects short particles and words of other shapes", () => {
    for (const w of ["في", "على", "لدى", "قوات", "مسلحون", "شرطة"])
      expect(nisbaShaped(matchKey(w))).toBe(false);
  });

  it("asks for a longer word, or leaves the accusative out, when told to", () => {
    expect(nisbaShaped(matchKey("عربي"))).toBe(true);
    expect(nisbaShaped(matchKey("عربي"), { minLength: 5 })).toBe(false);
    expect(nisbaShaped(matchKey("عسكري"), { minLength: 5 })).toBe(true);
    expect(nisbaShaped(matchKey("يمنيا"), { accusative: false })).toBe(false);
    expect(nisbaShaped(matchKey("اليمنيين"), { accusative: false })).toBe(true);
  });
});
