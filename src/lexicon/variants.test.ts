import { describe, expect, it } from "vitest";
import { type NamePatterns, placeNameKeys } from "./variants.ts";

const patterns: NamePatterns = {
  settlement_prefixes: ["مدينة"],
  region_prefixes: ["معتمدية"],
  joinable_words: ["بن"],
  joined_only_words: ["بو"],
  nearness_words: [],
};

describe("place name keys", () => {
  it("index a name written apart with بن both apart and together, and split one written together", () => {
    expect(placeNameKeys("بن قردان", patterns)).toEqual(expect.arrayContaining(["بن قردان", "بنقردان"]));
    expect(placeNameKeys("بنقردان", patterns)).toEqual(expect.arrayContaining(["بن قردان"]));
  });

  it("index a Maghreb بو name written apart together too (بو حجلة → بوحجلة)", () => {
    expect(placeNameKeys("بو حجلة", patterns)).toEqual(expect.arrayContaining(["بو حجله", "بوحجله"]));
  });

  it("never split a name at بو (بولندا, بوروندي are one word)", () => {
    expect(placeNameKeys("بولندا", patterns)).toEqual(["بولندا"]);
  });
});
