import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  formatDay,
  formatWeek,
  hijriToGregorian,
  isoWeekday,
  parseDay,
} from "./calendar.ts";

describe("calendar", () => {
  it("parses and validates days", () => {
    expect(parseDay("2014-08-02")).toEqual({ y: 2014, m: 8, d: 2 });
    expect(parseDay("2014-02-30")).toBeNull();
    expect(parseDay("02/08/2014")).toBeNull();
  });

  it("does day, month and ISO week arithmetic", () => {
    const pub = parseDay("2014-08-02")!;
    expect(isoWeekday(pub)).toBe(6); // Saturday
    expect(formatDay(addDays(pub, -4))).toBe("2014-07-29");
    expect(formatDay(addDays({ y: 2016, m: 2, d: 28 }, 1))).toBe("2016-02-29");
    expect(addMonths(2014, 1, -2)).toEqual({ y: 2013, m: 11 });
    expect(formatWeek(pub)).toBe("2014-W31");
    expect(formatWeek({ y: 2021, m: 1, d: 1 })).toBe("2020-W53");
  });

  it("converts Hijri (Umm al-Qura) dates to Gregorian through Intl", () => {
    expect(formatDay(hijriToGregorian({ y: 1435, m: 10, d: 1 })!)).toBe("2014-07-28"); // Eid al-Fitr 2014
    expect(formatDay(hijriToGregorian({ y: 1435, m: 10, d: 3 })!)).toBe("2014-07-30");
    expect(formatDay(hijriToGregorian({ y: 1439, m: 10, d: 1 })!)).toBe("2018-06-15");
    expect(hijriToGregorian({ y: 1435, m: 13, d: 1 })).toBeNull();
  });
});
