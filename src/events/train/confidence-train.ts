// Training the event confidence model (../confidence.ts) on the dev answer keys, with the regularisation (by
// log-loss) and the decision threshold (by F1) chosen by cross-validation over the dev batches, and an honest
// estimate of what the filter does on unseen news from leave-one-batch-out cross-validation: each batch is scored
// by a model whose λ and threshold were chosen, and whose weights were fitted, on the other batches only. A batch
// is a set of articles annotated together on other stories, so a held-out batch is as new to the model as the
// next batch of news; folds by article would share stories and annotators' habits between train and test.
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
import { type ConfidenceModelFile, keptByFilter, lemmaOf } from "../confidence.ts";
import { eventFeatures, FEATURE_NAMES, type FeatureResources } from "../confidence-features.ts";
import { eventLexicalFeatures } from "../lexical-features.ts";
import {
  type LogisticModel,
  predictLogistic,
  predictSparse,
  type SparseRow,
  trainLogistic,
  trainSparseLogistic,
} from "../logistic.ts";

/** One article's candidate events (before any filter), their features and labels (null: left out). */
export interface ArticleExamples {
  id: string;
  /** The dev batch the article's key comes from (events-dev, events-dev2 ...). */
  batch: string;
  key: GoldKey;
  events: DocEvent[];
  features: number[][];
  /** Hashed lexical features of each event (sorted bucket indices; lexical-features.ts), when the model uses them. */
  lexical?: number[][];
  labels: (0 | 1 | null)[];
}

/** The regularisation of a fit: λ on the cue features, `lexical` on the hashed lexical ones. */
export interface Penalty {
  lambda: number;
  lexical?: number;
}

