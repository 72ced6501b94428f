import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import { buildPipeline, PipelineOrderError, type Stage } from "./pipeline.ts";

const sentences: Stage = {
  name: "sentences",
  requires: [],
  assigns: ["sentences"],
  run: (doc) => ({ ...doc, sentences: [{ start: 0, end: doc.text.length }] }),
};
const tokens: Stage = {
  name: "tokens",
  requires: ["sentences"],
  assigns: ["tokens"],
  run: (doc) => ({ ...doc, tokens: [] }),
};

describe("buildPipeline", () => {
  it("runs stages in order", () => {
    const doc = buildPipeline([sentences, tokens]).run(createDoc({ text: "نص" }));
    expect(doc.sentences).toEqual([{ start: 0, end: 2 }]);
    expect(doc.tokens).toEqual([]);
  });

  it("fails at build time naming the missing layer and the stage that gives it", () => {
    expect(() => buildPipeline([tokens, sentences])).toThrow(PipelineOrderError);
    expect(() => buildPipeline([tokens, sentences])).toThrow(
      'stage "tokens" requires "sentences", which no earlier stage assigns (add "sentences" before it)',
    );
  });

  it("accepts layers provided up front", () => {
    expect(() => buildPipeline([tokens], ["sentences"])).not.toThrow();
  });
});
