import type { Doc, Layer } from "../doc/types.ts";

/** One analysis step: a pure function over the Doc that declares what it needs and what it adds. */
export interface Stage {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(doc: Doc): Doc;
}

export class PipelineOrderError extends Error {}

export interface Pipeline {
  stages: Stage[];
  run(doc: Doc): Doc;
}

/**
 * Checks that every stage's requirements are assigned by an earlier stage, so a pipeline built in the
 * wrong order fails when it is built, naming the missing layer, rather than deep inside a run.
 */
export function buildPipeline(stages: Stage[], provided: Layer[] = []): Pipeline {
  const available = new Set<Layer>(provided);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      const givers = stages.filter((s) => s.assigns.some((a) => missing.includes(a))).map((s) => s.name);
      const hint = givers.length
        ? `add ${givers.map((g) => `"${g}"`).join(" or ")} before it`
        : "no stage in this pipeline assigns it";
      throw new PipelineOrderError(
        `stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(", ")}, which no earlier stage assigns (${hint})`,
      );
    }
    for (const layer of stage.assigns) available.add(layer);
  }
  return {
    stages,
    run(doc: Doc): Doc {
      let current = doc;
      for (const stage of stages) current = stage.run(current);
      return current;
    },
  };
}
