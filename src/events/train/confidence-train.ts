// Training the event confidence model (../confidence.ts) on the dev answer keys, with the regularisation (by
// log-loss) and the decision threshold (by F1) chosen by article-level cross-validation, and an honest estimate of what the filter does
// from nested cross-validation (the inner folds choose, the outer fold it is scored on was never seen).
//
// Labels come from the project's own scorer: a prediction paired with a scored gold event is positive, a
// duplicate or spurious one negative. A prediction absorbed by an optional gold event is left out: the scorer
// counts it neither for nor against, so dropping or keeping it changes no figure, and an optional event is one
// the annotator would accept but not require — teaching the model either way would be noise.

import type { Doc, DocEvent } from "../../doc/types.ts";
import {
  type EventCounts,
  type GoldKey,
  parsePredictedEvents,
  type Rates,
  rates,
  scoreDocument,
  sumCounts,
} from "../../eval/events.ts";
import type { LoadedGold } from "../../eval/events-io.ts";
import { goldArticleText } from "../../eval/events-io.ts";
import { seededRandom } from "../../random.ts";
import type { ConfidenceModelFile } from "../confidence.ts";
import { eventFeatures, FEATURE_NAMES, type FeatureResources } from "../confidence-features.ts";
import { type LogisticModel, predictLogistic, trainLogistic } from "../logistic.ts";

/** One article's candidate events (before any filter), their features and labels (null: left out). */
export interface ArticleExamples {
  id: string;
  key: GoldKey;
  events: DocEvent[];
  features: number[][];
  labels: (0 | 1 | null)[];
}

/** Labels from the scorer: paired 1, duplicate or spurious 0, absorbed by an optional event null. */
export function labelEvents(key: GoldKey, events: DocEvent[], id: string): (0 | 1 | null)[] {
  const score = scoreDocument(key, parsePredictedEvents({ events }, id), id);
  const labels: (0 | 1 | null)[] = events.map(() => null);
  for (const p of score.pairs) labels[p.prediction] = 1;
  for (const i of [...score.duplicateIndices, ...score.spuriousIndices]) labels[i] = 0;
  return labels;
}

/** Runs `analyse` (which must not filter) on each answer key's article and builds its examples. */
export function collectExamples(
  golds: LoadedGold[],
  analyse: (input: { id: string; text: string; published: string | null }) => Doc,
  res: FeatureResources,
): ArticleExamples[] {
  return golds.map((g) => {
    const doc = analyse({ id: g.id, text: goldArticleText(g), published: g.key.published ?? null });
    const events = doc.events ?? [];
    return {
      id: g.id,
      key: g.key,
      events,
      features: eventFeatures(doc, events, res),
      labels: labelEvents(g.key, events, g.id),
    };
  });
}

/** The fold of each article: a seeded shuffle dealt round-robin into k folds. */
export function foldsOf(n: number, k: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const rand = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const fold = new Array<number>(n).fill(0);
  order.forEach((a, pos) => {
    fold[a] = pos % k;
  });
  return fold;
}

export function fitArticles(articles: ArticleExamples[], lambda: number): LogisticModel {
  const x: number[][] = [];
  const y: number[] = [];
  for (const a of articles)
    a.labels.forEach((l, i) => {
      if (l === null) return;
      x.push(a.features[i]);
      y.push(l);
    });
  return trainLogistic(x, y, { lambda });
}

export const probabilities = (model: LogisticModel, a: ArticleExamples): number[] =>
  a.features.map((x) => Math.round(predictLogistic(model, x) * 1000) / 1000);

/** The scorer's totals when each article keeps only the events whose probability reaches the threshold. */
export function filteredCounts(
  articles: ArticleExamples[],
  probs: number[][],
  threshold: number,
): EventCounts {
  return sumCounts(
    articles.map((a, ai) => {
      const kept = a.events.filter((_, i) => (probs[ai]?.[i] ?? 1) >= threshold);
      return scoreDocument(a.key, parsePredictedEvents({ events: kept }, a.id), a.id);
    }),
  );
}

/**
 * The cross-validated F1 a threshold must add over keeping every event before the filter drops anything. Nested
 * cross-validation showed the best-F1 threshold of ~100 articles gaining 0.005 in cross-validation and losing 0.01
 * on held-out folds: smaller gains are noise.
 */
export const MIN_GAIN = 0.01;

export const LAMBDAS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
export const THRESHOLDS = Array.from({ length: 29 }, (_, i) => Math.round((0.05 + i * 0.025) * 1000) / 1000);

/** Out-of-fold probabilities of every article's events for one λ. */
export function outOfFold(articles: ArticleExamples[], lambda: number, k: number, seed: number): number[][] {
  const fold = foldsOf(articles.length, k, seed);
  const probs: number[][] = articles.map(() => []);
  for (let f = 0; f < k; f++) {
    const train = articles.filter((_, i) => fold[i] !== f);
    const model = fitArticles(train, lambda);
    articles.forEach((a, i) => {
      if (fold[i] === f) probs[i] = probabilities(model, a);
    });
  }
  return probs;
}

export interface Choice {
  lambda: number;
  threshold: number;
  /** Mean cross-validated log-loss per labelled event at this λ. */
  logLoss: number;
  /** Mean cross-validated F1 over the repeats at this λ and threshold. */
  f1: number;
}

/** Mean log-loss of probabilities against the labels (left-out events ignored). */
export function logLoss(articles: ArticleExamples[], probs: number[][]): number {
  let sum = 0;
  let n = 0;
  for (const [i, a] of articles.entries())
    for (const [j, y] of a.labels.entries()) {
      if (y === null) continue;
      const p = Math.min(1 - 1e-6, Math.max(1e-6, probs[i]?.[j] ?? 0.5));
      sum -= y === 1 ? Math.log(p) : Math.log(1 - p);
      n++;
    }
  return n ? sum / n : 0;
}

