import { describe, expect, it } from "vitest";
import { offsetAfterLetters, wordForms } from "./clitics.ts";
import { wordKey } from "./key.ts";

const forms = (w: string) => wordForms(wordKey(w), w);

describe("wordForms", () => {
  it("tries the full word first, then the word without its proclitics", () => {
    const f = forms("بالقاهرة");
    expect(f[0].key).toBe("بالقاهره");
    const stem = f.find((x) => x.key === "القاهره");
    expect(stem?.offset).toBe(1);
    expect(forms("ومصر").map((x) => x.key)).toContain("مصر");
    expect(forms("لتونس").find((x) => x.key === "تونس")?.offset).toBe(1);
  });
  it("restores the article that ل+ال writes as لل", () => {
    const f = forms("للجيش").find((x) => x.key === "الجيش");
    expect(f?.offset).toBe(1);
  });
  it("counts letters, not diacritics, when mapping back to offsets", () => {
    expect(offsetAfterLetters("وَمِصر", 1)).toBe(2);
    expect(forms("وَمِصر").find((x) => x.key === "مصر")?.offset).toBe(2);
  });
});
