import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { ArticleInput } from "../doc/types.ts";
import { articleFromJsonLine, InputError } from "./article.ts";
import { DecodeError, decodeBytes, sniffBom } from "./decode.ts";
import { formatFromName, type InputFormat } from "./formats.ts";
import { extractHtml } from "./html.ts";
import { formatBytes, readLines } from "./lines.ts";

export { formatFromName, INPUT_FORMATS, type InputFormat } from "./formats.ts";

/**
 * The largest article read by default: real news articles are well under 1 MB, and the whole analysis of a
 * 50 MB "article" takes many minutes; such input is almost always many articles glued together, so it gets
 * a clear message instead (the limit can be raised with --max-article-mb).
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** The name stdin goes by in messages and ids. */
export const STDIN = "<stdin>";

/**
 * One article read from an input, or why it could not be; `line` is set for JSONL. A `silent` error is
 * counted but not printed (past the first few bad lines of a file); a `summary` error sums those up at the
 * end of the file and is printed but not counted again.
 */
export type InputItem =
  | { file: string; line?: number; article: ArticleInput; error?: undefined }
  | { file: string; line?: number; error: string; article?: undefined; silent?: boolean; summary?: boolean };

export interface ReadInputsOptions {
  /** Publication date (YYYY-MM-DD) for articles that carry none (all .txt and .html, JSONL records without one). */
  published?: string | null;
  /** Source name for articles that carry none. */
  source?: string | null;
  /** Force the input format instead of guessing it from the extension (or, on stdin, from the first byte). */
  format?: InputFormat;
  /** A .txt or .html file (or one JSONL line) larger than this is refused with a clear message (default 10 MB). */
  maxArticleBytes?: number;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

/**
 * Reads every input in turn and yields its articles one at a time, so the caller can analyse and write each
 * before the next is read (constant memory over JSONL of any size). A path of "-" (or no path at all) is stdin.
 * Problems are yielded as items with an error, never thrown, so one bad file or line does not stop the rest.
 */
export async function* readInputs(
  paths: string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<InputItem> {
  const list = paths.length === 0 ? ["-"] : paths;
  for (const path of list) {
    if (path === "-") yield* readStdin(options);
    else yield* readFile(path, options);
  }
}

function withDefaults(article: ArticleInput, fallbackId: string, options: ReadInputsOptions): ArticleInput {
  return {
    ...article,
    id: article.id ?? fallbackId,
    published: article.published ?? options.published ?? null,
    source: article.source ?? options.source ?? null,
  };
}

function idFromPath(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

async function* readFile(path: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      yield { file: path, error: `is a directory; give the files in it instead (e.g. ${path}/*.txt)` };
      return;
    }
  } catch (error) {
    yield { file: path, error: fsMessage(error) };
    return;
  }
  const format = options.format ?? formatFromName(path);
  if (format === "jsonl") {
    yield* readJsonl(path, createReadStream(path), idFromPath(path), options);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readWhole(path, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  } catch (error) {
    yield { file: path, error: error instanceof InputError ? error.message : fsMessage(error) };
    return;
  }
  yield documentItem(path, bytes, format, idFromPath(path), options);
}

async function readWhole(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError(
    `is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} one article may have; split it into articles (one per line as JSONL), or raise --max-article-mb`,
  );
}

function documentItem(
  file: string,
  bytes: Uint8Array,
  format: "txt" | "html" | "jsonl",
  id: string,
  options: ReadInputsOptions,
): InputItem {
  try {
    const text = decodeBytes(bytes);
    if (format === "html") {
      const page = extractHtml(text);
      if (page.text.trim() === "")
        return { file, error: "has no readable text outside scripts and navigation" };
      return {
        file,
        article: withDefaults(
          { text: page.text, title: page.title, published: page.published, url: page.url },
          id,
          options,
        ),
      };
    }
    return { file, article: withDefaults({ text }, id, options) };
  } catch (error) {
    if (error instanceof DecodeError || error instanceof InputError) return { file, error: error.message };
    throw error;
  }
}

/** How many bad lines of one file are reported one by one before the rest are only counted. */
const MAX_LINE_ERRORS_SHOWN = 20;

async function* readJsonl(
  file: string,
  stream: AsyncIterable<Uint8Array>,
  idPrefix: string,
  options: ReadInputsOptions,
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
          article: withDefaults(article, `${idPrefix}:${line.number}`, options),
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
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of all()) {
    size += chunk.length;
    if (size > maxBytes) {
      yield { file: STDIN, error: tooLarge(size, maxBytes).message.replace(/^is /, "is more than ") };
      return;
    }
    chunks.push(chunk);
  }
  yield documentItem(STDIN, Buffer.concat(chunks), format, "stdin", options);
}

function toBytes(chunk: unknown): Uint8Array {
  return typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
}

/** On stdin there is no file name: a first "{" means JSONL, a first "<" HTML, anything else plain text. */
export function sniffFormat(head: Uint8Array): InputFormat {
  const { encoding, bomLength } = sniffBom(head);
  if (encoding !== "utf-8") return "txt";
  const start = Buffer.from(head.subarray(bomLength, bomLength + 512))
    .toString("latin1")
    .trimStart();
  if (start.startsWith("{")) return "jsonl";
  if (start.startsWith("<")) return "html";
  return "txt";
}

function fsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory; give the files in it instead";
    case "ENOTDIR":
      return "no such file (a part of the path is not a folder)";
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
