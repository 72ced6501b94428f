import { describe, expect, it } from "vitest";
import { foldedWords } from "./prepare.ts";
import { bands, fromHex, hammingDistance, NEAR_DUPLICATE_DISTANCE, simhash, toHex } from "./simhash.ts";

const story =
  "اندلعت اشتباكات عنيفة يوم الثلاثاء في مدينة بنغازي بين مجلس شورى ثوار بنغازي والجيش وخلفت 60 قتيلا وقالت مصادر طبية إن المستشفيات استقبلت عشرات الجرحى " +
  "في المدينة الواقعة شرق ليبيا بعد ليلة من المواجهات التي استخدمت فيها الأسلحة الثقيلة والمدفعية وسط الأحياء السكنية ودعت الأمم المتحدة الأطراف إلى وقف فوري لإطلاق النار وفتح ممرات آمنة لإجلاء المدنيين العالقين";

describe("simhash", () => {
  it("puts the same story with a changed byline within the near-duplicate distance", () => {
    const a = simhash(foldedWords(story));
    const b = simhash(foldedWords(`(رويترز) ${story}`));
    expect(hammingDistance(a, b)).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE);
  });

  it("puts unrelated stories far apart", () => {
    const a = simhash(foldedWords(story));
    const b = simhash(
      foldedWords(
        "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج خلال الأشهر المقبلة",
      ),
    );
    expect(hammingDistance(a, b)).toBeGreaterThan(NEAR_DUPLICATE_DISTANCE * 2);
  });

  it("finds every pair within the distance through a shared band", () => {
    const a = simhash(foldedWords(story));
    for (let flips = 0; flips < 200; flips++) {
      const b = { ...a };
      for (let k = 0; k < NEAR_DUPLICATE_DISTANCE; k++) {
        const i = (flips * 7 + k * 13) % 64;
        if (i < 32) b.hi = (b.hi ^ (1 << i)) >>> 0;
        else b.lo = (b.lo ^ (1 << (i - 32))) >>> 0;
      }
      const shared = bands(a).some((v, i) => bands(b)[i] === v);
      expect(shared).toBe(true);
    }
  });

  it("round-trips through hex", () => {
    const a = simhash(foldedWords(story));
    expect(fromHex(toHex(a))).toEqual(a);
  });
});
