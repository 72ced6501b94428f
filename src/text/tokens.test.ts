import { describe, expect, it } from "vitest";
import type { Token } from "../doc/types.ts";
import { splitSentences } from "./sentences.ts";
import { tokenise } from "./tokens.ts";

function tokens(text: string): Token[] {
  return tokenise(text, splitSentences(text));
}

/** The segmentation of one word as "text/tag[start,end]" strings, spans relative to the word's start. */
function seg(word: string): string[][] {
  return tokens(word).map((t) => t.parts.map((p) => `${p.text}/${p.tag}[${p.start},${p.end}]`));
}

describe("clitic segmentation", () => {
  it("splits conjunction, preposition, future and article, each part with its own span", () => {
    expect(seg("والجماعات")).toEqual([["و/conj[0,1]", "ال/det[1,3]", "جماعات/stem[3,9]"]]);
    expect(seg("ومصر")).toEqual([["و/conj[0,1]", "مصر/stem[1,4]"]]);
    expect(seg("لتونس")).toEqual([["ل/prep[0,1]", "تونس/stem[1,5]"]]);
    expect(seg("بالقاهرة")).toEqual([["ب/prep[0,1]", "ال/det[1,3]", "قاهرة/stem[3,8]"]]);
    expect(seg("وسينتقلون")).toEqual([["و/conj[0,1]", "س/fut[1,2]", "ينتقلون/stem[2,9]"]]);
  });

  it("splits a pronoun suffix", () => {
    expect(seg("مقاتلينا")).toEqual([["مقاتلي/stem[0,6]", "نا/pron[6,8]"]]);
  });

  it("reads لل as ل + ال, the article spanning the second lam", () => {
    const [t] = tokens("للقوات");
    expect(seg("للقوات")).toEqual([["ل/prep[0,1]", "ل/det[1,2]", "قوات/stem[2,6]"]]);
    expect(t.parts[1].norm).toBe("ال");
    // but ل + a word that starts with ل keeps its lam
    expect(seg("لليبيا")).toEqual([["ل/prep[0,1]", "ليبيا/stem[1,6]"]]);
  });

  it("keeps names whose first letters look like clitics whole", () => {
    expect(seg("بنغازي")).toEqual([["بنغازي/stem[0,6]"]]);
    expect(seg("ليبيا")).toEqual([["ليبيا/stem[0,5]"]]);
    expect(seg("بوتفليقة")).toEqual([["بوتفليقة/stem[0,8]"]]);
    expect(seg("لبنان")).toEqual([["لبنان/stem[0,5]"]]);
    expect(seg("وزير")).toEqual([["وزير/stem[0,4]"]]);
  });

  it("splits a conjunction that lost its space into separate tokens", () => {
    const ts = tokens("في سورياوالعراق");
    expect(ts.map((t) => [t.text, t.start, t.end])).toEqual([
      ["في", 0, 2],
      ["سوريا", 3, 8],
      ["والعراق", 8, 15],
    ]);
    expect(seg("سورياوالعراق")).toEqual([
      ["سوريا/stem[0,5]"],
      ["و/conj[5,6]", "ال/det[6,8]", "عراق/stem[8,12]"],
    ]);
  });

  it("keeps diacritics with the letter they follow and normalises each part", () => {
    const [t] = tokens("وَبِالقَاهِرَةِ");
    expect(t.parts.map((p) => [p.text, p.tag, p.norm])).toEqual([
      ["وَ", "conj", "و"],
      ["بِ", "prep", "ب"],
      ["ال", "det", "ال"],
      ["قَاهِرَةِ", "stem", "قاهرة"],
    ]);
    expect(t.norm).toBe("وبالقاهرة");
    expect(t.key).toBe("وبالقاهره");
  });
});

