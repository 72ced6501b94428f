import { describe, expect, it } from "vitest";
import { isEmbeddedHeadline } from "./headline.ts";

const whole = (text: string, line: string) => {
  const start = text.indexOf(line);
  return isEmbeddedHeadline(text, start, start + line.length);
};

describe("isEmbeddedHeadline", () => {
  const article =
    "قتل ثلاثة في هجوم على كنيسة.\nالرئيس الشيشاني يجتمع بالملك سلمان: السعودية تنسق جهود مواجهة الشر\n" +
    'للمزيد: الغوطة الشرقية "جحيم على الأرض"\nوأتى إطلاق النار خلال الاحتفال.\nوأكد الوزير أنه "لن يتراجع"\n' +
    'وقال المرصد إن "الهجوم وقع".\nحقائق عن الأردن';
  it("finds link headlines and fact-box titles on lines of their own", () => {
    expect(whole(article, "الرئيس الشيشاني يجتمع بالملك سلمان: السعودية تنسق جهود مواجهة الشر")).toBe(true);
    expect(whole(article, 'للمزيد: الغوطة الشرقية "جحيم على الأرض"')).toBe(true);
    expect(whole(article, "حقائق عن الأردن")).toBe(true);
  });
  it("keeps body sentences, sentences opening with و, and the first line", () => {
    expect(whole(article, "قتل ثلاثة في هجوم على كنيسة.")).toBe(false);
    expect(whole(article, "وأتى إطلاق النار خلال الاحتفال.")).toBe(false);
    expect(whole(article, 'وأكد الوزير أنه "لن يتراجع"')).toBe(false);
    expect(whole(article, 'وقال المرصد إن "الهجوم وقع".')).toBe(false);
    expect(isEmbeddedHeadline("هجوم على حافلة\nنص المقال.", 0, 14)).toBe(false);
  });
  it("needs the sentence to be the whole line", () => {
    const text = "جملة أولى.\nقتل ثلاثة في هجوم. حقائق عن الأردن\n";
    const s = text.indexOf("حقائق");
    expect(isEmbeddedHeadline(text, s, s + "حقائق عن الأردن".length)).toBe(false);
  });
  it("takes lines of up to 14 words (of letters or digits), after a first line with text", () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => `كلمة${i}`).join(" ");
    const at = (text: string, l: string) =>
      isEmbeddedHeadline(text, text.lastIndexOf(l), text.lastIndexOf(l) + l.length);
    expect(at(`جملة أولى.\n${line(14)} - «\n`, `${line(14)} - «`)).toBe(true);
    expect(at(`جملة أولى.\n${line(15)}\n`, line(15))).toBe(false);
    expect(at(`جملة أولى.\n- «\n`, "- «")).toBe(false);
    // blank lines before the line are no first line
    expect(at(` \n\n${line(3)}\nنص.`, line(3))).toBe(false);
  });
});
