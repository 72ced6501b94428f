// Test helpers for the events stage's unit tests: Docs built from a sentence with the text (and dates) layers only.
import { createDatesStage } from "../dates/stage.ts";
import { createDoc } from "../doc/doc.ts";
import type { Doc, DocEvent } from "../doc/types.ts";
import { textStage } from "../text/stage.ts";
import { loadCountries } from "./countries.ts";
import { loadEventLexicon } from "./lexicon.ts";
import { extractEvents } from "./stage.ts";

export const eventResources = { lexicon: loadEventLexicon(), countries: loadCountries() };

/** A Doc with the text layers only: the other stages' layers empty, as when they find nothing. */
export function docOf(text: string, published = "2018-05-01"): Doc {
  const d = textStage.run(createDoc({ text, published }));
  return { ...d, entities: [], places: [], times: [] };
}

export const eventsOf = (text: string, published?: string): DocEvent[] =>
  extractEvents(docOf(text, published), eventResources);

const datesStage = createDatesStage();
/** With the dates stage's times too. */
export const datedEventsOf = (text: string, published = "2018-05-06"): DocEvent[] => {
  const d = datesStage.run(textStage.run(createDoc({ text, published })));
  return extractEvents({ ...d, entities: [], places: [] }, eventResources);
};

/** The Arabic names of an event's actors in one role. */
export const names = (e: DocEvent | undefined, role: string) =>
  (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.name_ar);

/** An event made by hand (no argument found yet), for tests that follow what is done with events, not how they are found. */
export function handMadeEvent(
  type: DocEvent["type"],
  trigger: DocEvent["trigger"],
  extra: Partial<DocEvent> = {},
): DocEvent {
  return {
    type,
    trigger,
    actors: [],
    location: null,
    date: null,
    fatalities: null,
    modality: "asserted",
    attribution: [],
    evidence: [],
    ...extra,
  };
}
