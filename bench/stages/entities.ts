// The entities stage's line in `npm run bench`: text, NER and places/actors run untimed in `prepare`, only the
// reconciliation of the tagger's entities with the lexicons (createEntitiesStage) is timed.
import { createEntitiesStage } from "../../src/entities/stage.ts";
import { createNerStage } from "../../src/ner/stage.ts";
import { createPlacesStage } from "../../src/places/stage.ts";
import { textStage } from "../../src/text/stage.ts";
import { pipelineStageBench } from "../stage.ts";

export const bench = pipelineStageBench({
  name: "entities",
  description:
    "entity types and extents reconciled with the actor lexicon and gazetteer (createEntitiesStage)",
  order: 45,
  load: async () => ({
    stage: createEntitiesStage(),
    before: [textStage, createNerStage(), createPlacesStage()],
  }),
});
