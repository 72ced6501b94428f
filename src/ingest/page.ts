import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { toIsoDate } from "./dates.ts";
import { BLOCK_ELEMENTS, DROPPED_ELEMENTS } from "./html.ts";

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
  url: string | null;
}

function isElement(n: ChildNode): n is Element {
  return n.type === "tag" || n.type === "script" || n.type === "style";
}

function collectText(nodes: ChildNode[], out: string[]): void {
  for (const n of nodes) {
    if (n.type === "text") out.push(n.data);
    else if (isElement(n)) {
      if (DROPPED_ELEMENTS.has(n.name)) continue;
      const block = BLOCK_ELEMENTS.has(n.name);
      if (block) out.push("\n");
      collectText(n.children, out);
      if (block) out.push("\n");
    }
  }
}

function find(nodes: ChildNode[], test: (e: Element) => boolean): Element | null {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (test(n)) return n;
    const inner = find(n.children, test);
    if (inner) return inner;
  }
  return null;
}

/** Readable text of an HTML fragment (feed item content): block elements become line breaks. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  collectText(parseDocument(html, { decodeEntities: true }).children, out);
  return tidy(out.join(""));
}

function tidy(s: string): string {
  return s
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/**
 * An article page: the headline (og:title, else <title>), the publication date from the usual meta tags,
 * and the text of <article> (else <main>, else <body>) without navigation, scripts and boilerplate blocks.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const dom = parseDocument(html, { decodeEntities: true });
  const meta = (name: string) => {
    const el = find(
      dom.children,
      (e) => e.name === "meta" && (e.attribs.property === name || e.attribs.name === name),
    );
    return el?.attribs.content?.trim() || null;
  };
  const titleEl = find(dom.children, (e) => e.name === "title");
  const titleText = titleEl
    ? htmlToText(titleEl.children.map((c) => (c.type === "text" ? c.data : "")).join(""))
    : null;
  const container =
    find(dom.children, (e) => e.name === "article") ??
    find(dom.children, (e) => e.name === "main") ??
    find(dom.children, (e) => e.name === "body");
  const out: string[] = [];
  collectText(container ? container.children : dom.children, out);
  const canonical = find(dom.children, (e) => e.name === "link" && e.attribs.rel === "canonical");
  const time = find(dom.children, (e) => e.name === "time" && !!e.attribs.datetime);
  return {
    title: meta("og:title") ?? (titleText || null),
    text: tidy(out.join("")),
    published: toIsoDate(
      meta("article:published_time") ?? meta("date") ?? meta("pubdate") ?? time?.attribs.datetime ?? null,
    ),
    url: meta("og:url") ?? canonical?.attribs.href ?? null,
  };
}
