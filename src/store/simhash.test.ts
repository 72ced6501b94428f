import { describe, expect, it } from "vitest";
import { foldedWords } from "./prepare.ts";
import {
  BAND_PROBE_COUNTS,
  bandProbes,
  bandValues,
  fromHex,
  hammingDistance,
  NEAR_DUPLICATE_DISTANCE,
  simhash,
  toHex,
} from "./simhash.ts";

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

  it("finds every pair within the distance through a band probe, and no pair further apart by its exact band", () => {
    const a = simhash(foldedWords(story));
    const probes = bandProbes(toHex(a));
    expect(probes.map((p) => p.length)).toEqual(BAND_PROBE_COUNTS);
    expect(probes.map((p) => new Set(p).size)).toEqual(BAND_PROBE_COUNTS);
    for (let flips = 0; flips < 500; flips++) {
      const b = { ...a };
      const distance = 1 + (flips % NEAR_DUPLICATE_DISTANCE);
      const flipped = new Set<number>();
      for (let k = 0; flipped.size < distance; k++)
        flipped.add((flips * 7 + k * (13 + 2 * (flips % 20))) % 64);
      for (const i of flipped) {
        if (i < 32) b.hi = (b.hi ^ (1 << i)) >>> 0;
        else b.lo = (b.lo ^ (1 << (i - 32))) >>> 0;
      }
      expect(hammingDistance(a, b)).toBe(distance);
      const found = bandValues(toHex(b)).some((v, band) => probes[band].includes(v));
      expect(found).toBe(true);
    }
    // every probe is the band itself or one bit away from it
    for (const [band, values] of probes.entries()) {
      const own = Number.parseInt(values[0], 16);
      for (const v of values.slice(1)) {
        expect(v).toHaveLength(values[0].length);
        const x = own ^ Number.parseInt(v, 16);
        expect(x & (x - 1), `band ${band} probe ${v}`).toBe(0);
      }
    }
  });

  it("round-trips through hex", () => {
    const a = simhash(foldedWords(story));
    expect(fromHex(toHex(a))).toEqual(a);
  });
});
