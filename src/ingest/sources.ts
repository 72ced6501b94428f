import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { ArticleInput } from "../doc/types.ts";
import { formatFromName } from "./formats.ts";
import { folderFiles, originOf, type ReadInputsOptions, readInputs } from "./inputs.ts";

/** One article to ingest, or the reason an input could not be read; `origin` says where it came from. */
export type SourceItem = { origin: string; input: ArticleInput } | { origin: string; error: string };

export interface ReadSourcesOptions extends ReadInputsOptions {
  /** Told of what is printed but is no failure (files of a folder passed over, a count of bad lines not shown). */
  onNote?: (origin: string, message: string) => void;
}

/**
 * The articles `ingest` stores, read by the one reader of every command (`readInputs`: files, folders,
 * feeds, URLs, stdin), with each item's origin spelt out for the progress messages and the ingestion log.
 */
export async function* readSources(
  paths: string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<SourceItem> {
  for await (const item of readInputs(paths, options)) {
    const origin = originOf(item);
    if (item.error === undefined) yield { origin, input: item.article };
    else if (item.summary) options.onNote?.(origin, item.error);
    else yield { origin, error: item.error };
  }
}

/** A cheap count of the articles ahead (JSONL lines, files), for the progress bar's ETA; null if unknowable. */
export async function estimateCount(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (/^https?:\/\//i.test(path) || path === "-") return null;
    try {
      const files: string[] = [];
      if ((await stat(path)).isDirectory()) {
        for await (const f of folderFiles(path)) if (f.isArticle) files.push(f.path);
      } else files.push(path);
      for (const f of files) {
        const format = formatFromName(f);
        if (format === "jsonl") total += await countFilledLines(f);
        else if (format === "json" || format === "feed") return null;
        else total++;
      }
    } catch {
      total++;
    }
  }
  return total;
}

/** Lines with something other than whitespace on them, counted chunk by chunk (a JSONL file may be gigabytes). */
async function countFilledLines(path: string): Promise<number> {
  let lines = 0;
  let filled = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 10) {
        if (filled) lines++;
        filled = false;
      } else if (b !== 13 && b !== 32 && b !== 9) filled = true;
    }
  }
  return lines + (filled ? 1 : 0);
}
