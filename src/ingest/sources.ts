import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { ArticleInput } from "../doc/types.ts";
import { toIsoDate } from "./dates.ts";
import { DecodeError, decodeBytes } from "./decode.ts";
import { looksLikeFeed, parseFeed } from "./feed.ts";
import { extractHtml } from "./html.ts";
import { recordToArticle } from "./record.ts";

/** One article read from an input, or the reason an input could not be read; `origin` says where it came from. */
export type SourceItem = { origin: string; input: ArticleInput } | { origin: string; error: string };

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

const EXTENSIONS: Record<string, "jsonl" | "json" | "html" | "feed" | "text"> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".html": "html",
  ".htm": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".txt": "text",
};

export interface ReadOptions {
  fetcher?: Fetcher;
  /** Read when a path is "-" (tests pass their own). */
  stdin?: () => Promise<Uint8Array>;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function* fromContent(
  origin: string,
  content: string,
  kind: string,
  source: string | null,
): Generator<SourceItem> {
  if (kind === "jsonl") {
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      const where = `${origin}:${i + 1}`;
      try {
        yield { origin: where, input: withSource(recordToArticle(JSON.parse(lines[i])), source) };
      } catch (error) {
        yield {
          origin: where,
          error: error instanceof SyntaxError ? `bad JSON: ${error.message}` : (error as Error).message,
        };
      }
    }
  } else if (kind === "json") {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      yield { origin, error: `bad JSON: ${(error as Error).message}` };
      return;
    }
    const records = Array.isArray(data)
      ? data
      : Array.isArray((data as { articles?: unknown })?.articles)
        ? (data as { articles: unknown[] }).articles
        : [data];
    for (let i = 0; i < records.length; i++) {
      const where = records.length > 1 ? `${origin}[${i}]` : origin;
      try {
        yield { origin: where, input: withSource(recordToArticle(records[i]), source) };
      } catch (error) {
        yield { origin: where, error: (error as Error).message };
      }
    }
  } else if (kind === "feed" || looksLikeFeed(content)) {
    try {
      const items = parseFeed(content);
      let i = 0;
      for (const item of items) {
        const where = `${origin}#${++i}`;
        if (!item.text.trim()) yield { origin: where, error: "feed item has no text" };
        else yield { origin: where, input: withSource(item, source) };
      }
    } catch (error) {
      yield { origin, error: (error as Error).message };
    }
  } else if (kind === "html") {
    const page = extractHtml(content);
    if (!page.text) yield { origin, error: "the page has no readable text" };
    else yield { origin, input: withSource({ ...page, url: page.url ?? null }, source) };
  } else if (!content.trim()) {
    yield { origin, error: "empty file" };
  } else {
    yield { origin, input: { text: content, source, published: dateInName(origin) } };
  }
}

/** A plain-text file carries no metadata; a date in its name (gaza-2014-07-29.txt) is taken as its publication day. */
export function dateInName(path: string): string | null {
  const m = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(path.split(/[\\/]/).pop() ?? "");
  return m ? toIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function withSource(input: ArticleInput, source: string | null): ArticleInput {
  return input.source || !source ? input : { ...input, source };
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && EXTENSIONS[extname(e.name).toLowerCase()]) yield path;
  }
}

async function* readFileItems(path: string): AsyncGenerator<SourceItem> {
  const kind = EXTENSIONS[extname(path).toLowerCase()] ?? "text";
  let content: string;
  try {
    content = decodeBytes(await readFile(path));
  } catch (error) {
    // a DecodeError already says what is wrong with the bytes (empty, binary, not UTF-8)
    const message =
      error instanceof DecodeError
        ? error.message
        : `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    yield { origin: path, error: message };
    return;
  }
  yield* fromContent(path, content, kind, null);
}

/**
 * Every article in the given inputs, in order: files (.txt, .jsonl, .json, .html, .xml/.rss/.atom feeds),
 * folders (recursively, those extensions only), http(s) URLs of feeds or pages, and "-" for stdin.
 * Unreadable inputs become error items, so one bad file never stops a run.
 */
export async function* readSources(paths: string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const fetcher = options.fetcher ?? httpFetcher;
  for (const path of paths) {
    if (/^https?:\/\//i.test(path)) {
      let content: string;
      let contentType: string | null;
      try {
        const res = await fetcher(path);
        content = decodeBytes(res.body);
        contentType = res.contentType;
      } catch (error) {
        yield { origin: path, error: `cannot fetch: ${(error as Error).message}` };
        continue;
      }
      const kind = looksLikeFeed(content)
        ? "feed"
        : /html/i.test(contentType ?? "") || /<html[\s>]/i.test(content)
          ? "html"
          : "text";
      const host = new URL(path).hostname;
      const items = [...fromContent(path, content, kind, kind === "feed" ? null : host)];
      for (const item of items) {
        if ("input" in item && kind === "html" && !item.input.url) item.input.url = path;
        yield item;
      }
      continue;
    }
    if (path === "-") {
      let content: string;
      try {
        content = decodeBytes(await (options.stdin ?? readStdin)());
      } catch (error) {
        yield { origin: "stdin", error: (error as Error).message };
        continue;
      }
      const kind = /^\s*\{/.test(content) ? "jsonl" : "text";
      yield* fromContent("stdin", content, kind, null);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      yield { origin: path, error: "no such file or folder" };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFileItems(file);
    } else {
      yield* readFileItems(path);
    }
  }
}

/** A cheap count of the articles ahead (JSONL lines, files), for the progress bar's ETA; null if unknowable. */
export async function estimateCount(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (/^https?:\/\//i.test(path) || path === "-") return null;
    try {
      const info = await stat(path);
      const files: string[] = [];
      if (info.isDirectory()) for await (const f of walk(path)) files.push(f);
      else files.push(path);
      for (const f of files) {
        const kind = EXTENSIONS[extname(f).toLowerCase()];
        if (kind === "jsonl") {
          const buf = await readFile(f);
          // non-blank lines: a newline ends a line that had something other than whitespace on it
          let lines = 0;
          let filled = false;
          for (let i = 0; i < buf.length; i++) {
            const b = buf[i];
            if (b === 10) {
              if (filled) lines++;
              filled = false;
            } else if (b !== 13 && b !== 32 && b !== 9) filled = true;
          }
          total += lines + (filled ? 1 : 0);
        } else if (kind === "json" || kind === "feed") return null;
        else total++;
      }
    } catch {
      total++;
    }
  }
  return total;
}
