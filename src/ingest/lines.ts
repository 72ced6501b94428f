import { DecodeError, decodeStrict, type Encoding, sniffBom } from "./decode.ts";

/** One line of a line-oriented input: its text, or why it could not be read. Numbers count from 1. */
export type Line = { number: number; text: string; error?: undefined } | { number: number; error: string };

export interface ReadLinesOptions {
  /** A line longer than this is reported and skipped, so one runaway line cannot exhaust memory. */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Splits a byte stream into lines, holding at most one line in memory: the way JSONL of any size is read.
 * Each line is decoded on its own, so one line of bad UTF-8 is reported with its number and the rest go on.
 * A UTF-8 BOM is dropped; a UTF-16 BOM switches to UTF-16 decoding for the whole stream.
 */
export async function* readLines(
  source: AsyncIterable<Uint8Array>,
  options: ReadLinesOptions = {},
): AsyncGenerator<Line> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const iterator = source[Symbol.asyncIterator]();
  // Gather at least the few bytes a BOM needs before deciding the encoding.
  let head = Buffer.alloc(0);
  let done = false;
  while (head.length < 3) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head = Buffer.concat([head, Buffer.from(next.value)]);
  }
  const { encoding, bomLength } = sniffBom(head);
  const first = head.subarray(bomLength);
  async function* rest(): AsyncGenerator<Uint8Array> {
    try {
      if (first.length) yield first;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A caller that stops early (a --limit) closes the file instead of leaving it open.
      if (!done) await iterator.return?.();
    }
  }
  if (encoding === "utf-8") yield* utf8Lines(rest(), maxLineBytes);
  else yield* utf16Lines(rest(), encoding, maxLineBytes);
}

async function* utf8Lines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number++;
    if (overlong) {
      overlong = false;
      return {
        number,
        error: `line is longer than ${formatBytes(maxLineBytes)}; skipped (see --max-article-mb)`,
      };
    }
    let bytes = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    pendingBytes = 0;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: decodeStrict(bytes) };
    } catch (error) {
      return { number, error: error instanceof DecodeError ? `line ${error.message}` : String(error) };
    }
  };
  for await (const chunkValue of chunks) {
    const chunk = Buffer.isBuffer(chunkValue) ? chunkValue : Buffer.from(chunkValue);
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      if (newline < 0) break;
      yield finish(chunk.subarray(start, newline));
      start = newline + 1;
    }
    if (start < chunk.length) {
      if (overlong) continue;
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) {
        overlong = true;
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0 || overlong) yield finish(Buffer.alloc(0));
}

async function* utf16Lines(
  chunks: AsyncIterable<Uint8Array>,
  encoding: Encoding,
  maxLineBytes: number,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let pending = "";
  let number = 0;
  const emit = (raw: string): Line => {
    number++;
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.length * 2 > maxLineBytes)
      return { number, error: `line is longer than ${formatBytes(maxLineBytes)}` };
    return { number, text };
  };
  try {
    for await (const chunk of chunks) {
      pending += decoder.decode(chunk, { stream: true });
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        yield emit(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf("\n");
      }
    }
    pending += decoder.decode();
  } catch {
    yield {
      number: number + 1,
      error: `line is not valid ${encoding.toUpperCase()} text; the rest is skipped`,
    };
    return;
  }
  if (pending.length) yield emit(pending);
}

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10) return `${Math.round(mb)} MB`;
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
