import { describe, expect, it } from "vitest";
import { nisbaForms, nisbaOf, parsePetrarchActors } from "./build-actors.ts";

describe("nisba adjectives", () => {
  it("derives the adjective of a one-word country name", () => {
    expect(nisbaOf("ليبيا")).toBe("ليبي");
    expect(nisbaOf("الجزائر")).toBe("جزائري");
    expect(nisbaOf("تونس")).toBe("تونسي");
    expect(nisbaOf("السعودية")).toBe("سعودي");
    expect(nisbaOf("كندا")).toBe("كندي");
    expect(nisbaOf("الولايات المتحدة")).toBeNull();
  });
  it("inflects it for gender, number and the article", () => {
    const forms = nisbaForms("جزائري");
    for (const f of ["الجزائري", "الجزائرية", "الجزائريين", "جزائريون", "الجزائريتين"])
      expect(forms).toContain(f);
  });
});

describe("parsePetrarchActors", () => {
  const dict = [
    "عبد_العزيز_بوتفليقة_",
    "\t[DZAGOV 19620927-19630904]",
    "\t[DZAGOV >19990427]",
    "وزارة_دفاع_أميركي_  [USAGOV]",
    "نوري_المالكي_",
    "\t[IRQGOV 20101221-20140908]",
    "حماس",
    "\t[PSEREB 20140908-20161010]",
  ].join("\n");
  const iso = new Map([
    ["DZA", "DZ"],
    ["IRQ", "IQ"],
    ["PSE", "PS"],
    ["USA", "US"],
  ]);
  it("keeps persons with date-bounded roles, with their country and dates", () => {
    const actors = parsePetrarchActors(dict, iso);
    expect(actors.map((a) => a.name_ar)).toEqual(["عبد العزيز بوتفليقة", "نوري المالكي"]);
    expect(actors[0].roles).toEqual([
      { kind: "government", country: "DZ", from: "1962-09-27", to: "1963-09-04" },
      { kind: "government", country: "DZ", from: "1999-04-27", to: null },
    ]);
    expect(actors[1].country).toBe("IQ");
  });
});
