import { describe, expect, it } from "vitest";
import { matchKey, normalise, normaliseWithOffsets } from "./normalise.ts";

describe("normalise", () => {
  it("removes diacritics and tatweel", () => {
    expect(normalise("فعلًا")).toBe("فعلا");
    expect(normalise("استراتيجيّ")).toBe("استراتيجي");
    expect(normalise("بـ")).toBe("ب");
    expect(normalise("الجـــزائر")).toBe("الجزائر");
  });

  it("folds alef forms and alef maqsura but keeps ta marbuta and hamza carriers", () => {
    expect(normalise("أإآٱ")).toBe("اااا");
    expect(normalise("إلى")).toBe("الي");
    expect(normalise("مدينة")).toBe("مدينة");
    expect(normalise("مسؤول")).toBe("مسؤول");
  });

  it("folds Persian and Urdu look-alikes", () => {
    expect(normalise("کتاب")).toBe("كتاب");
    expect(normalise("علی")).toBe("علي");
    expect(normalise("ہذا")).toBe("هذا");
  });

  it("decomposes presentation forms", () => {
    expect(normalise("ﻻ")).toBe("لا");
    expect(normalise("ﷲ")).toBe("الله");
    expect(normalise("ﻷن")).toBe("لان");
    expect(normalise("ﺑﻨﻐﺎﺯﻱ")).toBe("بنغازي");
  });

  it("removes zero-width and bidi controls and maps digits to ASCII", () => {
    expect(normalise("ليبيا\u200f")).toBe("ليبيا");
    expect(normalise("\u202bمصر\u202c")).toBe("مصر");
    expect(normalise("تو\u200cنس")).toBe("تونس");
    expect(normalise("٦٠")).toBe("60");
    expect(normalise("۱۲۳")).toBe("123");
    expect(normalise("٢٫٥")).toBe("2.5");
  });

  it("leaves Latin text alone", () => {
    const s = "MBC Masr, 2014.";
    expect(normalise(s)).toBe(s);
  });
});

describe("matchKey", () => {
  it("folds ta marbuta and hamza carriers on top of normalise", () => {
    expect(matchKey("مدينة")).toBe("مدينه");
    expect(matchKey("المسؤول")).toBe("المسوول");
    expect(matchKey("رئيس")).toBe("رييس");
    expect(matchKey("بوتفليقة")).toBe(matchKey("بوتفليقه"));
    expect(matchKey("إمارة إسلاميّة")).toBe("اماره اسلاميه");
  });
});

describe("normaliseWithOffsets", () => {
  it("maps each normalised character back to the source", () => {
    const src = "وَالجَماعات";
    const m = normaliseWithOffsets(src);
    expect(m.text).toBe("والجماعات");
    expect(m.offsets.length).toBe(m.text.length + 1);
    // a cut after و lands after its fatha
    expect(m.offsets[1]).toBe(2);
    expect(m.offsets[m.text.length]).toBe(src.length);
  });

  it("expands a ligature to two characters from one source character", () => {
    const m = normaliseWithOffsets("ﻻ بد", 0, 4);
    expect(m.text).toBe("لا بد");
    expect(Array.from(m.offsets)).toEqual([0, 0, 1, 2, 3, 4]);
  });
});
