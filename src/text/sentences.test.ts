import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "../paths.ts";
import { splitSentences } from "./sentences.ts";

function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits on . ! ? ؟ ؛ … and trims spaces", () => {
    expect(texts("قال الوزير. وأضاف المصدر! هل انتهى؟ نعم؛ ربما… لا")).toEqual([
      "قال الوزير.",
      "وأضاف المصدر!",
      "هل انتهى؟",
      "نعم؛",
      "ربما…",
      "لا",
    ]);
  });

  it("keeps a space before the period inside the sentence", () => {
    expect(texts("المتقاعد . ونقلت الصحيفة")).toEqual(["المتقاعد .", "ونقلت الصحيفة"]);
  });

  it("does not split inside quotes", () => {
    expect(texts('وقال: "انتهت المعركة. وسنعود" ثم غادر. وبعد ذلك')).toEqual([
      'وقال: "انتهت المعركة. وسنعود" ثم غادر.',
      "وبعد ذلك",
    ]);
    expect(texts("قال «لن نتراجع. أبدا» وغادر.")).toEqual(["قال «لن نتراجع. أبدا» وغادر."]);
    expect(texts("قال “لن نتراجع. أبدا” وغادر.")).toEqual(["قال “لن نتراجع. أبدا” وغادر."]);
  });

  it("takes a closing quote or bracket with the sentence it ends", () => {
    expect(texts("(انتهى الأمر.) ثم غادر")).toEqual(["(انتهى الأمر.)", "ثم غادر"]);
    // a period inside the quote does not end the sentence that quotes it
    expect(texts('وقال "انتهى الأمر." ثم غادر')).toEqual(['وقال "انتهى الأمر." ثم غادر']);
  });

  it("ignores a stray quote that never closes", () => {
    expect(texts('قال "الوزير. وأضاف المصدر.')).toEqual(['قال "الوزير.', "وأضاف المصدر."]);
  });

  it("does not split after abbreviations, initials or inside numbers and names", () => {
    expect(texts("التقى د. محمد بالسيد أ. علي.")).toEqual(["التقى د. محمد بالسيد أ. علي."]);
    expect(texts("بلغ النمو 3.5 بالمئة. ثم تراجع")).toEqual(["بلغ النمو 3.5 بالمئة.", "ثم تراجع"]);
    expect(texts("نشر موقع alarabiya.net الخبر. وأضاف")).toEqual(["نشر موقع alarabiya.net الخبر.", "وأضاف"]);
    expect(texts("قال J. Smith ذلك.")).toEqual(["قال J. Smith ذلك."]);
  });

  it("splits a period glued to the next Arabic word", () => {
    expect(texts("انتهى الاجتماع.وقال المتحدث")).toEqual(["انتهى الاجتماع.", "وقال المتحدث"]);
  });

  it("makes a title line and each paragraph their own sentences", () => {
    const text = "اشتباكات في بنغازي\nقتل 3 أشخاص. وأصيب آخرون\n\nوقال مصدر";
    expect(texts(text)).toEqual(["اشتباكات في بنغازي", "قتل 3 أشخاص.", "وأصيب آخرون", "وقال مصدر"]);
  });

  it("returns spans into the untouched text", () => {
    const text = "  أولا.  ثانيا  ";
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 7 },
      { start: 9, end: 14 },
    ]);
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n \n")).toEqual([]);
  });

  it("gives the seed article the 10 sentences of its answer key", () => {
    const text = readFileSync(resolve(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");
    const sentences = texts(text);
    expect(sentences).toHaveLength(10);
    expect(sentences[0].startsWith("قالت صحيفة الوطن الجزائرية")).toBe(true);
    expect(sentences[0].endsWith("للواء المتقاعد .")).toBe(true);
    expect(sentences[2].startsWith('وقالت : "انتقل')).toBe(true);
    expect(sentences[5].startsWith("وسقط الثلاثاء الماضي")).toBe(true);
    expect(sentences[6].startsWith("وأكد مصدر")).toBe(true);
    expect(sentences[7].startsWith("وفي سياق متصل")).toBe(true);
    expect(sentences[7].endsWith('من الآن" .')).toBe(true);
    expect(sentences[8].startsWith("وقالت جريدة الخبر")).toBe(true);
    expect(sentences[9].startsWith("كما قررت الجزائر")).toBe(true);
    expect(sentences[9].endsWith("في دورات خاصة.")).toBe(true);
  });
});

describe("splitSentences on lists and long quotations", () => {
  it("keeps a list number with its item", () => {
    expect(texts("1. ذاكر قبل النوم\n2. نم مبكرا")).toEqual(["1. ذاكر قبل النوم", "2. نم مبكرا"]);
    expect(texts("١. أولا. ثانيا")).toEqual(["١. أولا.", "ثانيا"]);
  });

  it("cuts a quoted paragraph at its own sentence ends", () => {
    const first =
      "خلال نشأتي في الولايات المتحدة شهدنا حربين في منطقة الشرق الأوسط قبل دخولي المدرسة. ".repeat(4);
    const text = `"${first}واليوم أيضا انتخبنا رئيسا."`;
    expect(texts(text).length).toBe(5);
  });
});
