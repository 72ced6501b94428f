import { createDatesStage } from "./dates/stage.ts";
import { createDoc } from "./doc/doc.ts";
import type { ArticleInput, Doc } from "./doc/types.ts";
import { createEntitiesStage } from "./entities/stage.ts";
import { createEventsStage, type EventsStageOptions } from "./events/stage.ts";
import { createNerStage } from "./ner/stage.ts";
import { buildPipeline, type Stage } from "./pipeline/pipeline.ts";
import { createPlacesStage } from "./places/stage.ts";
import { textStage } from "./text/stage.ts";

/**
 * The whole analysis as one pure function: article in, annotated Doc out. Loading models and lexicons
 * happens once in `createAnalyser`; `analyse` itself does no I/O, so the CLI, the API and workers share it.
 * Stages are appended here as they land: text → entities → actors/places → dates → events.
 */
export async function createAnalyser(
  options: { events?: EventsStageOptions } = {},
): Promise<(input: ArticleInput) => Doc> {
  const stages: Stage[] = [
    textStage,
    createNerStage(),
    createPlacesStage(),
    createDatesStage(),
    // events stays last: it reads tokens, entities, places and times
    createEventsStage(undefined, options.events),
    // after events: the events were measured on the places stage's entities (see README, Named entities)
    createEntitiesStage(),
  ];
  const pipeline = buildPipeline(stages);
  return (input) => pipeline.run(createDoc(input));
}
