import { describe, expect, it } from "vitest";
import type { Doc, Entity, Place } from "../doc/types.ts";
import { countrySupport, isStrayTown } from "./place-support.ts";

const place = (text: string, country: string, precision: 1 | 2 | 3, id = text): Place => ({
  start: 0,
  end: text.length,
  text,
  id,
  name_en: text,
  country,
  lat: null,
  lon: null,
  precision,
});
const actor = (text: string, country: string, kind = "government"): Entity =>
  ({
    start: 0,
    end: text.length,
    text,
    type: "ORG",
    canonical: { id: `${country}-${kind}`, name_ar: text, name_en: text, kind, country },
  }) as Entity;
const docOf = (places: Place[], entities: Entity[]): Doc =>
  ({ text: "", places, entities }) as unknown as Doc;

describe("stray towns", () => {
  it("a town of a country the article never speaks of, while it speaks of another, is a namesake", () => {
    // جرادة (Morocco) found only as Al Jaradah, Syria, in an article about Moroccan authorities
    const jaradah = place("جرادة", "SY", 1, "wof:1");
    const support = countrySupport(docOf([jaradah, jaradah], [actor("السلطات المغربية", "MA")]));
    expect(support.get("SY") ?? 0).toBe(0);
    expect(isStrayTown(jaradah, support)).toBe(true);
  });

  it("keeps a town its country's actors, state or a second town support, and any town when nothing else is known", () => {
    const benghazi = place("بنغازي", "LY", 1);
    expect(
      isStrayTown(benghazi, countrySupport(docOf([benghazi], [actor("الجيش الليبي", "LY", "military")]))),
    ).toBe(false);
    expect(isStrayTown(benghazi, countrySupport(docOf([benghazi, place("ليبيا", "LY", 3)], [])))).toBe(false);
    expect(isStrayTown(benghazi, countrySupport(docOf([benghazi, place("درنة", "LY", 1)], [])))).toBe(false);
    expect(isStrayTown(benghazi, countrySupport(docOf([benghazi], [])))).toBe(false);
    // a capital is never a namesake
    const moscow = { ...place("موسكو", "RU", 1), feature: "capital" };
    expect(isStrayTown(moscow, countrySupport(docOf([moscow], [actor("وزير الخارجية الفرنسي", "FR")])))).toBe(
      false,
    );
    // a country itself is never stray
    const egypt = place("مصر", "EG", 3);
    expect(isStrayTown(egypt, countrySupport(docOf([egypt], [actor("الحكومة الليبية", "LY")])))).toBe(false);
  });
});
