// A structured averaged perceptron over BIO tags: emission weights per (feature, tag), first-order transition
// weights, Viterbi decoding that only allows well-formed BIO sequences (I-X after B-X or I-X).

import { seededRandom } from "../random.ts";

export interface LinearModel {
  tags: string[];
  featureIndex: Map<string, number>;
  /** nFeatures × nTags, row per feature. */
  weights: Float32Array;
  /** nTags × nTags: transitions[prev * nTags + cur]. */
  transitions: Float32Array;
  /** Score of each tag at sentence start. */
  start: Float32Array;
}

/** allowed[prev * T + cur]; prev = -1 (sentence start) is allowedStart. */
export function bioConstraints(tags: string[]): { allowed: Uint8Array; allowedStart: Uint8Array } {
  const T = tags.length;
  const allowed = new Uint8Array(T * T);
  const allowedStart = new Uint8Array(T);
  for (let c = 0; c < T; c++) {
    const cur = tags[c];
    allowedStart[c] = cur.startsWith("I-") ? 0 : 1;
    for (let p = 0; p < T; p++) {
      const prev = tags[p];
      allowed[p * T + c] = !cur.startsWith("I-") || (prev !== "O" && prev.slice(2) === cur.slice(2)) ? 1 : 0;
    }
  }
  return { allowed, allowedStart };
}

/** Emission scores (n × T) for a sentence given as lists of feature ids. */
export function emissionScores(
  featureIds: ArrayLike<number>[],
  weights: ArrayLike<number>,
  T: number,
): Float64Array {
  const scores = new Float64Array(featureIds.length * T);
  for (let i = 0; i < featureIds.length; i++) {
    const ids = featureIds[i];
    const base = i * T;
    for (let k = 0; k < ids.length; k++) {
      const row = ids[k] * T;
      for (let t = 0; t < T; t++) scores[base + t] += weights[row + t];
    }
  }
  return scores;
}

export function viterbi(
  scores: Float64Array,
  n: number,
  T: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
  allowed: Uint8Array,
  allowedStart: Uint8Array,
): number[] {
  if (n === 0) return [];
  const best = new Float64Array(n * T).fill(Number.NEGATIVE_INFINITY);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) if (allowedStart[t]) best[t] = start[t] + scores[t];
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let bestScore = Number.NEGATIVE_INFINITY;
      let bestPrev = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed[p * T + c]) continue;
        const s = best[(i - 1) * T + p] + transitions[p * T + c];
        if (s > bestScore) {
          bestScore = s;
          bestPrev = p;
        }
      }
      best[i * T + c] = bestScore + scores[i * T + c];
      back[i * T + c] = bestPrev;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t] > best[(n - 1) * T + last]) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

