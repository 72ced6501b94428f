import { describe, expect, it } from "vitest";
import type { PlaceCandidate } from "../lexicon/gazetteer.ts";
import { isNamesake } from "./resolve.ts";

const town = (country: string, feature: PlaceCandidate["feature"] = "town"): PlaceCandidate => ({
  id: `t:${country}`,
  name_en: "x",
  name_ar: "س",
  country,
  admin1: null,
  lat: 0,
  lon: 0,
  population: 1000,
  feature,
  notable: false,
  scannable: true,
});

describe("namesake towns", () => {
  const morocco = new Map([
    ["MA", 4],
    ["SY", 3],
  ]);
  it("reads a town known only in a country the article never speaks of as a namesake", () => {
    // SY's 3 all come from the name itself, told three times
    expect(isNamesake([town("SY")], morocco, 3)).toBe(true);
  });
  it("keeps a town of a country the article speaks of, or when no other country is spoken of", () => {
    expect(isNamesake([town("SY")], morocco, 1)).toBe(false);
    expect(isNamesake([town("SY")], new Map([["SY", 2]]), 2)).toBe(false);
  });
  it("keeps capitals, provinces and countries, which are named for themselves", () => {
    expect(isNamesake([town("SY", "capital")], morocco, 3)).toBe(false);
    expect(isNamesake([town("SY", "admin1")], morocco, 3)).toBe(false);
  });
});
