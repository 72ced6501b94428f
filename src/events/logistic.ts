// L2-regularised logistic regression, fitted by Newton's method: for a few hundred examples and a hundred
// features it converges in a handful of steps, and it is deterministic (no random start, no shuffling).

export interface LogisticModel {
  weights: number[];
  bias: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias), per example: the loss is mean log-loss + lambda/2 · |w|². */
  lambda: number;
  /** Example weights (default 1 each). */
  sampleWeights?: number[];
  maxIterations?: number;
}

export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

export function predictLogistic(model: LogisticModel, x: readonly number[]): number {
  return sigmoid(logisticScore(model, x));
}

/** The model's linear score (log-odds) of `x`: bias plus the weighted features, before the sigmoid. */
export function logisticScore(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += (model.weights[j] ?? 0) * (x[j] ?? 0);
  return z;
}

/** Solves A·v = b in place by Gaussian elimination with partial pivoting (A is symmetric positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    [b[c], b[p]] = [b[p], b[c]];
    const pivot = a[c][c];
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / pivot;
      if (f === 0) continue;
      for (let k = c; k < n; k++) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < n; k++) s -= a[r][k] * v[k];
    v[r] = s / a[r][r];
  }
  return v;
}

/** Fits the model to examples x (rows of equal length) with labels y in {0, 1}. */
export function trainLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: LogisticOptions,
): LogisticModel {
  const n = x.length;
  if (n === 0 || y.length !== n) throw new Error("trainLogistic: needs as many labels as examples, and some");
  const d = x[0].length;
  const sw = options.sampleWeights ?? new Array<number>(n).fill(1);
  const total = sw.reduce((s, v) => s + v, 0);
  // θ = [w..., b]; the bias gets a tiny ridge only to keep the Hessian invertible on separable data
  const theta = new Array<number>(d + 1).fill(0);
  const lambda = options.lambda;
  for (let it = 0; it < (options.maxIterations ?? 50); it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      let z = theta[d];
      for (let j = 0; j < d; j++) z += theta[j] * xi[j];
      const p = sigmoid(z);
      const w = sw[i] / total;
      const g = w * (p - y[i]);
      const h = w * p * (1 - p);
      for (let j = 0; j < d; j++) {
        const xj = xi[j];
        if (xj === 0) continue;
        grad[j] += g * xj;
        const row = hess[j];
        for (let k = 0; k < d; k++) if (xi[k] !== 0) row[k] += h * xj * xi[k];
        row[d] += h * xj;
        hess[d][j] += h * xj;
      }
      grad[d] += g;
      hess[d][d] += h;
    }
    for (let j = 0; j < d; j++) {
      grad[j] += lambda * theta[j];
      hess[j][j] += lambda;
    }
    hess[d][d] += 1e-9;
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      theta[j] -= step[j];
      change = Math.max(change, Math.abs(step[j]));
    }
    if (change < 1e-10) break;
  }
  return { weights: theta.slice(0, d), bias: theta[d] };
}

/** A sparse example: the indices of its non-zero features and their values (1 when `values` is absent). */
export interface SparseRow {
  index: readonly number[];
  values?: readonly number[];
}

export interface SparseLogisticOptions {
  /** Number of features (indices run 0 … size−1). */
  size: number;
  /** L2 penalty of each feature (not the bias), per example: mean log-loss + ½ Σ penalty_j · w_j². */
  penalty: readonly number[];
  maxIterations?: number;
}

const rowDot = (r: SparseRow, v: ArrayLike<number>): number => {
  let s = 0;
  for (let k = 0; k < r.index.length; k++)
    s += (r.values ? (r.values[k] ?? 0) : 1) * (v[r.index[k] ?? 0] ?? 0);
  return s;
};

/** The probability a sparse model gives a sparse row. */
export const predictSparse = (model: LogisticModel, r: SparseRow): number =>
  sigmoid(model.bias + rowDot(r, model.weights));

/**
 * Fits L2 logistic regression to sparse rows by Newton's method with conjugate-gradient steps (Hessian–vector
 * products over the rows' non-zeros only): thousands of hashed lexical features cost what their non-zeros cost,
 * where the dense Newton above would build and solve a matrix of size². Deterministic; each feature may have its
 * own penalty (dense cues lightly, hashed words heavily).
 */
