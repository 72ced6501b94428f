import { describe, expect, it } from "vitest";
import { parseDay } from "./calendar.ts";
import { createTimeExtractor } from "./extract.ts";
import { loadTimeLexicon } from "./lexicon.ts";

const extractor = createTimeExtractor(loadTimeLexicon());
const PUB = "2014-08-02"; // a Saturday, the seed article's publication date

function times(text: string, published: string | null = PUB) {
  const { times } = extractor.extract(text, published ? parseDay(published) : null, [
    { start: 0, end: text.length },
  ]);
  for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
  return times.map((t) => [t.text, t.type, t.value]);
}

describe("absolute dates in every regional form", () => {
  it.each([
    ["وقع ذلك في 29 يوليو 2014", "29 يوليو 2014", "2014-07-29"],
    ["في 29 تموز/يوليو 2014", "29 تموز/يوليو 2014", "2014-07-29"],
    ["يوم 29 جويلية 2014", "يوم 29 جويلية 2014", "2014-07-29"],
    ["في 29 يوليوز 2014", "29 يوليوز 2014", "2014-07-29"],
    ["في 29 يولية 2014", "29 يولية 2014", "2014-07-29"],
    ["بتاريخ ٢٩/٧/٢٠١٤", "٢٩/٧/٢٠١٤", "2014-07-29"],
    ["بتاريخ 2014-07-29", "2014-07-29", "2014-07-29"],
    ["في الأول من أوت 2014", "الأول من أوت 2014", "2014-08-01"],
    ["في 3 غشت 2014", "3 غشت 2014", "2014-08-03"],
    ["في كانون الثاني/يناير 2015", "كانون الثاني/يناير 2015", "2015-01"],
    ["في يناير/كانون ثاني 2015", "يناير/كانون ثاني 2015", "2015-01"],
    ["منذ عام 2011", "عام 2011", "2011"],
    ["في التسعينات من القرن الماضي", "التسعينات من القرن الماضي", "199"],
    ["في 3 شوال 1435 هـ", "3 شوال 1435 هـ", "2014-07-30"],
    ["في الربع الأخير من عام 2016", "الربع الأخير من عام 2016", "2016-Q4"],
  ])("%s", (text, expression, value) => {
    expect(times(text)).toEqual([[expression, "DATE", value]]);
  });

  it("reads a month or a day without a year near the publication date", () => {
    expect(times("قتل في 26 يوليو")).toEqual([["26 يوليو", "DATE", "2014-07-26"]]);
    expect(times("قتل في ديسمبر الماضي")).toEqual([["ديسمبر الماضي", "DATE", "2013-12"]]);
    expect(times("وأعلن في مارس أن")).toEqual([["مارس", "DATE", "2014-03"]]);
    expect(times("في 14 من الشهر الجاري")).toEqual([["14 من الشهر الجاري", "DATE", "2014-08-14"]]);
  });

  it("reads ماي as a month only with a date around it", () => {
    expect(times("قالت تيريزا ماي إن بريطانيا")).toEqual([]);
    expect(times("في 3 ماي 2018")).toEqual([["3 ماي 2018", "DATE", "2018-05-03"]]);
    expect(times("في ماي 2016")).toEqual([["ماي 2016", "DATE", "2016-05"]]);
    expect(times("مارس الضغط على الحكومة")).toEqual([]);
  });

  it("does not take counts for years", () => {
    expect(times("قتل 2000 شخص")).toEqual([]);
    expect(times("موسم 2019-2020")).toEqual([
      ["2019", "DATE", "2019"],
      ["2020", "DATE", "2020"],
    ]);
  });
});

