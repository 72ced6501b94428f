import type { ArticleInput } from "../../src/doc/types.ts";
import type { BenchStage } from "../stage.ts";

/** The whole analysis as `marsad extract` runs it: every stage in `createAnalyser()`. */
export const bench: BenchStage<ArticleInput> = {
  name: "analyse (all stages)",
  description: "createAnalyser(): the whole pipeline, article in, annotated Doc out",
  order: 90,
  async setup() {
    const { createAnalyser } = await import("../../src/analyse.ts");
    const analyse = await createAnalyser();
    return { prepare: (article) => article, run: (article) => analyse(article) };
  },
};
