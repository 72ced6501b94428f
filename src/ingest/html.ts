import { Parser } from "htmlparser2";
import { toIsoDate } from "./dates.ts";

export interface ExtractedHtml {
  /** The readable text of the page: one block (paragraph, heading, list item) per line. */
  text: string;
  /** og:title, else <title>, else the first <h1>. */
  title: string | null;
  /** The publication day from the usual meta tags or a <time datetime>, as YYYY-MM-DD. */
  published: string | null;
  /** og:url, else <link rel="canonical">. */
  url: string | null;
}

/** Meta tags (property= or name=) that give a page's publication time, most specific first. */
const PUBLISHED_META = ["article:published_time", "date", "pubdate"];

/** Elements whose content is never article text. */
export const DROPPED_ELEMENTS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "canvas",
  "iframe",
  "object",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "menu",
  "dialog",
]);

const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu"]);

/** Class or id words that mark page furniture (menus, share bars, related links) rather than the story. */
const FURNITURE =
  /(^|[\s_-])(nav|navbar|menu|sidebar|breadcrumbs?|share|social|related|comments?|cookie|advert|ads)($|[\s_-])/i;

/** Elements that end a line of text. */
export const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
  "body",
  "title",
]);

/** Where the story is when the page says so. */
const MAIN = new Set(["article", "main"]);

/**
 * Takes the main text out of an HTML page with a real parser (htmlparser2), so entities are decoded and
 * broken markup is tolerated. Scripts, styles and navigation are dropped; if the page marks its story with
 * <article> or <main>, only that is kept. The result is plain text: offsets of the analysis point into it.
 */
export function extractHtml(html: string): ExtractedHtml {
  const allBlocks: string[] = [];
  const mainBlocks: string[] = [];
  let current = "";
  let currentInMain = false;
  const stack: { dropped: boolean; main: boolean }[] = [];
  let droppedDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let title = "";
  let firstH1 = "";
  let inH1 = false;
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let timeDatetime: string | null = null;

  const flush = () => {
    const block = current.replace(/\s+/g, " ").trim();
    if (block) {
      allBlocks.push(block);
      if (currentInMain) mainBlocks.push(block);
    }
    current = "";
    currentInMain = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "meta") {
          const key = attributes.property ?? attributes.name;
          const content = attributes.content?.trim();
          if (key && content && !meta.has(key)) meta.set(key, content);
        } else if (name === "link" && attributes.rel === "canonical" && attributes.href) {
          canonical ??= attributes.href;
        } else if (name === "time" && attributes.datetime) {
          timeDatetime ??= attributes.datetime;
        }
        const role = attributes.role?.toLowerCase() ?? "";
        const marks = `${attributes.class ?? ""} ${attributes.id ?? ""}`;
        const dropped =
          DROPPED_ELEMENTS.has(name) ||
          DROPPED_ROLES.has(role) ||
          "hidden" in attributes ||
          attributes["aria-hidden"] === "true" ||
          (!MAIN.has(name) && name !== "body" && FURNITURE.test(marks));
        const main = MAIN.has(name) || role === "main";
        if (BLOCK_ELEMENTS.has(name)) {
          flush();
          inH1 = false;
        }
        stack.push({ dropped, main });
        if (dropped) droppedDepth++;
        if (main) mainDepth++;
        if (name === "title") inTitle = true;
        if (name === "h1" && !firstH1) inH1 = true;
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (droppedDepth > 0) return;
        if (inH1) firstH1 += data;
        current += data;
        if (mainDepth > 0) currentInMain = true;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (BLOCK_ELEMENTS.has(name)) flush();
        const open = stack.pop();
        if (!open) return;
        if (open.dropped) droppedDepth--;
        if (open.main) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const blocks = mainBlocks.length > 0 ? mainBlocks : allBlocks;
  const cleanTitle =
    meta.get("og:title")?.replace(/\s+/g, " ") ||
    title.replace(/\s+/g, " ").trim() ||
    firstH1.replace(/\s+/g, " ").trim();
  const publishedValue = PUBLISHED_META.map((k) => meta.get(k)).find(Boolean) ?? timeDatetime;
  return {
    text: blocks.join("\n"),
    title: cleanTitle || null,
    published: toIsoDate(publishedValue ?? null),
    url: meta.get("og:url") ?? canonical,
  };
}

/** Readable text of an HTML fragment (a feed item's content or title): block elements become line breaks. */
export function htmlToText(html: string): string {
  return extractHtml(html).text;
}