export function trainSparseLogistic(
  rows: readonly SparseRow[],
  y: readonly number[],
  { size, penalty, maxIterations = 30 }: SparseLogisticOptions,
): LogisticModel {
  const n = rows.length;
  if (n === 0 || y.length !== n)
    throw new Error("trainSparseLogistic: needs as many labels as examples, and some");
  const d = size;
  const theta = new Float64Array(d + 1);
  const pen = new Float64Array(d + 1);
  for (let j = 0; j < d; j++) pen[j] = penalty[j] ?? 0;
  pen[d] = 1e-9;
  const z = new Float64Array(n);
  const h = new Float64Array(n);
  const lossAt = (t: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const zi = t[d] + rowDot(rows[i] as SparseRow, t);
      // log(1 + e^z) − y·z, stably
      s += (zi > 0 ? zi + Math.log1p(Math.exp(-zi)) : Math.log1p(Math.exp(zi))) - (y[i] ?? 0) * zi;
    }
    s /= n;
    for (let j = 0; j <= d; j++) s += 0.5 * pen[j] * t[j] * t[j];
    return s;
  };
  let loss = lossAt(theta);
  for (let it = 0; it < maxIterations; it++) {
    const grad = new Float64Array(d + 1);
    for (let i = 0; i < n; i++) {
      const r = rows[i] as SparseRow;
      z[i] = theta[d] + rowDot(r, theta);
      const p = sigmoid(z[i]);
      const g = (p - (y[i] ?? 0)) / n;
      h[i] = (p * (1 - p)) / n;
      for (let k = 0; k < r.index.length; k++)
        grad[r.index[k] ?? 0] += g * (r.values ? (r.values[k] ?? 0) : 1);
      grad[d] += g;
    }
    for (let j = 0; j <= d; j++) grad[j] += pen[j] * theta[j];
    // Jacobi-preconditioned conjugate gradient on H·s = grad
    const diag = new Float64Array(d + 1);
    for (let i = 0; i < n; i++) {
      const r = rows[i] as SparseRow;
      for (let k = 0; k < r.index.length; k++) {
        const v = r.values ? (r.values[k] ?? 0) : 1;
        diag[r.index[k] ?? 0] += h[i] * v * v;
      }
      diag[d] += h[i];
    }
    for (let j = 0; j <= d; j++) diag[j] = 1 / (diag[j] + pen[j] || 1);
    const hv = (v: Float64Array) => {
      const out = new Float64Array(d + 1);
      for (let i = 0; i < n; i++) {
        const r = rows[i] as SparseRow;
        const c = h[i] * (v[d] + rowDot(r, v));
        if (c === 0) continue;
        for (let k = 0; k < r.index.length; k++)
          out[r.index[k] ?? 0] += c * (r.values ? (r.values[k] ?? 0) : 1);
        out[d] += c;
      }
      for (let j = 0; j <= d; j++) out[j] += pen[j] * v[j];
      return out;
    };
    const step = new Float64Array(d + 1);
    const res = Float64Array.from(grad);
    const pre = res.map((v, j) => v * diag[j]);
    const dir = Float64Array.from(pre);
    let rz = res.reduce((s, v, j) => s + v * pre[j], 0);
    // truncated Newton: solve loosely far from the optimum, tightly near it (the step's error shrinks with |grad|)
    const gnorm = Math.sqrt(grad.reduce((s, v) => s + v * v, 0));
    const forcing = Math.min(0.1, Math.sqrt(gnorm));
    let rnorm = gnorm;
    for (let cg = 0; cg < Math.min(d + 1, 250) && rnorm > forcing * gnorm && rnorm > 1e-12; cg++) {
      const q = hv(dir);
      const alpha = rz / dir.reduce((s, v, j) => s + v * q[j], 0);
      for (let j = 0; j <= d; j++) {
        step[j] += alpha * dir[j];
        res[j] -= alpha * q[j];
        pre[j] = res[j] * diag[j];
      }
      const rz2 = res.reduce((s, v, j) => s + v * pre[j], 0);
      rnorm = Math.sqrt(res.reduce((s, v) => s + v * v, 0));
      const beta = rz2 / rz;
      rz = rz2;
      for (let j = 0; j <= d; j++) dir[j] = pre[j] + beta * dir[j];
    }
    // damped: halve the step while it does not lower the loss (Newton overshoots on near-separable data)
    let scale = 1;
    let next = theta.map((t, j) => t - step[j]);
    let nextLoss = lossAt(next);
    while (nextLoss > loss + 1e-15 && scale > 1e-4) {
      scale /= 2;
      next = theta.map((t, j) => t - scale * step[j]);
      nextLoss = lossAt(next);
    }
    let change = 0;
    for (let j = 0; j <= d; j++) change = Math.max(change, Math.abs(next[j] - theta[j]));
    theta.set(next);
    loss = Math.min(loss, nextLoss);
    if (change < 1e-7 || gnorm < 1e-9) break;
  }
  return { weights: Array.from(theta.subarray(0, d)), bias: theta[d] };
}
