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
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += (model.weights[j] ?? 0) * (x[j] ?? 0);
  return sigmoid(z);
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
