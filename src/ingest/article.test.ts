import { describe, expect, it } from "vitest";
import { articleFromJsonLine, articleFromRecord } from "./article.ts";

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

  it("reads the field names of common news dumps, trimming what is not the text", () => {
    const article = articleFromRecord({
      guid: 7,
      body: " نص الخبر ",
      headline: " عنوان ",
      link: "https://example.org/7",
      pubDate: "Sat, 02 Aug 2014 09:15:00 +0200",
      outlet: "وكالة",
    });
    expect(article).toEqual({
      id: "7",
      text: " نص الخبر ",
      title: "عنوان",
      url: "https://example.org/7",
      published: "2014-08-02",
      source: "وكالة",
    });
  });

  it("says what is wrong with a record", () => {
    expect(() => articleFromRecord([1])).toThrow("got an array");
    expect(() => articleFromRecord({ id: "x" })).toThrow('missing the "text" field');
    expect(() => articleFromRecord({ text: 3 })).toThrow('"text" must be a string, got a number');
    expect(() => articleFromRecord({ text: "  " })).toThrow('"text" is empty');
    expect(() => articleFromRecord({ content: ["x"] })).toThrow('"content" must be a string, got an array');
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
