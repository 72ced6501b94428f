import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseFeed } from "./feed.ts";
import { extractHtml } from "./html.ts";
import { dateInName } from "./inputs.ts";
import { estimateCount, type ReadSourcesOptions, readSources, type SourceItem } from "./sources.ts";

const dir = mkdtempSync(join(tmpdir(), "marsad-sources-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>وكالة الأنباء</title>
<item><title>اشتباكات في بنغازي</title><link>https://example.org/a1</link><pubDate>Sat, 02 Aug 2014 09:15:00 +0200</pubDate>
<description><![CDATA[<p>ملخص قصير</p>]]></description>
<content:encoded><![CDATA[<p>اندلعت اشتباكات عنيفة في بنغازي.</p><p>وقالت مصادر إن &quot;القتال&quot; مستمر.</p>]]></content:encoded></item>
<item><title>خبر بلا نص</title><link>https://example.org/a2</link></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>صحيفة</title>
<entry><title type="html">تظاهرات في طرابلس</title><link rel="alternate" href="https://example.org/b1"/>
<published>2014-08-01T22:30:00+02:00</published><summary>تظاهر مئات المواطنين في طرابلس.</summary></entry></feed>`;

const html = `<!doctype html><html><head><title>Site | عنوان</title><meta property="og:title" content="قصف على درنة">
<meta property="article:published_time" content="2014-07-30T10:00:00Z"><link rel="canonical" href="https://example.org/c1"></head>
<body><nav>الرئيسية | أخبار</nav><article><h1>قصف على درنة</h1><p>تعرضت مدينة درنة لقصف جوي.</p><script>var x=1</script></article>
<footer>حقوق النشر</footer></body></html>`;

async function collect(paths: string[], options: ReadSourcesOptions = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(paths, options)) out.push(item);
  return out;
}

describe("input readers", () => {
  it("reads RSS items with full content, link, date and the channel as source", () => {
    const items = parseFeed(rss);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: "اشتباكات في بنغازي",
      url: "https://example.org/a1",
      published: "2014-08-02",
      source: "وكالة الأنباء",
    });
    expect(items[0].text).toBe('اندلعت اشتباكات عنيفة في بنغازي.\nوقالت مصادر إن "القتال" مستمر.');
  });

  it("reads Atom entries, keeping the day written in the entry's own time zone", () => {
    const [entry] = parseFeed(atom);
    expect(entry).toMatchObject({
      title: "تظاهرات في طرابلس",
      url: "https://example.org/b1",
      published: "2014-08-01",
    });
    expect(entry.text).toBe("تظاهر مئات المواطنين في طرابلس.");
  });

  it("rejects XML that is no feed with a clear message", () => {
    expect(() => parseFeed("<html><body>x</body></html>")).toThrow(/not an RSS or Atom feed/);
  });

  it("reads an article page without navigation, scripts or footer", () => {
    expect(extractHtml(html)).toEqual({
      title: "قصف على درنة",
      text: "قصف على درنة\nتعرضت مدينة درنة لقصف جوي.",
      published: "2014-07-30",
      url: "https://example.org/c1",
    });
  });

  it("walks folders recursively, reads every kind, and reports bad items without stopping", async () => {
    mkdirSync(join(dir, "in/sub"), { recursive: true });
    writeFileSync(join(dir, "in/a.txt"), "\ufeffنص مقال أول.");
    writeFileSync(
      join(dir, "in/b.jsonl"),
      '{"text":"مقال ثان","title":"عنوان","time":"Sun, 18 Feb 2018 21:35:43 +0400","src":"bbc"}\n{bad json\n{"title":"بلا نص"}\n\n',
    );
    writeFileSync(join(dir, "in/sub/feed.xml"), rss);
    writeFileSync(join(dir, "in/sub/page.html"), html);
    writeFileSync(
      join(dir, "in/sub/utf16.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("مقال بترميز آخر", "utf16le")]),
    );
    writeFileSync(join(dir, "in/empty.txt"), "  \n");
    writeFileSync(join(dir, "in/notes.md"), "ignored");
    const notes: string[] = [];
    const items = await collect([join(dir, "in"), join(dir, "missing.txt")], {
      onNote: (origin, message) => notes.push(`${origin.replace(dir, "")}: ${message.replaceAll(dir, "")}`),
    });
    const good = items.flatMap((i) => ("input" in i ? [i.input] : []));
    const bad = items.flatMap((i) => ("error" in i ? [`${i.origin.replace(dir, "")}: ${i.error}`] : []));
    expect(good.map((g) => g.text)).toEqual([
      "نص مقال أول.",
      "مقال ثان",
      'اندلعت اشتباكات عنيفة في بنغازي.\nوقالت مصادر إن "القتال" مستمر.',
      "قصف على درنة\nتعرضت مدينة درنة لقصف جوي.",
      "مقال بترميز آخر",
    ]);
    expect(good[1]).toMatchObject({ title: "عنوان", published: "2018-02-18", source: "bbc" });
    expect(bad).toEqual([
      expect.stringMatching(/^\/in\/b\.jsonl:2: invalid JSON/),
      expect.stringMatching(/^\/in\/b\.jsonl:3: missing the "text" field/),
      "/in/empty.txt: is empty",
      "/in/sub/feed.xml#2: feed item has no text",
      "/missing.txt: no such file or folder",
    ]);
    expect(notes).toEqual([
      "/in: read 6 article file(s); passed over 1 other file(s) (.md), e.g. /in/notes.md",
    ]);
    expect(await estimateCount([join(dir, "in/b.jsonl"), join(dir, "in/a.txt")])).toBe(4);
  });

  it("takes a date in a text file's name as its publication day", () => {
    expect(dateInName("/news/libya-2014-08-02.ar.txt")).toBe("2014-08-02");
    expect(dateInName("/2014-08-02/article.txt")).toBeNull();
    expect(dateInName("report-2014-13-02.txt")).toBeNull();
  });

  it("fetches feeds by URL through a pluggable fetcher", async () => {
    const fetched: string[] = [];
    const items = await collect(["https://news.example.org/rss", "https://down.example.org/rss"], {
      fetcher: async (url: string) => {
        fetched.push(url);
        if (url.includes("down")) throw new Error("connection refused");
        return { body: new TextEncoder().encode(atom), contentType: "application/atom+xml" };
      },
    });
    expect(fetched).toHaveLength(2);
    expect(items[0]).toMatchObject({ origin: "https://news.example.org/rss#1", input: { source: "صحيفة" } });
    expect(items[1]).toEqual({
      origin: "https://down.example.org/rss",
      error: "cannot fetch: connection refused",
    });
  });
});
