import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { ArticleInput } from "../doc/types.ts";
import { articleFromJsonLine, articleFromRecord, InputError, jsonError } from "./article.ts";
import { parsePublished } from "./dates.ts";
import { DecodeError, decodeBytes, sniffBom } from "./decode.ts";
import { FeedError, looksLikeFeed, parseFeed } from "./feed.ts";
import { formatFromName, type InputFormat, isArticleFile } from "./formats.ts";
import { extractHtml } from "./html.ts";
import { formatBytes, readLines } from "./lines.ts";

export { formatFromName, INPUT_FORMATS, type InputFormat } from "./formats.ts";

// The one reader of articles: `marsad extract`, `summary`, `ingest` and `serve`'s sample all read their
// inputs here, so a file means the same to every command.

/**
 * The largest article read by default: real news articles are well under 1 MB, and the whole analysis of a
 * 50 MB "article" takes many minutes; such input is almost always many articles glued together, so it gets
 * a clear message instead (the limit can be raised with --max-article-mb).
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/**
 * The largest JSON document or feed read: these are parsed whole, in memory. Larger dumps belong in JSONL,
 * which is read as a stream, one line at a time.
 */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

/** The name stdin goes by in messages and ids. */
export const STDIN = "<stdin>";

/** Where an item came from: the file or URL, a JSONL line, or the n-th record of a JSON array or feed. */
export interface ItemOrigin {
  file: string;
  line?: number;
  /** 1-based position of the record in a JSON array or of the item in a feed. */
  item?: number;
}

/**
 * One article read from an input, or why it could not be. A `silent` error is counted but not printed (past
 * the first few bad lines of a file); a `summary` error is printed but not counted as a failure: it sums up
 * the silent errors at the end of a file, or names the files of a folder that were passed over.
 */
export type InputItem =
  | (ItemOrigin & { article: ArticleInput; error?: undefined })
  | (ItemOrigin & { error: string; article?: undefined; silent?: boolean; summary?: boolean });

/** Fetches a URL's bytes. Pluggable so tests (and offline runs) read local files instead of the network. */
export type Fetcher = (url: string) => Promise<{ body: Uint8Array; contentType: string | null }>;

