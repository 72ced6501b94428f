import { toDocumentJson } from "../../src/doc/contract.ts";
import type { Doc } from "../../src/doc/types.ts";
import type { BenchStage } from "../stage.ts";

/** Writing an analysed Doc as the contract's JSON (what `extract --format jsonl` does per article). */
export const bench: BenchStage<Doc> = {
  name: "output json",
  description: "toDocumentJson + JSON.stringify of an analysed Doc",
  order: 95,
  async setup() {
    const { createAnalyser } = await import("../../src/analyse.ts");
    const analyse = await createAnalyser();
    return { prepare: (article) => analyse(article), run: (doc) => JSON.stringify(toDocumentJson(doc)) };
  },
};
