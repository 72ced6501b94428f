// Reading answer keys and predictions from disk for the event scorer (the I/O edge of src/eval/events.ts).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EvalInputError, type GoldKey, parseGoldKey } from "./events.ts";

export interface LoadedGold {
  key: GoldKey;
  /** The id a prediction document must carry to be scored against this key. */
  id: string;
  /** Folder the key's `file` is relative to. */
  dir: string;
}

const GOLD_SUFFIX = ".gold.json";

function readText(path: string): string {
  if (!existsSync(path)) throw new EvalInputError(`${path}: no such file or directory`);
  return readFileSync(path, "utf8");
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EvalInputError(`${label}: invalid JSON (${error instanceof Error ? error.message : error})`);
  }
}

function parseJsonLines(text: string, label: string): unknown[] {
  return text
    .split("\n")
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => parseJson(line, `${label} line ${n}`));
}

/** The article id of a key: its `id`, else its `file` without `.txt` / `.ar.txt`. */
export function goldId(key: GoldKey, fallback: string): string {
  if (key.id) return key.id;
  if (key.file) return key.file.replace(/\.txt$/, "").replace(/\.ar$/, "");
  return fallback;
}

/** One key (`x.gold.json`), a folder of `*.gold.json`, a JSON array of keys, or JSONL with one key a line. */
export function loadGold(path: string): LoadedGold[] {
  if (!existsSync(path)) throw new EvalInputError(`${path}: no such file or directory`);
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path)
      .filter((f) => f.endsWith(GOLD_SUFFIX))
      .sort();
    if (files.length === 0) throw new EvalInputError(`${path}: folder holds no *${GOLD_SUFFIX} answer keys`);
    return files.flatMap((f) => loadGold(join(path, f)));
  }
  const dir = dirname(path);
  const text = readText(path);
  const raw = path.endsWith(".jsonl") ? parseJsonLines(text, path) : parseJson(text, path);
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((value, i) => {
    const label = list.length > 1 ? `${path} [${i}]` : path;
    const key = parseGoldKey(value, label);
    return { key, id: goldId(key, basename(path, GOLD_SUFFIX)), dir };
  });
}

/** A prediction document (the output contract), a JSON array of them, or JSONL with one a line. */
export function loadPredictionDocs(path: string): unknown[] {
  const text = readText(path);
  const raw = path.endsWith(".jsonl") ? parseJsonLines(text, path) : parseJson(text, path);
  return Array.isArray(raw) ? raw : [raw];
}

/** The article text a key was written on: its own `text`, else its `file` beside it. */
export function goldArticleText(gold: LoadedGold): string {
  if (typeof gold.key.text === "string") return gold.key.text;
  if (!gold.key.file) throw new EvalInputError(`answer key ${gold.id} names no "file" and holds no "text"`);
  return readText(join(gold.dir, gold.key.file));
}

/**
 * Pairs each key with its prediction document: by `id` (the key's id, its file name, or its file stem),
 * or, when there is one of each or no document carries an id, by position.
 */
export function joinPredictions(golds: LoadedGold[], docs: unknown[]): unknown[] {
  const idOf = (doc: unknown): string | undefined => {
    const id = (doc as { id?: unknown } | null)?.id;
    return typeof id === "string" ? id : undefined;
  };
  if (golds.length === 1 && docs.length === 1) return docs;
  if (docs.every((d) => idOf(d) === undefined)) {
    if (docs.length !== golds.length) {
      throw new EvalInputError(
        `${golds.length} answer keys but ${docs.length} prediction documents, and no document has an "id" to pair them by`,
      );
    }
    return docs;
  }
  const byId = new Map<string, unknown>();
  for (const doc of docs) {
    const id = idOf(doc);
    if (id !== undefined) byId.set(id, doc);
  }
  const missing: string[] = [];
  const joined = golds.map((g) => {
    const candidates = [g.id, g.key.file, g.key.file?.replace(/\.txt$/, "")].filter(
      (c): c is string => typeof c === "string",
    );
    const found = candidates.map((c) => byId.get(c)).find((d) => d !== undefined);
    if (found === undefined) missing.push(g.id);
    return found;
  });
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ", …" : "");
    throw new EvalInputError(
      `no prediction document with the id of ${missing.length} answer key(s): ${shown}`,
    );
  }
  return joined;
}
