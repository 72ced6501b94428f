import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InputItem, readInputs, sniffFormat } from "./inputs.ts";

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-inputs-"));
  writeFileSync(at("a.txt"), "قتل 3 أشخاص في بنغازي.");
  writeFileSync(
    at("news.jsonl"),
    [
      JSON.stringify({ id: "one", text: "خبر أول", published: "2014-08-01" }),
      "",
      '{"id": "two", "text": "خبر مقطو',
      JSON.stringify({
        docno: "three",
        text: "خبر ثالث",
        src: "skynews",
        time: "Mon, 16 Jul 2018 00:30:33 GMT",
      }),
      JSON.stringify({ text: "بلا معرف" }),
    ].join("\n"),
  );
  writeFileSync(
    at("page.html"),
    "<html><title>عنوان</title><body><nav>قائمة</nav><p>نص الخبر</p></body></html>",
  );
  writeFileSync(at("empty.jsonl"), "\n\n");
  mkdirSync(at("folder"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(paths: string[], options = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

describe("readInputs", () => {
  it("reads a .txt file as one article named after the file, with the given defaults", async () => {
    const [item] = await read([at("a.txt")], { published: "2014-08-02", source: "test" });
    expect(item.article).toEqual({
      id: "a",
      text: "قتل 3 أشخاص في بنغازي.",
      published: "2014-08-02",
      source: "test",
    });
  });

  it("reads JSONL line by line: good lines analysed, a truncated line reported with its number", async () => {
    const items = await read([at("news.jsonl")], { published: "2000-01-01" });
    expect(items.map((i) => [i.line, i.article?.id ?? i.error])).toEqual([
      [1, "one"],
      [3, expect.stringMatching(/^truncated JSON/)],
      [4, "three"],
      [5, "news:5"],
    ]);
    // The record's own date wins over the default; the default fills a record that has none.
    expect(items[0].article?.published).toBe("2014-08-01");
    expect(items[2].article).toMatchObject({ source: "skynews", published: "2018-07-16" });
    expect(items[3].article?.published).toBe("2000-01-01");
  });

  it("takes the main text and title out of HTML", async () => {
    const [item] = await read([at("page.html")]);
    expect(item.article).toMatchObject({ id: "page", text: "نص الخبر", title: "عنوان" });
  });

  it("reports a missing path, a directory and an empty JSONL file, and goes on to the next input", async () => {
    const items = await read([at("missing.txt"), at("folder"), at("empty.jsonl"), at("a.txt")]);
    expect(items.map((i) => i.error ?? "ok")).toEqual([
      "no such file",
      expect.stringMatching(/^is a directory/),
      "is empty (no JSON lines)",
      "ok",
    ]);
  });

  it("refuses an article larger than the limit with a clear message", async () => {
    const [item] = await read([at("a.txt")], { maxArticleBytes: 10 });
    expect(item.error).toMatch(/more than the 10 bytes one article may have/);
  });

  it("reads stdin, guessing JSONL, HTML or text from the first character", async () => {
    const stdin = (text: string) => Readable.from([Buffer.from(text)]);
    const jsonl = await read(["-"], { stdin: stdin('{"text": "أ"}\n{"text": "ب"}\n') });
    expect(jsonl.map((i) => i.article?.id)).toEqual(["stdin:1", "stdin:2"]);
    const [txt] = await read([], { stdin: stdin("نص عادي") });
    expect(txt.article).toMatchObject({ id: "stdin", text: "نص عادي" });
    const [empty] = await read([], { stdin: stdin("") });
    expect(empty).toMatchObject({ file: "<stdin>", error: "is empty" });
  });

  it("refuses to wait on a terminal when nothing is piped in", async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    const [item] = await read([], { stdin: tty });
    expect(item.error).toMatch(/^no input/);
  });
});

describe("sniffFormat", () => {
  it("looks past a BOM and leading blanks", () => {
    expect(sniffFormat(Buffer.from("\ufeff  {"))).toBe("jsonl");
    expect(sniffFormat(Buffer.from("\n<!doctype html>"))).toBe("html");
    expect(sniffFormat(Buffer.from("قال"))).toBe("txt");
  });
});
