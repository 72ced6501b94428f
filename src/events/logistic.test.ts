import { describe, expect, it } from "vitest";
import { predictLogistic, sigmoid, trainLogistic } from "./logistic.ts";

describe("logistic regression", () => {
  // a toy set separable on the first feature; the second is noise
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