export const httpFetcher: Fetcher = async (url) => {
  const res = await fetch(url, {
    headers: { "user-agent": "marsad (news reader)" },
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  return { body: new Uint8Array(await res.arrayBuffer()), contentType: res.headers.get("content-type") };
};

export interface ReadInputsOptions {
  /** Publication date (YYYY-MM-DD) for articles that carry none (a date in a .txt file's name counts as one). */
  published?: string | null;
  /** Source name for articles that carry none. */
  source?: string | null;
  /** Force the input format instead of guessing it from the extension (or, on stdin, from the first byte). */
  format?: InputFormat;
  /** A .txt or .html file (or one JSONL line) larger than this is refused with a clear message (default 10 MB). */
  maxArticleBytes?: number;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** How http(s) inputs are fetched (default: the network). */
  fetcher?: Fetcher;
}

/** An item's origin as messages and the ingestion log print it: `file`, `file:line` or `file#n`. */
export function originOf(item: ItemOrigin): string {
  if (item.line !== undefined) return `${item.file}:${item.line}`;
  if (item.item !== undefined) return `${item.file}#${item.item}`;
  return item.file;
}

/**
 * Reads every input in turn and yields its articles one at a time, so the caller can analyse and write each
 * before the next is read (constant memory over JSONL of any size). An input is a file (.txt, .jsonl,
 * .json, .html, .xml/.rss/.atom feeds), a folder (searched recursively for those), an http(s) URL of a feed
 * or page, or "-" (no path at all) for stdin. Problems are yielded as items with an error, never thrown, so
 * one bad file or line does not stop the rest.
 */
export async function* readInputs(
  paths: string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<InputItem> {
  const list = paths.length === 0 ? ["-"] : paths;
  for (const path of list) {
    if (path === "-") yield* readStdin(options);
    else if (/^https?:\/\//i.test(path)) yield* readUrl(path, options);
    else yield* readPath(path, options);
  }
}

async function* readPath(path: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    yield { file: path, error: fsMessage(error) };
    return;
  }
  if (!isFolder) {
    yield* readFile(path, options);
    return;
  }
  const passedOver: string[] = [];
  let articleFiles = 0;
  for await (const entry of folderFiles(path)) {
    if (!entry.isArticle) passedOver.push(entry.path);
    else {
      articleFiles++;
      yield* readFile(entry.path, options);
    }
  }
  if (articleFiles === 0) {
    yield {
      file: path,
      error: `is a folder with no article files (${ARTICLE_FILES})${passedOverNote(passedOver)}`,
    };
  } else if (passedOver.length > 0) {
    yield {
      file: path,
      error: `read ${articleFiles} article file(s)${passedOverNote(passedOver)}`,
      summary: true,
    };
  }
}

const ARTICLE_FILES = ".txt, .jsonl, .json, .html, .xml/.rss/.atom";

function passedOverNote(paths: string[]): string {
  if (paths.length === 0) return "";
  const kinds = [...new Set(paths.map((p) => extname(p).toLowerCase() || "no extension"))];
  return `; passed over ${paths.length} other file(s) (${kinds.join(", ")}), e.g. ${paths[0]}`;
}

/** Every file under a folder, in name order, recursively; hidden files and folders are left out. */
export async function* folderFiles(dir: string): AsyncGenerator<{ path: string; isArticle: boolean }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* folderFiles(path);
    else if (entry.isFile()) yield { path, isArticle: isArticleFile(entry.name) };
  }
}

async function* readFile(path: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const format = options.format ?? formatFromName(path);
  if (format === "jsonl") {
    yield* readJsonl(path, createReadStream(path), idFromPath(path), options);
    return;
  }
  const maxBytes = isDocumentFormat(format)
    ? MAX_DOCUMENT_BYTES
    : (options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  let bytes: Buffer;
  try {
    bytes = await readWhole(path, maxBytes, format);
  } catch (error) {
    yield { file: path, error: error instanceof InputError ? error.message : fsMessage(error) };
    return;
  }
  yield* contentItems(
    { file: path, bytes, format, idPrefix: idFromPath(path), fallbackSource: null },
    options,
  );
}

async function* readUrl(url: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  let body: Uint8Array;
  let contentType: string | null;
  try {
    ({ body, contentType } = await (options.fetcher ?? httpFetcher)(url));
  } catch (error) {
    yield { file: url, error: `cannot fetch: ${error instanceof Error ? error.message : String(error)}` };
    return;
  }
  const format = options.format ?? formatOfResponse(body, contentType);
  // A page or text names no outlet: its host does (a feed names itself in its channel title).
  const host = new URL(url).hostname;
  if (format === "jsonl") {
    yield* readJsonl(url, once(body), url, options, host);
    return;
  }
  yield* contentItems({ file: url, bytes: body, format, idPrefix: url, fallbackSource: host, url }, options);
}

function formatOfResponse(body: Uint8Array, contentType: string | null): InputFormat {
  // a JSON API answers one object, often pretty-printed: read it whole, not line by line
  if (/^application\/json/i.test(contentType ?? "")) return "json";
  const sniffed = sniffFormat(body);
  if (sniffed !== "txt") return sniffed;
  if (/html/i.test(contentType ?? "")) return "html";
  if (/xml|rss|atom/i.test(contentType ?? "")) return "feed";
  return "txt";
}

const isDocumentFormat = (format: InputFormat) => format === "json" || format === "feed";

async function readWhole(path: string, maxBytes: number, format: InputFormat): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxBytes) throw tooLarge(info.size, maxBytes, format);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, maxBytes: number, format: InputFormat): InputError {
  if (isDocumentFormat(format)) {
    return new InputError(
      `is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} a ${format === "json" ? "JSON file" : "feed"} may have (it is read whole); write large dumps as JSONL, one article per line, which is read as a stream`,
    );
  }
  return new InputError(
    `is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} one article may have; split it into articles (one per line as JSONL), or raise --max-article-mb`,
  );
}

function idFromPath(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** A plain-text file carries no metadata; a date in its name (gaza-2014-07-29.txt) is taken as its publication day. */
export function dateInName(path: string): string | null {
  const m = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/.exec(path.split(/[\\/]/).pop() ?? "");
  return m ? parsePublished(m[1]) : null;
}

interface Content {
  file: string;
  bytes: Uint8Array;
  format: Exclude<InputFormat, "jsonl">;
  /** Ids of articles that carry none: the file name, or it with the line or item number. */
  idPrefix: string;
  /** Source for articles that carry none and were given none (the host of a fetched page). */
  fallbackSource: string | null;
  /** The URL a page or text was fetched from. */
  url?: string;
}

/** The articles in a whole input already in memory (a file, a fetched URL or stdin that is not JSONL). */
function* contentItems(content: Content, options: ReadInputsOptions): Generator<InputItem> {
  const { file, format, idPrefix } = content;
  let text: string;
  try {
    text = decodeBytes(content.bytes);
  } catch (error) {
    if (error instanceof DecodeError) {
      yield { file, error: error.message };
      return;
    }
    throw error;
  }
  const withDefaults = (article: ArticleInput, id: string) =>
    articleWithDefaults(article, id, options, content.fallbackSource);
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      yield { file, error: jsonError(error).message };
      return;
    }
    const records = Array.isArray(data)
      ? data
      : Array.isArray((data as { articles?: unknown } | null)?.articles)
        ? (data as { articles: unknown[] }).articles
        : [data];
    if (records.length === 0) yield { file, error: "holds no articles (an empty JSON array)" };
    for (let i = 0; i < records.length; i++) {
      const where = records.length > 1 ? { file, item: i + 1 } : { file };
      try {
        const id = records.length > 1 ? `${idPrefix}#${i + 1}` : idPrefix;
        yield { ...where, article: withDefaults(articleFromRecord(records[i]), id) };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield { ...where, error: error.message };
      }
    }
  } else if (format === "feed" || (format === "txt" && looksLikeFeed(text))) {
    let items: ArticleInput[];
    try {
      items = parseFeed(text);
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      yield { file, error: error.message };
      return;
    }
    if (items.length === 0) yield { file, error: "is a feed with no items" };
    for (let i = 0; i < items.length; i++) {
      if (!items[i].text.trim()) yield { file, item: i + 1, error: "feed item has no text" };
      else yield { file, item: i + 1, article: withDefaults(items[i], `${idPrefix}#${i + 1}`) };
    }
  } else if (format === "html") {
    const page = extractHtml(text);
    if (page.text.trim() === "") {
      yield { file, error: "has no readable text outside scripts and navigation" };
      return;
    }
    const article = {
      text: page.text,
      title: page.title,
      published: page.published,
      url: page.url ?? content.url,
    };
    yield { file, article: withDefaults(article, idPrefix) };
  } else {
    const published = options.published ?? dateInName(file);
    yield { file, article: withDefaults({ text, published, url: content.url }, idPrefix) };
  }
}

