import { describe, expect, it } from "vitest";
import { isIsoDay, parsePublished, toIsoDate } from "./dates.ts";

describe("parsePublished", () => {
  it("keeps the day as the outlet wrote it, in RFC 822, ISO 8601 and compact form", () => {
    expect(parsePublished("Sun, 18 Feb 2018 21:35:43 +0400")).toBe("2018-02-18");
    expect(parsePublished("Mon, 2 Jul 2018 00:30:33 GMT")).toBe("2018-07-02");
    expect(parsePublished("2017-01-20T23:43:00-05:00")).toBe("2017-01-20");
    expect(parsePublished("2014-08-02")).toBe("2014-08-02");
    expect(parsePublished("20180218")).toBe("2018-02-18");
  });

  it("reads day/month/year as Arabic outlets write it", () => {
    expect(parsePublished("02/08/2014")).toBe("2014-08-02");
    expect(parsePublished("2.8.2014")).toBe("2014-08-02");
    expect(parsePublished("31/02/2014")).toBeNull();
  });

  it("gives null for what is not a date", () => {
    expect(parsePublished("yesterday")).toBeNull();
    expect(parsePublished("2014-02-30")).toBeNull();
    expect(parsePublished("Sun, 18 Foo 2018")).toBeNull();
  });
});

describe("isIsoDay", () => {
  it("accepts real days only", () => {
    expect(isIsoDay("2016-02-29")).toBe(true);
    expect(isIsoDay("2014-02-29")).toBe(false);
    expect(isIsoDay("2014-8-2")).toBe(false);
    expect(isIsoDay("2014-13-01")).toBe(false);
  });
});

describe("toIsoDate", () => {
  it("reads metadata of any type, null for what is no date", () => {
    expect(toIsoDate("2018-02-18T23:59:00-05:00")).toBe("2018-02-18");
    expect(toIsoDate(20180218)).toBe("2018-02-18");
    expect(toIsoDate({ date: "2018-02-18" })).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
  });
});
