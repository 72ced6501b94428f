import { describe, expect, it } from "vitest";
import { ConllFormatError, chunks, formatConll, mapTags, parseConll } from "./conll.ts";

describe("parseConll", () => {
  it("reads token and last-column tag, space or tab separated, blank lines between sentences", () => {
    const text = "فرانكفورت B-LOC\n(د O\n\nأعلن\tO\nاتحاد\tx\tB-ORG\n\n\n";
    expect(parseConll(text)).toEqual([
      { tokens: ["فرانكفورت", "(د"], tags: ["B-LOC", "O"] },
      { tokens: ["أعلن", "اتحاد"], tags: ["O", "B-ORG"] },
    ]);
  });

  it("reads tokens only when asked, ignoring other columns", () => {
    expect(parseConll("مصر\tB-LOC\nو\n", { tagColumn: "none" })).toEqual([
      { tokens: ["مصر", "و"], tags: ["O", "O"] },
    ]);
  });

  it("names the line of a row without a tag", () => {
    expect(() => parseConll("مصر B-LOC\nليبيا\n", { source: "gold.txt" })).toThrow(ConllFormatError);
    expect(() => parseConll("مصر B-LOC\nليبيا\n", { source: "gold.txt" })).toThrow(/gold.txt line 2/);
  });
});

describe("formatConll", () => {
  it("writes token<TAB>tag and keeps the sentence breaks", () => {
    const out = formatConll([
      { tokens: ["في", "ليبيا"], tags: ["O", "B-LOC"] },
      { tokens: ["."], tags: ["O"] },
    ]);
    expect(out).toBe("في\tO\nليبيا\tB-LOC\n\n.\tO\n\n");
  });
});

describe("mapTags", () => {
  it("maps types, drops unmapped ones and repairs I- after a dropped or different type", () => {
    const map = (t: string) => ({ PER: "PERS", GPE: "LOC" })[t] ?? null;
    expect(mapTags(["B-PER", "I-PER", "B-NORP", "I-GPE", "O", "I-PER"], map)).toEqual([
      "B-PERS",
      "I-PERS",
      "O",
      "B-LOC",
      "O",
      "B-PERS",
    ]);
  });
});

describe("chunks", () => {
  it("finds entity runs, a stray I- starting a new one", () => {
    expect(chunks(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "B-LOC", "I-ORG"])).toEqual([
      { type: "PERS", start: 0, end: 2 },
      { type: "LOC", start: 3, end: 4 },
      { type: "LOC", start: 4, end: 5 },
      { type: "LOC", start: 5, end: 6 },
      { type: "ORG", start: 6, end: 7 },
    ]);
  });
});
