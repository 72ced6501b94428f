import { describe, expect, it } from "vitest";
import { predictLogistic, predictSparse, sigmoid, trainLogistic, trainSparseLogistic } from "./logistic.ts";

// a toy set separable on the first feature; the second is noise (shared by the dense and sparse fits)
const x = [
  [1, 0],
  [1, 1],
  [0.9, 0],
  [0.8, 1],
  [0, 0],
  [0, 1],
  [0.1, 1],
  [0.2, 0],
];
const y = [1, 1, 1, 1, 0, 0, 0, 0];

describe("logistic regression", () => {
  it("separates a separable set, leaning on the informative feature", () => {
    const m = trainLogistic(x, y, { lambda: 0.01 });
    x.forEach((xi, i) => {
      expect(predictLogistic(m, xi) > 0.5).toBe(y[i] === 1);
    });
    expect(m.weights[0]).toBeGreaterThan(3);
    expect(Math.abs(m.weights[1] ?? 0)).toBeLessThan(Math.abs(m.weights[0] ?? 0) / 4);
  });

  it("shrinks the weights as the penalty grows", () => {
    const weak = trainLogistic(x, y, { lambda: 0.001 });
    const strong = trainLogistic(x, y, { lambda: 1 });
    expect(Math.abs(strong.weights[0] ?? 0)).toBeLessThan(Math.abs(weak.weights[0] ?? 0));
  });

  it("is deterministic and reaches the optimum (zero gradient)", () => {
    const a = trainLogistic(x, y, { lambda: 0.1 });
    const b = trainLogistic(x, y, { lambda: 0.1 });
    expect(a).toEqual(b);
    const grad = [0, 0];
    x.forEach((xi, i) => {
      const g = (predictLogistic(a, xi) - (y[i] ?? 0)) / x.length;
      grad[0] += g * (xi[0] ?? 0);
      grad[1] += g * (xi[1] ?? 0);
    });
    expect(Math.abs((grad[0] ?? 0) + 0.1 * (a.weights[0] ?? 0))).toBeLessThan(1e-8);
    expect(Math.abs((grad[1] ?? 0) + 0.1 * (a.weights[1] ?? 0))).toBeLessThan(1e-8);
  });

  it("with no information predicts the base rate", () => {
    const m = trainLogistic([[0], [0], [0], [0]], [1, 0, 0, 0], { lambda: 0.1 });
    expect(predictLogistic(m, [0])).toBeCloseTo(0.25, 5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });

  it("rejects an empty or mismatched set", () => {
    expect(() => trainLogistic([], [], { lambda: 0.1 })).toThrow(/labels/);
    expect(() => trainLogistic([[1]], [1, 0], { lambda: 0.1 })).toThrow(/labels/);
  });
});

describe("sparse logistic regression", () => {
  const rows = x.map((r) => ({ index: [0, 1], values: r }));

  it("reaches the same optimum as the dense Newton fit", () => {
    const dense = trainLogistic(x, y, { lambda: 0.05 });
    const sparse = trainSparseLogistic(rows, y, { size: 2, penalty: [0.05, 0.05] });
    expect(sparse.bias).toBeCloseTo(dense.bias, 6);
    expect(sparse.weights[0]).toBeCloseTo(dense.weights[0] ?? 0, 6);
    expect(sparse.weights[1]).toBeCloseTo(dense.weights[1] ?? 0, 6);
    x.forEach((xi, i) => {
      expect(predictSparse(sparse, rows[i] ?? { index: [] })).toBeCloseTo(predictLogistic(dense, xi), 6);
    });
  });

  it("penalises each feature by its own penalty, and reads a row without values as ones", () => {
    // feature 0 and feature 1 carry the same signal; the heavily penalised one gets the smaller weight
    const r = y.map((l) => ({ index: l ? [0, 1] : [2] }));
    const m = trainSparseLogistic(r, y, { size: 3, penalty: [0.01, 1, 0.01] });
    expect(m.weights[0] ?? 0).toBeGreaterThan(5 * (m.weights[1] ?? 0));
    expect(m.weights[1] ?? 0).toBeGreaterThan(0);
    expect(predictSparse(m, { index: [0, 1] })).toBeGreaterThan(0.9);
    expect(predictSparse(m, { index: [2] })).toBeLessThan(0.1);
  });
});