/** A fitted model: the cue weights, then (when lexical) one weight per hash bucket. */
export interface FittedModel extends LogisticModel {
  lexicalSize?: number;
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
/** The hashed lexical features the confidence model learns (none when null): see LEXICAL in command.ts. */
export interface LexicalConfig {
  size: number;
  window: number;
  sentence: boolean;
  lemma: boolean;
}

export function collectExamples(
  golds: LoadedGold[],
  analyse: (input: { id: string; text: string; published: string | null }) => Doc,
  res: FeatureResources,
  batch = "",
  lexical: LexicalConfig | null = null,
): ArticleExamples[] {
  return golds.map((g) => {
    const doc = analyse({ id: g.id, text: goldArticleText(g), published: g.key.published ?? null });
    const events = doc.events ?? [];
    return {
      id: g.id,
      batch,
      key: g.key,
      events,
      features: eventFeatures(doc, events, res),
      ...(lexical
        ? { lexical: eventLexicalFeatures(doc, events, lexical, lexical.lemma ? lemmaOf(res) : undefined) }
        : {}),
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

/** One event as a sparse row: its non-zero cue features, then its lexical buckets after the cue features. */
export function sparseRow(x: readonly number[], lexical: readonly number[] | undefined): SparseRow {
  const index: number[] = [];
  const values: number[] = [];
  x.forEach((v, j) => {
    if (v === 0) return;
    index.push(j);
    values.push(v);
  });
  for (const b of lexical ?? []) {
    index.push(x.length + b);
    values.push(1);
  }
  return { index, values };
}

export function fitArticles(
  articles: ArticleExamples[],
  penalty: number | Penalty,
  lexicalSize = 0,
): FittedModel {
  const { lambda, lexical } = typeof penalty === "number" ? { lambda: penalty, lexical: undefined } : penalty;
  const x: number[][] = [];
  const lex: number[][] = [];
  const y: number[] = [];
  for (const a of articles)
    a.labels.forEach((l, i) => {
      if (l === null) return;
      x.push(a.features[i] as number[]);
      lex.push(a.lexical?.[i] ?? []);
      y.push(l);
    });
  if (lexical === undefined || lexicalSize === 0) return trainLogistic(x, y, { lambda });
  const d = x[0]?.length ?? 0;
  const penalties = Array.from({ length: d + lexicalSize }, (_, j) => (j < d ? lambda : lexical));
  const m = trainSparseLogistic(
    x.map((xi, i) => sparseRow(xi, lex[i])),
    y,
    { size: d + lexicalSize, penalty: penalties },
  );
  return { ...m, lexicalSize };
}

/** The model's probability for event i of an article (three decimals). */
export const probabilities = (model: FittedModel, a: ArticleExamples): number[] =>
  a.features.map(
    (x, i) =>
      Math.round(
        (model.lexicalSize ? predictSparse(model, sparseRow(x, a.lexical?.[i])) : predictLogistic(model, x)) *
          1000,
      ) / 1000,
  );

/**
 * Each article's score by the set of events kept (a string of 0/1 per event): cross-validation scores every article
 * at ~30 thresholds in every fold, and most thresholds keep the same events, so the scorer runs once per distinct set.
 */
const scoreByKept = new WeakMap<ArticleExamples, Map<string, EventCounts>>();

/** The scorer's totals when each article keeps only the events whose probability reaches the threshold. */
export function filteredCounts(
  articles: ArticleExamples[],
  probs: number[][],
  threshold: number,
): EventCounts {
  return sumCounts(
    articles.map((a, ai) => {
      const keep = a.events.map((e, i) => keptByFilter(e, probs[ai]?.[i] ?? 1, threshold));
      const mask = keep.map((k) => (k ? "1" : "0")).join("");
      let scores = scoreByKept.get(a);
      if (!scores) {
        scores = new Map();
        scoreByKept.set(a, scores);
      }
      let counts = scores.get(mask);
      if (!counts) {
        const kept = a.events.filter((_, i) => keep[i]);
        counts = scoreDocument(a.key, parsePredictedEvents({ events: kept }, a.id), a.id);
        scores.set(mask, counts);
      }
      return counts;
    }),
  );
}

/**
 * The cross-validated F1 a threshold must add over keeping every event before the filter drops anything (smaller
 * gains are noise). On two batches (~100 articles) nested cross-validation wanted 0.01; on five, with one fold per
 * batch, 0.01 kept the threshold out of two of the five held-out batches and cost 0.014 of the mean held-out F1,
 * while 0.005 gave the same figures as no margin.
 */
export const MIN_GAIN = 0.005;

/**
 * Thresholds on each side whose cross-validated F1 is averaged with a threshold's own to choose it: the curve is
 * flat over ~0.1 around its best, and a choice among neighbours 0.025 apart is the folds' noise (session 8: 2,
 * was 1).
 */
export const SMOOTHING = 2;

export const LAMBDAS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
/** Penalties tried on the hashed lexical weights (many weights, each seen a few times: heavier than the cues'). */
export const LEXICAL_LAMBDAS = [0.003, 0.01, 0.03, 0.1];
export const THRESHOLDS = Array.from({ length: 29 }, (_, i) => Math.round((0.05 + i * 0.025) * 1000) / 1000);

/**
 * How a model is fitted to a training set (fitArticles). Leave-one-batch-out fits the same training set twice (all
 * batches but b and c, once in b's fold and once in c's), so a caller may pass a memoised fitArticles
 * (scripts/confidence-variants.ts): the same models, each fitted once.
 */
export type Fit = (
  articles: ArticleExamples[],
  penalty: number | Penalty,
  lexicalSize?: number,
) => FittedModel;

/** Out-of-fold probabilities of every article's events for one λ and one split into folds. */
export function outOfFold(
  articles: ArticleExamples[],
  penalty: number | Penalty,
  fold: readonly number[],
  lexicalSize = 0,
  fitWith: Fit = fitArticles,
): number[][] {
  const probs: number[][] = articles.map(() => []);
  for (const f of new Set(fold)) {
    const train = articles.filter((_, i) => fold[i] !== f);
    const model = fitWith(train, penalty, lexicalSize);
    articles.forEach((a, i) => {
      if (fold[i] === f) probs[i] = probabilities(model, a);
    });
  }
  return probs;
}

/** The distinct batches of the articles, in first-seen order. */
export const batchesOf = (articles: ArticleExamples[]): string[] => [
  ...new Set(articles.map((a) => a.batch)),
];

/** Per batch, its articles and the scorer's totals when the model's events under the threshold are dropped. */
export const filteredCountsByBatch = (articles: ArticleExamples[], model: FittedModel, threshold: number) =>
  batchesOf(articles).map((batch) => {
    const part = articles.filter((a) => a.batch === batch);
    const counts = filteredCounts(
      part,
      part.map((a) => probabilities(model, a)),
      threshold,
    );
    return { batch, part, counts };
  });

/** The fold of each article when each batch is one fold. */
export function batchFolds(articles: ArticleExamples[]): number[] {
  const index = new Map(batchesOf(articles).map((b, i) => [b, i]));
  return articles.map((a) => index.get(a.batch) ?? 0);
}

export interface SplitOptions {
  /** Folds by article, when the articles come from fewer than three batches. */
  k?: number;
  seed?: number;
  repeats?: number;
}

/**
 * How cross-validation splits the articles: one fold per batch when there are at least three batches (a held-out
 * batch is new news; the split is deterministic, so one is enough), else `repeats` seeded k-folds by article.
 */
export function splitsFor(
  articles: ArticleExamples[],
  { k = 5, seed = 1, repeats = 3 }: SplitOptions = {},
): number[][] {
  if (batchesOf(articles).length >= 3) return [batchFolds(articles)];
  return Array.from({ length: repeats }, (_, r) => foldsOf(articles.length, k, seed + r));
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface Choice {
  lambda: number;
  /** The penalty on the lexical weights (when the model has them). */
  lexical?: number;
  threshold: number;
  /** Cross-validated log-loss per labelled event at this λ, averaged over the folds (each fold weighs once). */
  logLoss: number;
  /** Cross-validated F1 at this λ and threshold: each fold's F1, averaged over the folds. */
  f1: number;
  /** Cross-validated F1 when every event is kept. */
  keepAllF1: number;
  /** Cross-validated precision, recall and F1 at each threshold tried (0: keep every event), at the chosen λ. */
  curve: (PRF & { threshold: number })[];
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

/** The articles of each fold of a split (each run's folds in turn): the units the choice averages over. */
function foldUnits(fold: readonly number[]): number[][] {
  const units = new Map<number, number[]>();
  fold.forEach((f, i) => {
    const u = units.get(f) ?? [];
    u.push(i);
    units.set(f, u);
  });
  return [...units.values()];
}

const meanOf = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** The standard error of the mean of xs (0 for fewer than two). */
export function standardError(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = meanOf(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1) / xs.length);
}

/**
 * The penalty the one-standard-error rule picks from per-fold losses (`losses[c][u]`: candidate c, fold u; the
 * candidates in increasing order of penalty): the largest penalty whose mean loss exceeds the best mean by no more
 * than the standard error of their paired per-fold differences. Paired, because every penalty is scored on the
 * same folds and a fold that is hard for one is hard for all: the plain standard error of a fold's loss is ~10
 * times the differences between penalties and would always pick a heavy one.
 */
export function oneStandardErrorChoice(losses: readonly (readonly number[])[]): number {
  let best = 0;
  losses.forEach((l, c) => {
    if (meanOf(l) < meanOf(losses[best] ?? []) - 1e-12) best = c;
  });
  let chosen = best;
  const base = losses[best] ?? [];
  losses.forEach((l, c) => {
    if (c <= chosen) return;
    const diff = l.map((x, u) => x - (base[u] ?? 0));
    if (meanOf(diff) <= standardError(diff)) chosen = c;
  });
  return chosen;
}

/**
 * Chooses λ by out-of-fold log-loss (a proper score: it rewards calibrated confidences, and is far less noisy than
 * the best F1 over thresholds), with each fold (a batch) weighing once and the one-standard-error rule: the log-loss
 * curve is flat over a decade or more of λ, and its lowest point moved between 0.001 and 0.01 from one rule commit
 * to the next; the rule prefers the most regularised λ that is not measurably worse. Then the threshold with the best
 * out-of-fold F1 at that λ, F1 taken per fold and averaged (each batch weighs once, as in the leave-one-batch-out
 * report) and smoothed over SMOOTHING neighbours on each side, among thresholds that beat keeping every event by
 * MIN_GAIN, else 0 (keep every event). Ties go to the lower threshold (keep more events).
 */
export function choose(
  articles: ArticleExamples[],
  splits: number[][],
  lexicalSize = 0,
  fitWith: Fit = fitArticles,
): Choice {
  const units = splits.map(foldUnits);
  const unitLosses = (runs: number[][][]) =>
    runs.flatMap((probs, r) =>
      (units[r] ?? []).map((u) =>
        logLoss(
          u.map((i) => articles[i] as ArticleExamples),
          u.map((i) => probs[i] ?? []),
        ),
      ),
    );
  type Tried = { lambda: number; lexical?: number; logLoss: number; losses: number[]; runs: number[][][] };
  const pick = (tried: Tried[]): Tried => {
    const t = tried[oneStandardErrorChoice(tried.map((x) => x.losses))];
    if (!t) throw new Error("choose: no λ to try");
    return t;
  };
  const tryPenalty = (penalty: number | Penalty, size: number): Tried => {
    const runs = splits.map((fold) => outOfFold(articles, penalty, fold, size, fitWith));
    const losses = unitLosses(runs);
    const p = typeof penalty === "number" ? { lambda: penalty } : penalty;
    return { ...p, logLoss: meanOf(losses), losses, runs };
  };
  // λ of the cue features first (the fast dense fit), then the lexical penalty with that λ
  let best = pick(LAMBDAS.map((lambda) => tryPenalty(lambda, 0)));
  if (lexicalSize) {
    const lambda = best.lambda;
    best = pick(LEXICAL_LAMBDAS.map((lexical) => tryPenalty({ lambda, lexical }, lexicalSize)));
  }
  const { runs } = best;
  const at = (threshold: number) => {
    // each fold's own precision, recall and F1, averaged over the folds and then over the runs
    const r = runs.flatMap((probs, ri) =>
      (units[ri] ?? []).map((u) =>
        rates(
          filteredCounts(
            u.map((i) => articles[i] as ArticleExamples),
            u.map((i) => probs[i] ?? []),
            threshold,
          ),
        ),
      ),
    );
    return {
      threshold,
      precision: meanOf(r.map((x) => x.precision)),
      recall: meanOf(r.map((x) => x.recall)),
      f1: meanOf(r.map((x) => x.f1)),
    };
  };
  const curve = [0, ...THRESHOLDS].map(at);
  // threshold 0 keeps every event; a threshold must beat it by MIN_GAIN, or the gain is the folds' noise
  const keepAll = curve[0]?.f1 ?? 0;
  let choice: Choice = {
    lambda: best.lambda,
    ...(best.lexical === undefined ? {} : { lexical: best.lexical }),
    logLoss: best.logLoss,
    threshold: 0,
    f1: keepAll,
    keepAllF1: keepAll,
    curve,
  };
  // the best-F1 threshold on the curve smoothed over its neighbours: a lone peak between worse thresholds is noise
  const smoothed = (i: number) =>
    meanOf(curve.slice(Math.max(1, i - SMOOTHING), i + SMOOTHING + 1).map((c) => c.f1));
  let bestSmoothed = -1;
  for (const [i, c] of curve.entries()) {
    if (i === 0 || c.f1 < keepAll + MIN_GAIN) continue;
    const f = smoothed(i);
    if (f > bestSmoothed + 1e-9) {
      bestSmoothed = f;
      choice = { ...choice, threshold: c.threshold, f1: c.f1 };
    }
  }
  return choice;
}

/** One dev batch scored by a model chosen and fitted on the other batches only. */
export interface HeldOutBatch {
  batch: string;
  articles: number;
  lambda: number;
  lexical?: number;
  threshold: number;
  without: EventCounts;
  with: EventCounts;
}

/**
 * Leave-one-batch-out cross-validation: for each batch, λ and the threshold are chosen by cross-validation on the
 * other batches (one fold each), the model is fitted on them, and the held-out batch is scored by the project's
 * scorer with and without the filter. The honest estimate of the filter on unseen news.
 */
export function leaveOneBatchOut(
  articles: ArticleExamples[],
  options: SplitOptions = {},
  lexicalSize = 0,
): HeldOutBatch[] {
  return batchesOf(articles).map((batch) => {
    const train = articles.filter((a) => a.batch !== batch);
    const test = articles.filter((a) => a.batch === batch);
    const c = choose(train, splitsFor(train, options), lexicalSize);
    const model = fitArticles(train, c, lexicalSize);
    return {
      batch,
      articles: test.length,
      lambda: c.lambda,
      ...(c.lexical === undefined ? {} : { lexical: c.lexical }),
      threshold: c.threshold,
      without: filteredCounts(
        test,
        test.map((a) => a.events.map(() => 1)),
        0,
      ),
      with: filteredCounts(
        test,
        test.map((a) => probabilities(model, a)),
        c.threshold,
      ),
    };
  });
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
export const summary = (c: EventCounts) => {
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

/** The mean over held-out batches of their precision, recall and F1 (each batch counts once). */
export function meanRates(batches: HeldOutBatch[], side: "with" | "without"): PRF {
  const r = batches.map((b) => rates(b[side]));
  const mean = (f: (x: Rates) => number) => (r.length ? r.reduce((s, x) => s + f(x), 0) / r.length : 0);
  return { precision: mean((x) => x.precision), recall: mean((x) => x.recall), f1: mean((x) => x.f1) };
}

export interface TrainResult {
  file: ConfidenceModelFile;
  choice: Choice;
  heldOut: HeldOutBatch[];
}

/**
 * Trains the shipped model on all the articles and, unless told not to, reports leave-one-batch-out figures. The
 * file's threshold is the cross-validated one with `filter`, else 0 (every event kept, each with its confidence).
 */
export function trainConfidenceModel(
  articles: ArticleExamples[],
  {
    crossValidate = true,
    filter = false,
    lexical = null,
    ...split
  }: SplitOptions & { crossValidate?: boolean; filter?: boolean; lexical?: LexicalConfig | null } = {},
): TrainResult {
  const size = lexical?.size ?? 0;
  const choice = choose(articles, splitsFor(articles, split), size);
  const model = fitArticles(articles, choice, size);
  const heldOut = crossValidate ? leaveOneBatchOut(articles, split, size) : [];
  const labels = articles.flatMap((a) => a.labels);
  const meanOf = (side: "with" | "without") => {
    const m = meanRates(heldOut, side);
    return { precision: r3(m.precision), recall: r3(m.recall), f1: r3(m.f1) };
  };
  const batches = batchesOf(articles);
  const file: ConfidenceModelFile = {
    description:
      "Event confidence: L2 logistic regression over src/events/confidence-features.ts, trained by `marsad train events` " +
      `on the dev answer keys (test/fixtures/${batches.join(", ")}). Events whose confidence is under \`threshold\` are dropped.`,
    trainedOn: {
      batches,
      articles: articles.length,
      positive: labels.filter((l) => l === 1).length,
      negative: labels.filter((l) => l === 0).length,
      leftOut: labels.filter((l) => l === null).length,
    },
    lambda: choice.lambda,
    // the threshold chosen by cross-validation is shipped unless asked not to (see SHIPPED_FILTER in command.ts)
    threshold: filter ? choice.threshold : 0,
    crossValidation: {
      folds: batches.length >= 3 ? "one per batch" : `${split.k ?? 5} by article`,
      chosenLogLoss: r3(choice.logLoss),
      chosenThreshold: choice.threshold,
      chosenF1: r3(choice.f1),
      keepAllF1: r3(choice.keepAllF1),
      ...(heldOut.length
        ? {
            leaveOneBatchOut: {
              meanWithout: meanOf("without"),
              meanWith: meanOf("with"),
              pooledWithout: summary(sumCounts(heldOut.map((b) => b.without))),
              pooledWith: summary(sumCounts(heldOut.map((b) => b.with))),
              perBatch: heldOut.map((b) => ({
                batch: b.batch,
                articles: b.articles,
                lambda: b.lambda,
                threshold: b.threshold,
                without: summary(b.without),
                with: summary(b.with),
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
  if (lexical && choice.lexical !== undefined) {
    // only the buckets some training event has carry a weight; rounded to 1e-4 (the file stays small)
    const weights: Record<string, number> = {};
    for (let b = 0; b < size; b++) {
      const w = Math.round((model.weights[FEATURE_NAMES.length + b] ?? 0) * 1e4) / 1e4;
      if (w !== 0) weights[b] = w;
    }
    file.lexical = { ...lexical, lambda: choice.lexical, weights };
  }
  return { file, choice, heldOut };
}
