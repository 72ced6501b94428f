import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer.ts";
import { soundsLikeAnyOf, withoutAynMarks } from "./build-gazetteer.ts";

describe("gazetteer English names", () => {
  it("drops GeoNames' and Who's On First's ayn and hamza marks", () => {
    expect(withoutAynMarks("`Afrin")).toBe("Afrin");
    expect(withoutAynMarks("Ta`izz")).toBe("Taizz");
    expect(withoutAynMarks("Al Qal‘ah al Ghubrā")).toBe("Al Qalah al Ghubrā");
    expect(withoutAynMarks("Kabul")).toBe("Kabul");
  });
});

describe("Wikidata labels matched by English name", () => {
  const heads = new Set(["محافظه", "مديريه", "مدينه"]);

  it("are taken when they spell a name the place already has, give or take vowels, article and head word", () => {
    expect(soundsLikeAnyOf("تابوك", ["تبوك"], heads)).toBe(true);
    expect(soundsLikeAnyOf("الطائف", ["الطايف", "طائف"], heads)).toBe(true);
    expect(soundsLikeAnyOf("محافظة الضالع", ["الضالع"], heads)).toBe(true);
    expect(soundsLikeAnyOf("هراة", ["هرات"], heads)).toBe(true);
  });

  it("are taken when the place has no Arabic name yet", () => {
    expect(soundsLikeAnyOf("جرادة", [], heads)).toBe(true);
  });

  it("are left out when they name another thing of the same English name", () => {
    expect(soundsLikeAnyOf("فيروسات غدانية", ["عدن"], heads)).toBe(false);
    expect(soundsLikeAnyOf("فاموتيدين", ["الموصل", "موصل"], heads)).toBe(false);
    expect(soundsLikeAnyOf("الشرق الأوسط وشمال أفريقيا", ["نوى"], heads)).toBe(false);
  });

  it("no longer name or key the shipped places they do not spell", () => {
    const gazetteer = loadGazetteer();
    expect(gazetteer.byId("gn:415189")?.name_ar).toBe("عدن");
    expect(gazetteer.byId("gn:99072")?.name_ar).toBe("الموصل");
    expect(gazetteer.candidates("فيروسات غدانيه")).toHaveLength(0);
    expect(gazetteer.candidates("عدن").map((place) => place.id)).toContain("gn:415189");
  });
});
