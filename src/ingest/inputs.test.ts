import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InputItem, MAX_DOCUMENT_BYTES, originOf, readInputs, sniffFormat } from "./inputs.ts";

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

  it("reports a missing path, a folder without articles and an empty JSONL file, and goes on", async () => {
    const items = await read([at("missing.txt"), at("folder"), at("empty.jsonl"), at("a.txt")]);
    expect(items.map((i) => i.error ?? "ok")).toEqual([
      "no such file or folder",
      expect.stringMatching(/^is a folder with no article files/),
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

describe("readInputs, containers and URLs", () => {
  it("reads a JSON array record by record, numbering the records in ids and messages", async () => {
    const file = at("list.json");
    writeFileSync(
      file,
      JSON.stringify([{ text: "خبر أول" }, { title: "بلا نص" }, { body: "خبر ثالث", id: "x" }]),
    );
    const items = await read([file]);
    expect(items.map((i) => [originOf(i).replace(dir, ""), i.article?.id ?? i.error])).toEqual([
      ["/list.json#1", "list#1"],
      ["/list.json#2", expect.stringMatching(/^missing the "text" field/)],
      ["/list.json#3", "x"],
    ]);
  });

  it("lets --published win over a date in a text file's name, which wins over nothing", async () => {
    const file = at("benghazi-2014-07-30.txt");
    writeFileSync(file, "اشتباكات في بنغازي.");
    expect((await read([file]))[0].article?.published).toBe("2014-07-30");
    expect((await read([file], { published: "2014-08-02" }))[0].article?.published).toBe("2014-08-02");
  });

  it("reads a fetched page with its URL and host, and a fetched JSONL stream line by line", async () => {
    const pages: Record<string, { body: string; contentType: string | null }> = {
      "https://news.example.org/a": {
        body: "<html><title>عنوان</title><body><p>قصف على درنة</p></body></html>",
        contentType: "text/html; charset=utf-8",
      },
      "https://dump.example.org/all": { body: '{"text":"أ"}\n{"text":"ب","src":"bbc"}\n', contentType: null },
    };
    const fetcher = async (url: string) => ({
      body: new TextEncoder().encode(pages[url].body),
      contentType: pages[url].contentType,
    });
    const items = await read(Object.keys(pages), { fetcher });
    expect(items.map((i) => i.article)).toEqual([
      {
        id: "https://news.example.org/a",
        text: "قصف على درنة",
        title: "عنوان",
        published: null,
        url: "https://news.example.org/a",
        source: "news.example.org",
      },
      expect.objectContaining({
        id: "https://dump.example.org/all:1",
        text: "أ",
        source: "dump.example.org",
      }),
      expect.objectContaining({ id: "https://dump.example.org/all:2", text: "ب", source: "bbc" }),
    ]);
  });

  it("reads a feed piped into stdin", async () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>وكالة</title><item><title>ت</title><description>تظاهر مئات في تونس.</description></item></channel></rss>';
    const items = await read(["-"], { stdin: Readable.from([Buffer.from(rss)]) });
    expect(items).toEqual([
      {
        file: "<stdin>",
        item: 1,
        article: expect.objectContaining({ text: "تظاهر مئات في تونس.", source: "وكالة" }),
      },
    ]);
  });

  it("says when a JSON file holds no articles, and refuses one too large to parse whole", async () => {
    writeFileSync(at("none.json"), "[]");
    expect((await read([at("none.json")]))[0].error).toBe("holds no articles (an empty JSON array)");
    // a sparse file: its size is all the reader looks at before refusing it
    writeFileSync(at("huge.json"), "");
    truncateSync(at("huge.json"), MAX_DOCUMENT_BYTES + 1);
    expect((await read([at("huge.json")]))[0].error).toMatch(
      /more than the 256 MB a JSON file may have .* JSONL/,
    );
  });
});

describe("sniffFormat", () => {
  it("looks past a BOM and leading blanks", () => {
    expect(sniffFormat(Buffer.from("\ufeff  {"))).toBe("jsonl");
    expect(sniffFormat(Buffer.from("\n<!doctype html>"))).toBe("html");
    expect(sniffFormat(Buffer.from("قال"))).toBe("txt");
    expect(
      sniffFormat(Buffer.from('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')),
    ).toBe("feed");
    expect(sniffFormat(Buffer.from('[{"text": "x"}]'))).toBe("json");
  });
});