/** Fills what an article does not say from the reader's options: an id, the publication day, the source. */
function articleWithDefaults(
  article: ArticleInput,
  id: string,
  options: ReadInputsOptions,
  fallbackSource: string | null = null,
): ArticleInput {
  return {
    ...article,
    id: article.id ?? id,
    published: article.published ?? options.published ?? null,
    source: article.source ?? options.source ?? fallbackSource ?? null,
  };
}

/** How many bad lines of one file are reported one by one before the rest are only counted. */
const MAX_LINE_ERRORS_SHOWN = 20;

async function* readJsonl(
  file: string,
  stream: AsyncIterable<Uint8Array>,
  idPrefix: string,
  options: ReadInputsOptions,
  fallbackSource: string | null = null,
): AsyncGenerator<InputItem> {
  let articles = 0;
  let errors = 0;
  try {
    for await (const line of readLines(stream, {
      maxLineBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    })) {
      if (line.error !== undefined) {
        errors++;
        yield { file, line: line.number, error: line.error, silent: errors > MAX_LINE_ERRORS_SHOWN };
        continue;
      }
      if (line.text.trim() === "") continue;
      try {
        const article = articleFromJsonLine(line.text);
        articles++;
        yield {
          file,
          line: line.number,
          article: articleWithDefaults(article, `${idPrefix}:${line.number}`, options, fallbackSource),
        };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        errors++;
        yield { file, line: line.number, error: error.message, silent: errors > MAX_LINE_ERRORS_SHOWN };
      }
    }
  } catch (error) {
    yield { file, error: fsMessage(error) };
    return;
  }
  if (errors > MAX_LINE_ERRORS_SHOWN) {
    yield {
      file,
      error: `${errors - MAX_LINE_ERRORS_SHOWN} more bad lines not shown (${errors} in all)`,
      silent: false,
      summary: true,
    };
  }
  if (articles === 0 && errors === 0) yield { file, error: "is empty (no JSON lines)" };
}

async function* readStdin(options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const stdin = options.stdin ?? process.stdin;
  if (stdin.isTTY) {
    yield {
      file: STDIN,
      error: "no input: give a FILE, or pipe an article in (see `marsad extract --help`)",
    };
    return;
  }
  const iterator = (stdin as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head: Uint8Array = first.done ? new Uint8Array(0) : toBytes(first.value);
  async function* all(): AsyncGenerator<Uint8Array> {
    if (first.done) return;
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield toBytes(next.value);
    }
  }
  const format = options.format ?? sniffFormat(head);
  if (format === "jsonl") {
    yield* readJsonl(STDIN, all(), "stdin", options);
    return;
  }
  const maxBytes = isDocumentFormat(format)
    ? MAX_DOCUMENT_BYTES
    : (options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of all()) {
    size += chunk.length;
    if (size > maxBytes) {
      yield { file: STDIN, error: tooLarge(size, maxBytes, format).message.replace(/^is /, "is more than ") };
      return;
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  yield* contentItems({ file: STDIN, bytes, format, idPrefix: "stdin", fallbackSource: null }, options);
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function toBytes(chunk: unknown): Uint8Array {
  return typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
}

/**
 * Without a file name (stdin, a fetched URL) the first characters tell: "{" is JSONL, "[" a JSON array,
 * an <rss>, <rdf:RDF> or <feed> root a feed, any other "<" HTML, anything else plain text.
 */
export function sniffFormat(head: Uint8Array): InputFormat {
  const { encoding, bomLength } = sniffBom(head);
  if (encoding !== "utf-8") return "txt";
  const start = Buffer.from(head.subarray(bomLength, bomLength + 2048))
    .toString("latin1")
    .trimStart();
  if (start.startsWith("{")) return "jsonl";
  if (start.startsWith("[")) return "json";
  if (looksLikeFeed(start)) return "feed";
  if (start.startsWith("<")) return "html";
  return "txt";
}

function fsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "no such file (a part of the path is not a folder)";
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
