import { describe, expect, it } from "vitest";
import { EvaluationInputError, evaluate, formatEvaluation } from "./evaluate.ts";

const gold = [
  { tokens: ["a", "b", "c", "d", "e"], tags: ["B-PERS", "I-PERS", "O", "B-LOC", "B-ORG"] },
  { tokens: ["f", "g"], tags: ["B-MISC", "O"] },
];
const predicted = [
  { tokens: ["a", "b", "c", "d", "e"], tags: ["B-PERS", "O", "O", "B-LOC", "B-LOC"] },
  { tokens: ["f", "g"], tags: ["B-MISC", "O"] },
];

describe("evaluate", () => {
  it("counts a chunk only when type and both boundaries match", () => {
    const e = evaluate(gold, predicted);
    expect(e.overall).toMatchObject({ gold: 4, found: 4, correct: 2 });
    expect(e.overall.precision).toBeCloseTo(50);
    expect(e.overall.f1).toBeCloseTo(50);
    expect(e.byType.LOC).toMatchObject({ gold: 1, found: 2, correct: 1 });
    expect(e.byType.LOC.f1).toBeCloseTo(66.67, 1);
    expect(e.byType.ORG).toMatchObject({ gold: 1, found: 0, correct: 0, f1: 0 });
    expect(e.accuracy).toBeCloseTo((5 / 7) * 100);
  });

  it("refuses sentences of different lengths", () => {
    expect(() => evaluate(gold, [predicted[0]])).toThrow(EvaluationInputError);
  });
});

describe("formatEvaluation", () => {
  it("prints conlleval-style lines, overall then per type", () => {
    const lines = formatEvaluation(evaluate(gold, predicted)).trimEnd().split("\n");
    expect(lines[0]).toBe("processed 7 tokens with 4 phrases; found: 4 phrases; correct: 2.");
    expect(lines[1]).toBe("accuracy:  71.43%; precision:  50.00%; recall:  50.00%; FB1:  50.00");
    expect(lines[2]).toBe("              LOC: precision:  50.00%; recall: 100.00%; FB1:  66.67  2");
    expect(lines).toHaveLength(6);
  });
});