describe("relative dates against the publication date (Saturday 2014-08-02)", () => {
  it.each([
    ["قال اليوم", "اليوم", "DATE", "2014-08-02"],
    ["وأمس قتل", "أمس", "DATE", "2014-08-01"],
    ["بالأمس", "الأمس", "DATE", "2014-08-01"],
    ["في عددها الصادر يوم أمس", "يوم أمس", "DATE", "2014-08-01"],
    ["أمس الأول", "أمس الأول", "DATE", "2014-07-31"],
    ["أول من أمس", "أول من أمس", "DATE", "2014-07-31"],
    ["سيصل غدا", "غدا", "DATE", "2014-08-03"],
    ["بعد غد", "بعد غد", "DATE", "2014-08-04"],
    ["الليلة الماضية", "الليلة الماضية", "TIME", "2014-08-01TNI"],
    ["صباح اليوم", "صباح اليوم", "TIME", "2014-08-02TMO"],
    ["مساء أمس الجمعة", "مساء أمس الجمعة", "TIME", "2014-08-01TEV"],
    ["الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2014-W30"],
    ["الشهر المقبل", "الشهر المقبل", "DATE", "2014-09"],
    ["للعام الماضي", "لعام الماضي", "DATE", "2013"],
    ["منذ ثلاثة أيام", "منذ ثلاثة أيام", "DATE", "2014-07-30"],
    ["قبل يومين", "قبل يومين", "DATE", "2014-07-31"],
    ["في اليومين الأخيرين", "اليومين الأخيرين", "DATE", "2014-08-01"],
    ["خلال الأسبوع.", "خلال الأسبوع", "DATE", "2014-W31"],
    ["مطلع الشهر الجاري", "مطلع الشهر الجاري", "DATE", "2014-08"],
    ["أواخر العام الماضي", "أواخر العام الماضي", "DATE", "2013"],
    ["وسقط الثلاثاء الماضي", "الثلاثاء الماضي", "DATE", "2014-07-29"],
    ["الصيف الماضي", "الصيف الماضي", "DATE", "2013-SU"],
  ])("%s", (text, expression, type, value) => {
    expect(times(text)).toEqual([[expression, type, value]]);
  });

  it("reads a bare weekday as the last one in a past clause and the next one in a future clause", () => {
    expect(times("زار الوزير تونس يوم الأحد")).toEqual([["يوم الأحد", "DATE", "2014-07-27"]]);
    expect(times("سيزور الوزير تونس يوم الأحد")).toEqual([["يوم الأحد", "DATE", "2014-08-03"]]);
    expect(times("وقال السبت إن")).toEqual([["السبت", "DATE", "2014-08-02"]]);
    expect(times("السبت الماضي")).toEqual([["السبت الماضي", "DATE", "2014-07-26"]]);
    expect(times("الأحد عشر لاعبا")).toEqual([]);
    expect(times("في اليوم الثاني من الزيارة ولليوم الثالث")).toEqual([]);
  });

  it("keeps a tense to its own clause and carries a schedule forward", () => {
    // "المقبلة" in a noun phrase does not make the report's weekday future.
    expect(times("أعلنت لجنة الانتخابات المقبلة، الأحد، أن")).toEqual([["الأحد", "DATE", "2014-07-27"]]);
    // A future verb in an earlier coordinated clause does not reach "وقال ... الأحد".
    expect(times("ستجرى الانتخابات قريبا، وقال الوزير الأحد إن")).toEqual([["الأحد", "DATE", "2014-07-27"]]);
    // After "الخميس المقبل" a bare weekday in the same sentence is in the same schedule.
    expect(times("يلعب الأول الخميس المقبل، والثاني السبت", "2014-08-04")).toEqual([
      ["الخميس المقبل", "DATE", "2014-08-07"],
      ["السبت", "DATE", "2014-08-09"],
    ]);
  });

  it("gives the day before publication with week precision for 'the last two days'", () => {
    const { times: found } = extractor.extract("في اليومين الأخيرين", parseDay(PUB));
    expect(found[0]).toMatchObject({ value: "2014-08-01", precision: "week", approximate: true });
  });
});

describe("durations, sets and vague references", () => {
  it.each([
    ["بعد معارك دامت نحو أسبوع", "نحو أسبوع", "DURATION", "P1W"],
    ["استمرت ثلاثة أيام", "ثلاثة أيام", "DURATION", "P3D"],
    ["لمدة عامين", "مدة عامين", "DURATION", "P2Y"],
    ["قبل يومين من موعد تقاعده", "قبل يومين", "DURATION", "P2D"],
    ["منذ 15 عاما", "منذ 15 عاما", "DURATION", "P15Y"],
    ["نحو عام ونصف العام", "نحو عام ونصف العام", "DURATION", "P18M"],
    ["خلال الـ5 سنوات المقبلة", "الـ5 سنوات المقبلة", "DURATION", "P5Y"],
    ["كل يوم", "كل يوم", "SET", "P1D"],
    ["تصدر أسبوعيا", "أسبوعيا", "SET", "P1W"],
    ["مؤخرا", "مؤخرا", "DATE", "PAST_REF"],
    ["حاليا", "حاليا", "DATE", "PRESENT_REF"],
  ])("%s", (text, expression, type, value) => {
    expect(times(text)).toEqual([[expression, type, value]]);
  });
});

describe("without a publication date", () => {
  it("keeps relative values null and reports them, and still resolves absolute dates", () => {
    const text = "قتل أمس ثلاثة، بعد هجوم في 29 يوليو 2014";
    const result = extractor.extract(text, null);
    expect(result.times.map((t) => [t.text, t.value])).toEqual([
      ["أمس", null],
      ["29 يوليو 2014", "2014-07-29"],
    ]);
    expect(result.unresolved).toEqual([{ start: 4, end: 7 }]);
  });
});

describe("trigger words behind proclitics and glued digits", () => {
  // the per-word pre-check (a word whose ending ends no trigger is skipped) must keep every bare form
  it.each([
    ["وصل وبالأمس وفد", "الأمس", "2014-08-01"],
    ["قال ذلك للأمس", "لأمس", "2014-08-01"],
    ["منذ للاسبوع الماضي", "لاسبوع الماضي", "2014-W30"],
    ["وفي 2014 قال", "2014", "2014"],
    ["اجتمعوا في 29جويلية 2014", "29جويلية 2014", "2014-07-29"],
    ["وسيعود فيوم الخميس المقبل", "الخميس المقبل", "2014-08-07"],
  ])("%s", (text, expression, value) => {
    const found = times(text).find(([t]) => String(t).includes(expression));
    expect(found?.[2]).toBe(value);
  });
});