export function featureIdsOf(model: LinearModel, features: string[][]): number[][] {
  return features.map((fs) => {
    const ids: number[] = [];
    for (const f of fs) {
      const id = model.featureIndex.get(f);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  });
}

export function decode(model: LinearModel, features: string[][]): string[] {
  const T = model.tags.length;
  const { allowed, allowedStart } = constraintsFor(model);
  const ids = featureIdsOf(model, features);
  const scores = emissionScores(ids, model.weights, T);
  return viterbi(scores, ids.length, T, model.transitions, model.start, allowed, allowedStart).map(
    (t) => model.tags[t],
  );
}

const constraintCache = new WeakMap<LinearModel, ReturnType<typeof bioConstraints>>();
function constraintsFor(model: LinearModel) {
  let c = constraintCache.get(model);
  if (!c) {
    c = bioConstraints(model.tags);
    constraintCache.set(model, c);
  }
  return c;
}

export interface TrainingSentence {
  features: string[][];
  tags: string[];
  /** Update weight: 1 for in-domain data, less for other corpora. */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
  /** Averaged weights smaller than this (absolute) are pruned from the model. */
  pruneBelow: number;
  /** Perceptrons trained on different shuffles (seed, seed + 1, …) whose weights are averaged. */
  ensemble?: number;
  log?: (message: string) => void;
}

export function trainPerceptron(
  data: TrainingSentence[],
  tags: string[],
  options: TrainOptions,
): LinearModel {
  const T = tags.length;
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const counts = new Map<string, number>();
  for (const s of data)
    for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const featureIndex = new Map<string, number>();
  for (const [f, c] of counts) if (c >= options.minCount) featureIndex.set(f, featureIndex.size);
  counts.clear();
  const F = featureIndex.size;
  options.log?.(`features: ${F}`);

  const encoded = data.map((s) => ({
    ids: s.features.map((fs) => {
      const ids: number[] = [];
      for (const f of fs) {
        const id = featureIndex.get(f);
        if (id !== undefined) ids.push(id);
      }
      return Int32Array.from(ids);
    }),
    gold: s.tags.map((t) => {
      const id = tagId.get(t);
      if (id === undefined) throw new Error(`unknown tag in training data: ${t}`);
      return id;
    }),
    weight: s.weight,
  }));

  const { allowed, allowedStart } = bioConstraints(tags);
  // Several perceptrons over different shuffles, their averaged weights averaged again: one run's score on
  // held-out data swings by about ±1 F1 with the shuffle seed; the mean of a few is steadier and better.
  const runs = Math.max(1, options.ensemble ?? 1);
  const full = new Float32Array(F * T);
  const transitions = new Float32Array(T * T);
  const startScores = new Float32Array(T);
  for (let r = 0; r < runs; r++) {
    const one = trainOnce(
      encoded,
      F,
      T,
      allowed,
      allowedStart,
      options.epochs,
      options.seed + r,
      options.log,
    );
    for (let k = 0; k < full.length; k++) full[k] += one.weights[k] / runs;
    for (let k = 0; k < transitions.length; k++) transitions[k] += one.transitions[k] / runs;
    for (let k = 0; k < T; k++) startScores[k] += one.start[k] / runs;
  }

  // Pruning of features whose every weight is negligible.
  const keptFeatures: string[] = [];
  const keptRows: number[] = [];
  for (const [f, id] of featureIndex) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(full[id * T + t]));
    if (max >= options.pruneBelow) {
      keptFeatures.push(f);
      keptRows.push(id);
    }
  }
  const weights = new Float32Array(keptRows.length * T);
  keptRows.forEach((row, k) => {
    weights.set(full.subarray(row * T, row * T + T), k * T);
  });
  options.log?.(`kept features: ${keptFeatures.length}`);
  return {
    tags,
    featureIndex: new Map(keptFeatures.map((f, i) => [f, i])),
    weights,
    transitions,
    start: startScores,
  };
}

interface EncodedSentence {
  ids: Int32Array[];
  gold: number[];
  weight: number;
}

/** One averaged-perceptron run over shuffled data; returns the averaged weights. */
function trainOnce(
  encoded: EncodedSentence[],
  F: number,
  T: number,
  allowed: Uint8Array,
  allowedStart: Uint8Array,
  epochs: number,
  seed: number,
  log?: (message: string) => void,
) {
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const tr = new Float64Array(T * T);
  const tru = new Float64Array(T * T);
  const st = new Float64Array(T);
  const stu = new Float64Array(T);
  const random = seededRandom(seed);
  const order = encoded.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const s = encoded[idx];
      const n = s.ids.length;
      const scores = emissionScores(s.ids, w, T);
      const pred = viterbi(scores, n, T, tr, st, allowed, allowedStart);
      tokens += n;
      const d = s.weight;
      const cd = c * d;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i];
        const p = pred[i];
        const gp = i > 0 ? s.gold[i - 1] : -1;
        const pp = i > 0 ? pred[i - 1] : -1;
        if (g !== p) {
          errors++;
          const ids = s.ids[i];
          for (let k = 0; k < ids.length; k++) {
            const row = ids[k] * T;
            w[row + g] += d;
            u[row + g] += cd;
            w[row + p] -= d;
            u[row + p] -= cd;
          }
        }
        if (g !== p || gp !== pp) {
          if (i === 0) {
            st[g] += d;
            stu[g] += cd;
            st[p] -= d;
            stu[p] -= cd;
          } else {
            tr[gp * T + g] += d;
            tru[gp * T + g] += cd;
            tr[pp * T + p] -= d;
            tru[pp * T + p] -= cd;
          }
        }
      }
      c++;
    }
    log?.(`epoch ${epoch + 1}: token errors ${errors}/${tokens}`);
  }

  const avg = (x: Float64Array, acc: Float64Array) => Float32Array.from(x, (v, i) => v - acc[i] / c);
  return { weights: avg(w, u), transitions: avg(tr, tru), start: avg(st, stu) };
}
