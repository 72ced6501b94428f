import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import { sharedDir } from "../paths.ts";
import { buildPipeline } from "../pipeline/pipeline.ts";
import { textStage } from "../text/stage.ts";
import { timeForClause } from "./clause.ts";
import { createDatesStage } from "./stage.ts";

const pipeline = buildPipeline([textStage, createDatesStage()]);
const seedText = readFileSync(resolve(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");
const seed = pipeline.run(createDoc({ text: seedText, published: "2014-08-02" }));

const find = (text: string) => seed.times!.find((t) => t.text === text);

describe("dates stage on the seed article (published 2014-08-02)", () => {
  it("resolves the seed's time expressions", () => {
    expect(find("الثلاثاء الماضي")).toMatchObject({ type: "DATE", value: "2014-07-29", precision: "day" });
    expect(find("يوم أمس")).toMatchObject({ type: "DATE", value: "2014-08-01" });
    expect(find("اليوم")).toMatchObject({ type: "DATE", value: "2014-08-02" });
    expect(find("اليومين الأخيرين")).toMatchObject({ type: "DATE", value: "2014-08-01", precision: "week" });
    expect(find("نحو أسبوع")).toMatchObject({ type: "DURATION", value: "P1W", approximate: true });
    for (const t of seed.times!) expect(seedText.slice(t.start, t.end)).toBe(t.text);
  });

  it("agrees with the schema example's spans", () => {
    const example = JSON.parse(readFileSync(resolve(sharedDir(), "schema/example.json"), "utf8"));
    const doc = pipeline.run(createDoc({ text: example.text, published: example.published }));
    for (const t of example.times) {
      expect(doc.times).toContainEqual(
        expect.objectContaining({ start: t.start, end: t.end, value: t.value }),
      );
    }
  });

  it("gives each event clause its governing date, not the report's", () => {
    const at = (word: string) => {
      const start = seedText.indexOf(word);
      return { start, end: start + word.length };
    };
    // "وسقط الثلاثاء الماضي المعسكر الرئيسي ..." → the day of the fall.
    expect(timeForClause(seed, at("وسقط"))).toMatchObject({ value: "2014-07-29", precision: "day" });
    // "وقالت جريدة الخبر الجزائرية اليوم إنّ الجيش التونسي تحصّل ... في اليومين الأخيرين": not the report's اليوم.
    expect(timeForClause(seed, at("تحصّل"))).toMatchObject({
      value: "2014-08-01",
      precision: "week",
      text: "اليومين الأخيرين",
    });
    // "قالت صحيفة الوطن ... في عددها الصادر يوم أمس، أن هناك تنسيق": yesterday dates the report only.
    expect(timeForClause(seed, at("تنسيق يجري"))).toBeNull();
    // The report itself is dated by it.
    expect(timeForClause(seed, at("قالت صحيفة"))).toMatchObject({ value: "2014-08-01" });
    // A sentence without a date gives null, never the publication date.
    expect(timeForClause(seed, at("كما قررت الجزائر"))).toBeNull();
  });
});

describe("dates stage without a publication date", () => {
  it("leaves relative dates null with an issue each, and resolves absolute ones", () => {
    const doc = pipeline.run(createDoc({ text: "قتل أمس ثلاثة جنود. ووقع الهجوم الأول في 3 شوال 1435 هـ." }));
    expect(doc.times!.map((t) => [t.text, t.value])).toEqual([
      ["أمس", null],
      ["3 شوال 1435 هـ", "2014-07-30"],
    ]);
    expect(doc.issues).toEqual([
      expect.objectContaining({
        stage: "dates",
        code: "relative-date-without-publication-date",
        start: 4,
        end: 7,
      }),
    ]);
  });

  it("reports a publication date it cannot read", () => {
    const doc = pipeline.run(createDoc({ text: "قتل أمس ثلاثة جنود", published: "2 August 2014" }));
    expect(doc.times![0].value).toBeNull();
    expect(doc.issues.map((i) => i.code)).toContain("bad-publication-date");
  });
});
