import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

// Session 24 (evmedia24): a name right after an outlet's head noun (وكالة، صحيفة، إذاعة، تلفزيون …) names the outlet,
// not a place. The sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const run = (text: string) => analyse({ text, published: "2018-04-10" });
const placeNames = (text: string) => (run(text).places ?? []).map((p) => p.text);

describe("an outlet's name is no place", () => {
  it("reads وكالة بترا as Jordan's agency, not the Syrian village Batra", () => {
    const doc = run(
      "أحبطت قوات حرس الحدود الأردنية محاولة تهريب كمية من المخدرات عبر الحدود مع سوريا، وقالت وكالة بترا إن المهربين فروا.",
    );
    expect((doc.places ?? []).map((p) => p.text)).not.toContain("بترا");
    expect((doc.places ?? []).map((p) => p.name_en)).not.toContain("Batra");
  });
  it("does not place an Iranian story in Esna (Egypt) through وكالة إسنا", () => {
    const places =
      run("انتقد نائب في البرلمان الإيراني اعتقال ناشطين بيئيين في طهران، بحسب وكالة إسنا للأنباء.").places ??
      [];
    expect(places.map((p) => p.country)).not.toContain("EG");
    expect(places.map((p) => p.country)).toContain("IR");
  });
  it("skips the place after وكالة أنباء and after a glued ل (لصحيفة، لتلفزيون)", () => {
    expect(placeNames("وقال وزير الخارجية في تصريح لصحيفة الشرق الأوسط إن المفاوضات متعثرة.")).not.toContain(
      "الشرق الأوسط",
    );
    expect(placeNames("وقال الرئيس الفلسطيني لتلفزيون فلسطين إن الفحوص الطبية مطمئنة.")).not.toContain(
      "فلسطين",
    );
  });
  it("keeps a place after other words", () => {
    expect(placeNames("قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة الليبية.")).toContain("درنة");
  });
});
