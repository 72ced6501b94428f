import { describe, expect, it } from "vitest";
import { bareKeys, bareWord } from "./proclitics.ts";

describe("words without their proclitics", () => {
  it("strips conjunction, preposition and article as the text stage segments them", () => {
    expect(bareWord("والمجلس")).toEqual({ key: "مجلس", definite: true, prep: false });
    expect(bareWord("للمجلس")).toEqual({ key: "مجلس", definite: true, prep: true });
    expect(bareWord("بالهجوم").key).toBe("هجوم");
    expect(bareWord("ومصر")).toEqual({ key: "مصر", definite: false, prep: false });
  });

  it("keeps a first letter that only looks like a clitic (بنغازي، وزير، ليبيا)", () => {
    expect(bareKeys("وزير الخارجية في بنغازي وليبيا")).toEqual(["وزير", "خارجيه", "في", "بنغازي", "ليبيا"]);
  });
});
