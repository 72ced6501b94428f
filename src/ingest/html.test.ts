import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.ts";

const page = `<!doctype html>
<html lang="ar"><head><title> اشتباكات في بنغازي &#8211; الوسط </title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body>
<header><a href="/">الرئيسية</a></header>
<nav><ul><li>سياسة</li><li>رياضة</li></ul></nav>
<div class="share-bar">شارك</div>
<article>
  <h1>اشتباكات في بنغازي</h1>
  <p>قُتل 3 أشخاص   في
  بنغازي&nbsp;أمس &amp; اليوم.</p>
  <p>وقالت مصادر <b>عسكرية</b> إن الاشتباكات مستمرة.<br>تفاصيل أخرى.</p>
  <aside>اقرأ أيضا</aside>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>`;

describe("extractHtml", () => {
  it("keeps the story of <article>, one block per line, entities decoded, whitespace (also no-break space) collapsed", () => {
    const { text, title } = extractHtml(page);
    expect(title).toBe("اشتباكات في بنغازي – الوسط");
    expect(text).toBe(
      "اشتباكات في بنغازي\nقُتل 3 أشخاص في بنغازي أمس & اليوم.\nوقالت مصادر عسكرية إن الاشتباكات مستمرة.\nتفاصيل أخرى.",
    );
  });

  it("drops scripts, styles, navigation, header, footer and aside when there is no <article>", () => {
    const { text } = extractHtml(
      "<body><nav>قائمة</nav><script>alert(1)</script><div><p>الخبر الأول.</p></div><p>الثاني</p><footer>تذييل</footer></body>",
    );
    expect(text).toBe("الخبر الأول.\nالثاني");
  });

  it("tolerates broken markup and falls back to the first h1 as title", () => {
    const { text, title } = extractHtml("<h1>عنوان<p>فقرة بلا إغلاق<p>فقرة ثانية");
    expect(title).toBe("عنوان");
    expect(text.split("\n")).toEqual(["عنوان", "فقرة بلا إغلاق", "فقرة ثانية"]);
  });

  it("gives empty text for a page with nothing readable", () => {
    expect(extractHtml("<html><script>x()</script></html>").text).toBe("");
  });

  it("reads the headline, publication day and address from meta tags, else <title>, <time> and the canonical link", () => {
    const withMeta = extractHtml(
      '<head><title>موقع | خبر</title><meta property="og:title" content="قصف على درنة"><meta name="date" content="02/08/2014"><meta property="og:url" content="https://example.org/a"></head><p>نص.</p>',
    );
    expect(withMeta).toMatchObject({
      title: "قصف على درنة",
      published: "2014-08-02",
      url: "https://example.org/a",
    });
    const plain = extractHtml(
      '<head><title>خبر</title><link rel="canonical" href="https://example.org/b"></head><p><time datetime="2014-07-30T23:00:00+02:00">أمس</time> نص.</p>',
    );
    expect(plain).toMatchObject({ title: "خبر", published: "2014-07-30", url: "https://example.org/b" });
    expect(extractHtml("<p>نص.</p>")).toMatchObject({ title: null, published: null, url: null });
  });
});
