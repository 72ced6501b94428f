import { XMLParser } from "fast-xml-parser";
import type { ArticleInput } from "../doc/types.ts";
import { toIsoDate } from "./dates.ts";
import { htmlToText } from "./html.ts";

export class FeedError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ["item", "entry", "link"].includes(name),
});

function text(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Record<string, unknown>)["#text"]);
  return "";
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const alternate =
    links.find((l) => typeof l === "object" && l && (l["@rel"] ?? "alternate") === "alternate") ?? links[0];
  if (typeof alternate === "string") return alternate;
  return (alternate as Record<string, string> | undefined)?.["@href"] ?? null;
}

/** True when the bytes look like an RSS or Atom document (for files without a telling extension). */
export function looksLikeFeed(s: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(s.slice(0, 2000));
}

/** A child of a parsed XML node, or undefined: the parsed tree is untyped, so every step is checked. */
function at(node: unknown, key: string): unknown {
  return node && typeof node === "object" && !Array.isArray(node)
    ? (node as Record<string, unknown>)[key]
    : undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

/** Articles of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. The item's full content is preferred to its summary. */
export function parseFeed(xml: string, feedSource: string | null = null): ArticleInput[] {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    throw new FeedError(`not a readable RSS/Atom feed: ${(error as Error).message}`);
  }
  const rss = at(doc, "rss");
  const rdf = at(doc, "rdf:RDF");
  if (rss || rdf) {
    const channel = at(rss ?? rdf, "channel");
    const items = list(rss ? at(channel, "item") : at(rdf, "item"));
    const source = feedSource ?? (text(at(channel, "title")) || null);
    return items.map((item) => ({
      title: htmlToText(text(at(item, "title"))) || null,
      text: htmlToText(text(at(item, "content:encoded")) || text(at(item, "description"))),
      url: text(at(item, "link")) || text(at(item, "guid")) || null,
      published: toIsoDate(text(at(item, "pubDate")) || text(at(item, "dc:date"))),
      source,
    }));
  }
  const feed = at(doc, "feed");
  if (feed) {
    const source = feedSource ?? (text(at(feed, "title")) || null);
    return list(at(feed, "entry")).map((entry) => ({
      title: htmlToText(text(at(entry, "title"))) || null,
      text: htmlToText(text(at(entry, "content")) || text(at(entry, "summary"))),
      url: atomLink(at(entry, "link")),
      published: toIsoDate(text(at(entry, "published")) || text(at(entry, "updated"))),
      source,
    }));
  }
  throw new FeedError("not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)");
}
