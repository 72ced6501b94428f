import { articleFromJsonLine } from "../../src/ingest/article.ts";
import type { BenchStage } from "../stage.ts";

/** Reading a JSONL line into an article: JSON parsing, field mapping, date parsing. */
export const bench: BenchStage<string> = {
  name: "ingest",
  description: "parse a JSONL line into an article (JSON, field mapping, publication date)",
  order: 10,
  async setup() {
    return {
      prepare: (article) => JSON.stringify({ ...article, time: "Sun, 18 Feb 2018 21:35:43 +0400" }),
      run: (line) => articleFromJsonLine(line),
    };
  },
};
