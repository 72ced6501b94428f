import { extname } from "node:path";

/**
 * What an input holds: one plain-text article, JSONL (one article per line), a JSON document (one article,
 * an array of them, or {"articles": [...]}), an HTML page, or an RSS/Atom feed.
 */
export type InputFormat = "txt" | "jsonl" | "json" | "html" | "feed";
export const INPUT_FORMATS: InputFormat[] = ["txt", "jsonl", "json", "html", "feed"];

const FORMAT_OF_EXTENSION: Record<string, InputFormat> = {
  ".txt": "txt",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
};

/** The format a file name announces; a name with any other extension, or none, is read as plain text. */
export function formatFromName(path: string): InputFormat {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? "txt";
}

/** True for the file names a folder is searched for (a folder's .pdf or .md is passed over, and said so). */
export function isArticleFile(path: string): boolean {
  return extname(path).toLowerCase() in FORMAT_OF_EXTENSION;
}
