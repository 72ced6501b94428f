import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

// Session 23 (evarg23): place names that are also adjectives or numerals (data/gazetteer/adjective-names.txt) are no
// place right after a definite noun they qualify. The sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const placesOf = (text: string) =>
  (analyse({ text, published: "2017-05-10" }).places ?? []).map((p) => [p.name_en, p.country]);

describe("a place name that is also an adjective, right after a definite noun", () => {
  it("reads الأسلحة البيضاء and اللحوم البيضاء as white, not Al Bayda", () => {
    expect(placesOf("حجزت الوحدات مجموعة من الأسلحة البيضاء.")).toEqual([]);
    expect(placesOf("تم حجز 70 كلغ من اللحوم البيضاء غير الصالحة.")).toEqual([]);
  });
  it("reads الدول الخمس and السنوات الخمس as five, not Al Khums", () => {
    expect(placesOf("اجتمع قادة الدول الخمس يوم الأحد.")).toEqual([]);
    expect(placesOf("تضاعف العدد خلال السنوات الخمس الماضية.")).toEqual([]);
  });
  it("reads الطالبة السويدية as Swedish, not Samandag", () => {
    expect(placesOf("رفضت الطالبة السويدية الجلوس في مقعدها.")).toEqual([]);
  });
  it("still reads them as places after a preposition, a head word or a noun in construct", () => {
    expect(placesOf("قتل جنديان في هجوم على حاجز في البيضاء.")[0]?.[1]).toBe("YE");
    expect(placesOf("تقدمت القوات في جبهة البيضاء.")[0]?.[1]).toBe("YE");
    expect(placesOf("وصل الوفد إلى مدينة الخمس الليبية.")[0]).toEqual(["Al Khums", "LY"]);
  });
});
