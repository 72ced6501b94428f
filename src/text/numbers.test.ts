import { describe, expect, it } from "vitest";
import { parseDigits, readNumber } from "./numbers.ts";
import { splitSentences } from "./sentences.ts";
import { tokenise } from "./tokens.ts";

function read(text: string, at = 0) {
  const tokens = tokenise(text, splitSentences(text));
  const r = readNumber(tokens, at);
  return r && { value: r.value, approximate: r.approximate, text: text.slice(r.start, r.end) };
}

describe("parseDigits", () => {
  it("reads ASCII, Arabic-Indic and Persian digits with separators", () => {
    expect(parseDigits("60")).toBe(60);
    expect(parseDigits("٦٠")).toBe(60);
    expect(parseDigits("۶۰")).toBe(60);
    expect(parseDigits("٢٫٥")).toBe(2.5);
    expect(parseDigits("1,500")).toBe(1500);
    expect(parseDigits("١٬٥٠٠")).toBe(1500);
    expect(Number.isNaN(parseDigits("6a"))).toBe(true);
  });
});

describe("readNumber", () => {
  it("reads digits and digits with a scale word", () => {
    expect(read("60 قتيلا")).toEqual({ value: 60, approximate: false, text: "60" });
    expect(read("3 آلاف جندي")).toEqual({ value: 3000, approximate: false, text: "3 آلاف" });
    expect(read("2.5 مليون دولار")).toEqual({ value: 2500000, approximate: false, text: "2.5 مليون" });
  });

  it("reads number words as Arabic composes them", () => {
    expect(read("ثلاثة قتلى")?.value).toBe(3);
    expect(read("ستين قتيلا")?.value).toBe(60);
    expect(read("خمسة وعشرون جنديا")).toEqual({ value: 25, approximate: false, text: "خمسة وعشرون" });
    expect(read("ثلاثة عشر قتيلا")?.value).toBe(13);
    expect(read("مائة وخمسين")?.value).toBe(150);
    expect(read("ثلاثة آلاف لاجئ")).toEqual({ value: 3000, approximate: false, text: "ثلاثة آلاف" });
    expect(read("ألف وخمسمائة")?.value).toBe(1500);
  });

  it("reads vague counts as approximate", () => {
    expect(read("عشرات القتلى")).toEqual({ value: 10, approximate: true, text: "عشرات" });
    expect(read("مئات الجرحى")).toEqual({ value: 100, approximate: true, text: "مئات" });
    expect(read("عشرات الآلاف من النازحين")).toEqual({
      value: 10000,
      approximate: true,
      text: "عشرات الآلاف",
    });
    expect(read("آلاف المتظاهرين")).toEqual({ value: 1000, approximate: true, text: "آلاف" });
  });

  it("marks a number after حوالي or نحو as approximate", () => {
    expect(read("خلفت حوالي 60 قتيلا", 2)).toEqual({ value: 60, approximate: true, text: "60" });
    expect(read("دامت نحو ثلاثة أيام", 2)).toEqual({ value: 3, approximate: true, text: "ثلاثة" });
  });

  it("returns null where no number starts", () => {
    expect(read("قتلى كثيرون")).toBeNull();
    expect(read("أحد القتلى")).toBeNull();
  });
});
