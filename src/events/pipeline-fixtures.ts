// Test helpers for the events tests that read the whole pipeline's output (entities, places and dates included).
// Apart from fixtures.ts, so that tests of the text layers only do not load the models.
import { beforeAll } from "vitest";
import { createAnalyser } from "../analyse.ts";
import type { ArticleInput, Doc, DocEvent } from "../doc/types.ts";

/**
 * The whole pipeline with every event kept: these tests are about what is found and its arguments, not whether the
 * confidence filter keeps a one-line article's events. Loaded once per file (or per describe it is called in), by a
 * beforeAll, as loading the models takes seconds. `run` gives a text's events, published on `published` by default.
 */
export function wholePipeline(published = "2018-04-14") {
  let analyser: (input: ArticleInput) => Doc;
  beforeAll(async () => {
    analyser = await createAnalyser({ events: { keepAll: true } });
  });
  const analyse = (input: ArticleInput): Doc => analyser(input);
  return {
    analyse,
    run: (text: string, on = published): DocEvent[] => analyse({ text, published: on }).events ?? [],
  };
}

/** The first event of a type, if any. */
export const ofType = (events: DocEvent[] | undefined, type: string) =>
  (events ?? []).find((e) => e.type === type);