/**
 * Chooses λ by the mean out-of-fold log-loss over `repeats` differently seeded k-fold splits (a proper score: it
 * rewards calibrated confidences, and is far less noisy than the best F1 over thresholds), then the threshold with
 * the best mean out-of-fold F1 at that λ if it beats keeping every event by MIN_GAIN, else 0 (keep every event).
 * Ties go to the lower threshold (keep more events).
 */
export function choose(
  articles: ArticleExamples[],
  { k = 5, seed = 1, repeats = 3 }: { k?: number; seed?: number; repeats?: number } = {},
): Choice {
  let best: { lambda: number; logLoss: number; runs: number[][][] } | null = null;
  for (const lambda of LAMBDAS) {
    const runs = Array.from({ length: repeats }, (_, r) => outOfFold(articles, lambda, k, seed + r));
    const loss = runs.reduce((s, probs) => s + logLoss(articles, probs), 0) / repeats;
    if (!best || loss < best.logLoss - 1e-12) best = { lambda, logLoss: loss, runs };
  }
  if (!best) throw new Error("choose: no λ to try");
  const meanF1 = (threshold: number) =>
    best.runs.reduce((s, probs) => s + rates(filteredCounts(articles, probs, threshold)).f1, 0) / repeats;
  // threshold 0 keeps every event; a threshold must beat it by MIN_GAIN, or the gain is the folds' noise
  const keepAll = meanF1(0);
  let choice: Choice = { lambda: best.lambda, logLoss: best.logLoss, threshold: 0, f1: keepAll };
  for (const threshold of THRESHOLDS) {
    const f1 = meanF1(threshold);
    if (f1 > choice.f1 + 1e-9 && f1 >= keepAll + MIN_GAIN) choice = { ...choice, threshold, f1 };
  }
  return choice;
}

export interface FoldResult {
  fold: number;
  articles: number;
  lambda: number;
  threshold: number;
  without: EventCounts;
  with: EventCounts;
}

/**
 * Nested cross-validation: for each outer fold, λ and the threshold are chosen by cross-validation on the other
 * folds only, the model is fitted there, and the held-out fold is scored with and without the filter.
 */
export function nestedCrossValidation(
  articles: ArticleExamples[],
  { k = 5, seed = 1, repeats = 3 }: { k?: number; seed?: number; repeats?: number } = {},
): FoldResult[] {
  const fold = foldsOf(articles.length, k, seed);
  const out: FoldResult[] = [];
  for (let f = 0; f < k; f++) {
    const train = articles.filter((_, i) => fold[i] !== f);
    const test = articles.filter((_, i) => fold[i] === f);
    const c = choose(train, { k, seed: seed + 100, repeats });
    const model = fitArticles(train, c.lambda);
    const probs = test.map((a) => probabilities(model, a));
    out.push({
      fold: f,
      articles: test.length,
      lambda: c.lambda,
      threshold: c.threshold,
      without: filteredCounts(
        test,
        test.map((a) => a.events.map(() => 1)),
        0,
      ),
      with: filteredCounts(test, probs, c.threshold),
    });
  }
  return out;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const summary = (c: EventCounts) => {
  const r: Rates = rates(c);
  return {
    precision: r3(r.precision),
    recall: r3(r.recall),
    f1: r3(r.f1),
    predicted: c.predicted,
    paired: c.paired,
    duplicates: c.duplicates,
    spurious: c.spurious,
    missed: c.missed,
  };
};

export interface TrainResult {
  file: ConfidenceModelFile;
  choice: Choice;
  folds: FoldResult[];
}

/** Trains the shipped model on all the articles and reports the nested cross-validated figures. */
export function trainConfidenceModel(
  articles: ArticleExamples[],
  {
    k = 5,
    seed = 1,
    repeats = 3,
    nested = true,
  }: { k?: number; seed?: number; repeats?: number; nested?: boolean } = {},
): TrainResult {
  const choice = choose(articles, { k, seed, repeats });
  const model = fitArticles(articles, choice.lambda);
  const folds = nested ? nestedCrossValidation(articles, { k, seed, repeats }) : [];
  const pooled = (side: "with" | "without") => sumCounts(folds.map((f) => f[side]));
  const labels = articles.flatMap((a) => a.labels);
  const file: ConfidenceModelFile = {
    description:
      "Event confidence: L2 logistic regression over src/events/confidence-features.ts, trained by `marsad train events` " +
      "on the dev answer keys (test/fixtures/events-dev, events-dev2). Events whose confidence is under `threshold` are dropped.",
    trainedOn: {
      articles: articles.length,
      positive: labels.filter((l) => l === 1).length,
      negative: labels.filter((l) => l === 0).length,
      leftOut: labels.filter((l) => l === null).length,
    },
    lambda: choice.lambda,
    threshold: choice.threshold,
    crossValidation: {
      folds: k,
      seed,
      repeats,
      chosenLogLoss: r3(choice.logLoss),
      chosenF1: r3(choice.f1),
      ...(nested
        ? {
            nested: {
              without: summary(pooled("without")),
              with: summary(pooled("with")),
              perFold: folds.map((f) => ({
                fold: f.fold,
                articles: f.articles,
                lambda: f.lambda,
                threshold: f.threshold,
                without: summary(f.without),
                with: summary(f.with),
              })),
            },
          }
        : {}),
    },
    bias: Math.round(model.bias * 1e6) / 1e6,
    weights: Object.fromEntries(
      FEATURE_NAMES.map((n, i) => [n, Math.round((model.weights[i] ?? 0) * 1e6) / 1e6]),
    ),
  };
  return { file, choice, folds };
}
