// the objective of trainLogistic (logistic.ts: mean log-loss + λ/2 |w|², a 1e-9 ridge on the bias, Newton until no
// step exceeds 1e-10), on flat typed arrays, sparse rows, the Hessian's upper triangle, warm-started
import type { ArticleExamples, FittedModel, Penalty } from "../src/events/train/confidence-train.ts";

type Rows = { idx: number[]; val: number[]; len: number[]; y: number[] };
const rowsOf = new WeakMap<ArticleExamples, Rows>();
function rows(a: ArticleExamples): Rows {
  const r = rowsOf.get(a);
  if (r) return r;
  const out: Rows = { idx: [], val: [], len: [], y: [] };
  a.labels.forEach((l, i) => {
    if (l === null) return;
    const x = a.features[i] as number[];
    let c = 0;
    x.forEach((v, j) => {
      if (v !== 0) {
        out.idx.push(j);
        out.val.push(v);
        c++;
      }
    });
    out.len.push(c);
    out.y.push(l);
  });
  rowsOf.set(a, out);
  return out;
}
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[p * n + c])) p = r;
    if (p !== c) {
      for (let k = 0; k < n; k++) {
        const t = a[c * n + k];
        a[c * n + k] = a[p * n + k];
        a[p * n + k] = t;
      }
      const t = b[c];
      b[c] = b[p];
      b[p] = t;
    }
    const pivot = a[c * n + c];
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c] / pivot;
      if (f === 0) continue;
      for (let k = c; k < n; k++) a[r * n + k] -= f * a[c * n + k];
      b[r] -= f * b[c];
    }
  }
  const v = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < n; k++) s -= a[r * n + k] * v[k];
    v[r] = s / a[r * n + r];
  }
  return v;
}
const warm = new Map<number, Float64Array>();
export function fastFit(train: ArticleExamples[], penalty: number | Penalty): FittedModel {
  const lambda = typeof penalty === "number" ? penalty : penalty.lambda;
  const d = train.find((a) => a.features.length)?.features[0]?.length ?? 0;
  const D = d + 1;
  // the training rows, concatenated; the bias as feature d of every row
  let n = 0,
    nz = 0;
  const all = train.map(rows);
  for (const r of all) {
    n += r.y.length;
    nz += r.idx.length + r.y.length;
  }
  const IDX = new Int32Array(nz),
    VAL = new Float64Array(nz),
    START = new Int32Array(n + 1),
    Y = new Float64Array(n);
  let e = 0,
    q = 0;
  for (const r of all) {
    let o = 0;
    for (let i = 0; i < r.y.length; i++) {
      START[e] = q;
      for (let k = 0; k < r.len[i]; k++) {
        IDX[q] = r.idx[o];
        VAL[q] = r.val[o];
        q++;
        o++;
      }
      IDX[q] = d;
      VAL[q] = 1;
      q++;
      Y[e] = r.y[i];
      e++;
    }
  }
  START[n] = q;
  const theta = Float64Array.from(warm.get(lambda) ?? new Float64Array(D));
  const H = new Float64Array(D * D),
    G = new Float64Array(D);
  for (let it = 0; it < 50; it++) {
    H.fill(0);
    G.fill(0);
    for (let i = 0; i < n; i++) {
      const s0 = START[i],
        s1 = START[i + 1];
      let z = 0;
      for (let k = s0; k < s1; k++) z += theta[IDX[k]] * VAL[k];
      const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      const g = (p - Y[i]) / n,
        h = (p * (1 - p)) / n;
      for (let a = s0; a < s1; a++) {
        const j = IDX[a],
          hv = h * VAL[a];
        G[j] += g * VAL[a];
        const base = j * D;
        for (let b = s0; b < s1; b++) H[base + IDX[b]] += hv * VAL[b];
      }
    }
    for (let j = 0; j < d; j++) {
      G[j] += lambda * theta[j];
      H[j * D + j] += lambda;
    }
    H[d * D + d] += 1e-9;
    const step = solve(H, G, D);
    let change = 0;
    for (let j = 0; j < D; j++) {
      theta[j] -= step[j];
      change = Math.max(change, Math.abs(step[j]));
    }
    if (change < 1e-10) break;
  }
  if (!warm.has(lambda)) warm.set(lambda, Float64Array.from(theta));
  return { weights: Array.from(theta.subarray(0, d)), bias: theta[d] };
}
