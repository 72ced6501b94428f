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

/** Articles of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. The item's full content is preferred to its summary. */
export function parseFeed(xml: string, feedSource: string | null = null): ArticleInput[] {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    throw new FeedError(`not a readable RSS/Atom feed: ${(error as Error).message}`);
  }
  if (doc.rss || doc["rdf:RDF"]) {
    const channel = doc.rss?.channel ?? doc["rdf:RDF"]?.channel ?? {};
    const items: any[] = doc.rss?.channel?.item ?? doc["rdf:RDF"]?.item ?? [];
    const source = feedSource ?? (text(channel.title) || null);
    return items.map((item) => ({
      title: htmlToText(text(item.title)) || null,
      text: htmlToText(text(item["content:encoded"]) || text(item.description)),
      url: text(item.link) || (typeof item.guid === "string" ? item.guid : text(item.guid)) || null,
      published: toIsoDate(text(item.pubDate) || text(item["dc:date"])),
      source,
    }));
  }
  if (doc.feed) {
    const entries: any[] = doc.feed.entry ?? [];
    const source = feedSource ?? (text(doc.feed.title) || null);
    return entries.map((entry) => ({
      title: htmlToText(text(entry.title)) || null,
      text: htmlToText(text(entry.content) || text(entry.summary)),
      url: atomLink(entry.link),
      published: toIsoDate(text(entry.published) || text(entry.updated)),
      source,
    }));
  }
  throw new FeedError("not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)");
}
