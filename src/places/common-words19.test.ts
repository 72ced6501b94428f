import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

// Session 19 (evcountry19): ordinary words the bare token scan read as far towns, which then gave events a wrong
// country (scan-blocked.txt). A span NER tags LOC, or a name after the head word of its unit, is still read. The
// sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const countriesOf = (text: string) =>
  (analyse({ text, published: "2017-06-15" }).places ?? []).map((p) => p.country);

describe("ordinary words are no places for the bare scan", () => {
  it("reads no Rome in كرم (ك + رم): معبر كرم أبو سالم", () => {
    expect(countriesOf("أعادت إسرائيل الأربعاء فتح معبر كرم أبو سالم.")).toEqual(["IL"]);
  });
  it("reads no Ad Diwaniyah in the customs adjective: المصالح الديوانية", () => {
    expect(countriesOf("وأحيل المحجوز إلى المصالح الديوانية المختصة.")).toEqual([]);
  });
  it("reads no Khamir in wine: قوارير خمر", () => {
    expect(countriesOf("وتم حجز 45 ألف علبة جعة وقوارير خمر.")).toEqual([]);
  });
  it("reads no As Salt in the authorities: السلط المحلية", () => {
    expect(countriesOf("ودعا المحتجون السلط المحلية والجهوية إلى التدخل.")).toEqual([]);
  });
  it("reads no Medan in a square: في ميدان التحرير", () => {
    expect(countriesOf("تجمع المحتجون في ميدان التحرير.")).toEqual([]);
  });
});

describe("the towns themselves are still read where the text names them", () => {
  it("after the head word of their unit: بمحافظة الديوانية", () => {
    expect(countriesOf("قتل ثلاثة في انفجار بمحافظة الديوانية جنوب العراق.")).toEqual(["IQ", "IQ"]);
  });
  it("with their country's nisba: مدينة السلط الأردنية", () => {
    expect(countriesOf("قتل ثلاثة في انفجار في مدينة السلط الأردنية.")).toEqual(["JO"]);
  });
});
