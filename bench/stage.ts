import { createDoc } from "../src/doc/doc.ts";
import type { ArticleInput, Doc } from "../src/doc/types.ts";
import type { Stage } from "../src/pipeline/pipeline.ts";

/**
 * One line of the `npm run bench` table. Each file in bench/stages/ exports `bench: BenchStage`; the runner finds
 * them there, so a new stage only adds its file. `setup` loads what the stage needs (untimed); `prepare` turns an
 * article into the stage's input (untimed: e.g. a Doc that already has the earlier stages' layers); `run` is timed.
 */
export interface BenchStage<T = unknown> {
  name: string;
  description: string;
  /** Position in the table: ingest 10, text 20, ner 30, places/actors 40, dates 50, events 60, whole 90+. */
  order: number;
  /** A throughput the stage must reach on one core (MB/s of UTF-8 text); the table marks it met or missed. */
  goalMBps?: number;
  setup(): Promise<BenchRun<T>>;
}

export interface BenchRun<T> {
  prepare(article: ArticleInput): T;
  run(input: T): unknown;
}

/**
 * The bench of one pipeline stage: the earlier stages run untimed in `prepare`, only `stage.run` is timed.
 * Usage in bench/stages/ner.ts: `export const bench = pipelineStageBench({ name: "ner", order: 30,
 * description: "…", load: async () => ({ stage: nerStage, before: [textStage] }) })`.
 */
export function pipelineStageBench(options: {
  name: string;
  description: string;
  order: number;
  goalMBps?: number;
  load(): Promise<{ stage: Stage; before: Stage[] }>;
}): BenchStage<Doc> {
  return {
    name: options.name,
    description: options.description,
    order: options.order,
    goalMBps: options.goalMBps,
    async setup() {
      const { stage, before } = await options.load();
      return {
        prepare(article) {
          let doc = createDoc(article);
          for (const earlier of before) doc = earlier.run(doc);
          return doc;
        },
        run: (doc) => stage.run(doc),
      };
    },
  };
}
