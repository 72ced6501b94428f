import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { TimeExpression } from "../doc/types.ts";
import { repoRoot } from "../paths.ts";
import { parseDay } from "./calendar.ts";
import type { TimeExtractor } from "./extract.ts";

/** One hand-labelled expression of test/fixtures/dates.jsonl (see test/fixtures/dates.md). */
export interface LabelledTime {
  id: string;
  split: "dev" | "heldout" | "blind" | "blind2";
  source: string;
  published: string;
  sentence: string;
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET" | "NONE";
  value: string | null;
}

export interface TimeScore {
  total: number;
  correct: number;
  /** Gold expressions overlapped by some predicted expression (whatever its value). */
  found: number;
  accuracy: number;
  errors: { item: LabelledTime; got: TimeExpression[] }[];
}

export const timeFixturePath = resolve(repoRoot, "test/fixtures/dates.jsonl");

export function loadLabelledTimes(path = timeFixturePath): LabelledTime[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledTime);
}

/** The first occurrence of `text` as whole words (not "اليوم" inside "اليومين"), else the first at all. */
function wordOccurrence(sentence: string, text: string): number {
  for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) {
    const before = sentence[i - 1] ?? " ";
    const after = sentence[i + text.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(before.replace(/[وفبلك]/, ""))) return i;
  }
  return sentence.indexOf(text);
}

/**
 * A gold expression is right when a predicted one overlaps it with the same type and value; a NONE item is right
 * when nothing overlaps it. Each sentence is analysed on its own with the article's publication date.
 */
export function scoreTimes(extractor: TimeExtractor, items: LabelledTime[]): TimeScore {
  let correct = 0;
  let found = 0;
  const errors: TimeScore["errors"] = [];
  const cache = new Map<string, TimeExpression[]>();
  for (const item of items) {
    const cacheKey = `${item.published}\u0000${item.sentence}`;
    let times = cache.get(cacheKey);
    if (!times) {
      times = extractor.extract(item.sentence, parseDay(item.published), [
        { start: 0, end: item.sentence.length },
      ]).times;
      cache.set(cacheKey, times);
    }
    const start = wordOccurrence(item.sentence, item.text);
    const end = start + item.text.length;
    const overlapping = times.filter((t) => t.start < end && start < t.end);
    if (overlapping.length > 0 && item.type !== "NONE") found++;
    const ok =
      item.type === "NONE"
        ? overlapping.length === 0
        : overlapping.some((t) => t.type === item.type && t.value === item.value);
    if (ok) correct++;
    else errors.push({ item, got: overlapping });
  }
  return { total: items.length, correct, found, accuracy: items.length ? correct / items.length : 0, errors };
}
