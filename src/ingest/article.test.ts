import { describe, expect, it } from "vitest";
import { articleFromJsonLine, articleFromRecord, isIsoDay, parsePublished } from "./article.ts";

describe("parsePublished", () => {
  it("keeps the day as the outlet wrote it, in RFC 822, ISO 8601 and compact form", () => {
    expect(parsePublished("Sun, 18 Feb 2018 21:35:43 +0400")).toBe("2018-02-18");
    expect(parsePublished("Mon, 2 Jul 2018 00:30:33 GMT")).toBe("2018-07-02");
    expect(parsePublished("2017-01-20T23:43:00-05:00")).toBe("2017-01-20");
    expect(parsePublished("2014-08-02")).toBe("2014-08-02");
    expect(parsePublished("20180218")).toBe("2018-02-18");
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

describe("articleFromRecord", () => {
  it("reads our own field names", () => {
    expect(
      articleFromRecord({ id: "a1", text: "نص", published: "2014-08-02", source: "X", title: "T", url: "u" }),
    ).toEqual({ id: "a1", text: "نص", published: "2014-08-02", source: "X", title: "T", url: "u" });
  });

  it("maps the ANT corpus names docno, src and time", () => {
    const article = articleFromRecord({
      docno: "SK-middleEast-1-20180716",
      src: "skynews",
      time: "Mon, 16 Jul 2018 00:30:33 GMT",
      text: "خبر",
      title: "عنوان",
    });
    expect(article).toMatchObject({
      id: "SK-middleEast-1-20180716",
      source: "skynews",
      published: "2018-07-16",
    });
  });

  it("says what is wrong with a record", () => {
    expect(() => articleFromRecord([1])).toThrow("got an array");
    expect(() => articleFromRecord({ id: "x" })).toThrow('missing the "text" field');
    expect(() => articleFromRecord({ text: 3 })).toThrow('"text" must be a string, got a number');
    expect(() => articleFromRecord({ text: "  " })).toThrow('"text" is empty');
    expect(() => articleFromRecord({ text: "x", published: "soon" })).toThrow('publication date "soon"');
    expect(() => articleFromRecord({ text: "x", title: { a: 1 } })).toThrow('"title" must be a string');
  });
});

describe("articleFromJsonLine", () => {
  it("calls a cut-off line truncated", () => {
    expect(() => articleFromJsonLine('{"id": "a", "text": "قتل')).toThrow(/^truncated JSON/);
    expect(() => articleFromJsonLine("{id: 1}")).toThrow(/^invalid JSON/);
  });
});
