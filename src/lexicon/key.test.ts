import { describe, expect, it } from "vitest";
import { lexiconKey, wordKey } from "./key.ts";

describe("lexiconKey", () => {
  it("folds alef forms, ya, ta marbuta, hamza carriers and diacritics", () => {
    expect(lexiconKey("الإسكندرية")).toBe("الاسكندريه");
    expect(lexiconKey("طَرَابُلُس")).toBe("طرابلس");
    expect(lexiconKey("الجزائر")).toBe(lexiconKey("الجزاير"));
    expect(lexiconKey("مؤتمر")).toBe("موتمر");
    expect(lexiconKey("مصطفى")).toBe("مصطفي");
  });
  it("drops tatweel and bidi marks, and collapses punctuation to single spaces", () => {
    expect(lexiconKey("الزنتان\u200E")).toBe("الزنتان");
    expect(lexiconKey("بنــغازي")).toBe("بنغازي");
    expect(lexiconKey("  أنصار   «الشريعة» ")).toBe("انصار الشريعه");
  });
  it("wordKey removes spaces", () => {
    expect(wordKey("بن قردان")).toBe("بنقردان");
  });
});