describe("tokenise", () => {
  it("types words, numbers, punctuation, Latin and URLs with exact spans", () => {
    const text = "قال (MBC) إن 60 قتيلا سقطوا، انظر https://example.com/a?b=1.";
    const ts = tokens(text);
    expect(ts.map((t) => [t.text, t.kind])).toEqual([
      ["قال", "word"],
      ["(", "punct"],
      ["MBC", "latin"],
      [")", "punct"],
      ["إن", "word"],
      ["60", "number"],
      ["قتيلا", "word"],
      ["سقطوا", "word"],
      ["،", "punct"],
      ["انظر", "word"],
      ["https://example.com/a?b=1", "url"],
      [".", "punct"],
    ]);
    for (const t of ts) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("reads digit values in every script", () => {
    const ts = tokens("60 ٦٠ ۶۰ 2.5 ٢٫٥ 1,500 2,5");
    expect(ts.map((t) => t.value)).toEqual([60, 60, 60, 2.5, 2.5, 1500, 2.5]);
    expect(ts.every((t) => t.kind === "number")).toBe(true);
  });

  it("gives number words a value", () => {
    const ts = tokens("ستين وثلاثة عشرات");
    expect(ts.map((t) => [t.value, t.approximate ?? false])).toEqual([
      [60, false],
      [3, false],
      [10, true],
    ]);
  });

  it("assigns sentence indices", () => {
    const text = "قتل جندي. وأصيب آخر";
    expect(tokens(text).map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1]);
  });

  it("keeps tatweel and zero-width characters inside the word but out of its norm", () => {
    const [t] = tokens("بـ\u200cغداد");
    expect(t.text).toBe("بـ\u200cغداد");
    expect(t.norm).toBe("بغداد");
  });
});

describe("clitic segmentation: where it must hold back", () => {
  it("keeps words whose clitic-looking start belongs to the word", () => {
    for (const w of [
      "فقط",
      "لقي",
      "بدأ",
      "كان",
      "لكن",
      "الذي",
      "التقى",
      "والي",
      "والد",
      "بالغة",
      "كتاب",
      "لجنة",
    ]) {
      expect(seg(w), w).toEqual([[`${w}/stem[0,${w.length}]`]]);
    }
  });

  it("reads و before a hamza seat as a conjunction even when the key looks like another word", () => {
    // وإلى has the key of والي (governor), which stays whole
    expect(seg("وإلى")).toEqual([["و/conj[0,1]", "إلى/stem[1,4]"]]);
  });

  it("splits ل from a word that starts with و when that word is no conjunction + word", () => {
    expect(seg("لوزارة")).toEqual([["ل/prep[0,1]", "وزارة/stem[1,6]"]]);
    expect(seg("وروسيا")).toEqual([["و/conj[0,1]", "روسيا/stem[1,6]"]]);
  });

  it("splits rare stems after وال، بال، لل", () => {
    expect(seg("والمرئيات")).toEqual([["و/conj[0,1]", "ال/det[1,3]", "مرئيات/stem[3,9]"]]);
    expect(seg("بالتدريج")).toEqual([["ب/prep[0,1]", "ال/det[1,3]", "تدريج/stem[3,8]"]]);
  });

  it("reads a pronoun after a preposition-like word and a ta marbuta written ت", () => {
    expect(seg("فيه")).toEqual([["في/stem[0,2]", "ه/pron[2,3]"]]);
    expect(seg("حكومتها")).toEqual([["حكومت/stem[0,5]", "ها/pron[5,7]"]]);
    expect(seg("يمكن")).toEqual([["يمكن/stem[0,4]"]]);
  });

  it("cuts a glued word only before و, and only between known words", () => {
    expect(tokens("مصروليبيا").map((t) => t.text)).toEqual(["مصر", "وليبيا"]);
    expect(tokens("إنشاؤهما").map((t) => t.text)).toEqual(["إنشاؤهما"]);
  });
});

describe("hashtags", () => {
  it("reads the words of an Arabic hashtag as if written apart, with their own spans", () => {
    const text = "أعلن #الأمن_العام_اللبناني اعتقال a_b";
    const ts = tokens(text);
    expect(ts.map((t) => t.text)).toEqual(["أعلن", "الأمن", "العام", "اللبناني", "اعتقال", "a", "_", "b"]);
    const second = ts[1];
    expect(second && text.slice(second.start, second.end)).toBe("الأمن");
  });
});
