// The checks every folder of event answer keys must pass (the dev batches and the test split share them), so that a
// new batch is held to exactly the same standard as the first. Used inside vitest `it` blocks.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { formatScore } from "../cli/commands/eval-events.ts";
import { splitSentences } from "../text/sentences.ts";
import { idealPredictions } from "./events-ideal.ts";
import { goldArticleText, type LoadedGold } from "./events-io.ts";
import { predictWithAnalyser, scoreSet } from "./events-run.ts";

export const docnoOf = (g: LoadedGold): string | undefined =>
  (g.key as { source?: { docno?: string } }).source?.docno;

/** Each key has its article, a publication day, its ANT provenance and the matching rules; enough articles, and
 * enough articles whose events are all optional (hard negatives at article level). */
export function expectWellFormedKeys(
  keys: LoadedGold[],
  minArticles: number,
  minWithoutScoredEvent: number,
): void {
  expect(keys.length).toBeGreaterThanOrEqual(minArticles);
  for (const g of keys) {
    expect(existsSync(join(g.dir, g.key.file!)), g.id).toBe(true);
    expect(g.key.published, g.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(docnoOf(g), g.id).toMatch(/^[A-Z]{2}-/);
    expect(g.key.note, g.id).toContain("Matching rules:");
  }
  const withoutScored = keys.filter((g) => g.key.events.every((e) => e.optional));
  expect(withoutScored.length).toBeGreaterThanOrEqual(minWithoutScoredEvent);
}

/** No article of `keys` is one of `others` (by ANT docno or by text) or one of `texts`, and none is there twice. */
export function expectNoSharedArticle(keys: LoadedGold[], others: LoadedGold[], texts: string[] = []): void {
  const docnos = new Set(others.map(docnoOf));
  const known = new Set([...others.map(goldArticleText), ...texts]);
  for (const g of keys) {
    expect(docnos.has(docnoOf(g)), g.id).toBe(false);
    expect(known.has(goldArticleText(g)), g.id).toBe(false);
  }
  expect(new Set(keys.map(docnoOf)).size).toBe(keys.length);
}

/** Every sentence index a key gives exists under the project's sentence splitter. */
export function expectSentenceIndicesExist(keys: LoadedGold[]): void {
  for (const g of keys) {
    const count = splitSentences(goldArticleText(g)).length;
    for (const e of g.key.events) {
      for (const s of e.sentences ?? []) expect(s < count, `${g.id} ${e.id} sentence ${s}`).toBe(true);
    }
  }
}

/** The ideal prediction of every key scores 1.0 on events and fields: the keys are internally consistent. */
export function expectIdealPredictionsScoreOne(keys: LoadedGold[]): void {
  const score = scoreSet(
    keys,
    keys.map((g) => idealPredictions(g.key)),
  );
  for (const d of score.documents) expect([d.id, d.missedIds, d.duplicateIndices]).toEqual([d.id, [], []]);
  expect(score.rates.f1).toBe(1);
  expect(score.rates.overallFieldAccuracy).toBe(1);
}

/** Runs the pipeline on every key's article, prints the score and checks it stays above `floor`. */
export async function expectPipelineAboveFloor(keys: LoadedGold[], label: string, floor: number) {
  const score = scoreSet(keys, await predictWithAnalyser(keys));
  process.stdout.write(`\nevents on ${label}:\n${formatScore(score, false)}`);
  const c = score.total;
  expect(c.paired + c.merged + c.missed).toBe(c.gold);
  expect(c.paired + c.absorbed + c.duplicates + c.spurious).toBe(c.predicted);
  expect(score.rates.f1).toBeGreaterThanOrEqual(floor);
  return score;
}
