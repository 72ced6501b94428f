// The events stage's line in `npm run bench`: text, entities, places and dates run untimed in `prepare`,
// only the events stage is timed.
import { createDatesStage } from "../../src/dates/stage.ts";
import { createDoc } from "../../src/doc/doc.ts";
import type { ArticleInput, Doc } from "../../src/doc/types.ts";
import { createEventsStage } from "../../src/events/stage.ts";
import { createNerStage } from "../../src/ner/stage.ts";
import { createPlacesStage } from "../../src/places/stage.ts";
import { textStage } from "../../src/text/stage.ts";

/** Shaped like bench/stage.ts's BenchStage (kept structural so this file stands alone). */
export const bench = {
  name: "events",
  description: "triggers, arguments, modality, attribution and merging (src/events/stage.ts)",
  order: 60,
  goalMBps: 1,
  async setup() {
    const before = [textStage, createNerStage(), createPlacesStage(), createDatesStage()];
    const events = createEventsStage();
    return {
      prepare(article: ArticleInput): Doc {
        let doc = createDoc(article);
        for (const stage of before) doc = stage.run(doc);
        return doc;
      },
      run: (doc: Doc): Doc => events.run(doc),
    };
  },
};
