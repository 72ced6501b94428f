import { createDoc } from "../doc/doc.ts";
import type { ArticleInput, Doc, DocEvent, EventActor, Span } from "../doc/types.ts";

/**
 * Stand-in analyses for store tests and the search benchmark: the store must work with whatever the
 * pipeline gives, and these need events to exist. One builder (`fakeEvent` + `fakeDoc`) serves both.
 */
export interface FakeEventSpec {
  /** A phrase of the text: the event's trigger, and its sentence the evidence. */
  trigger?: string;
  type: DocEvent["type"];
  date?: string | null;
  datePrecision?: "day" | "month" | "year";
  place?: {
    name_ar: string;
    id: string;
    lat: number;
    lon: number;
    country: string;
    name_en?: string | null;
  } | null;
  actors?: (Pick<EventActor, "name_ar" | "role"> & Partial<EventActor>)[];
  fatalities?: number | null;
  acled?: DocEvent["acled"];
}

/** The sentence around `at` (split on full stops and line ends), as the evidence span. */
function sentenceAround(text: string, at: number): Span {
  const stops = /[.!؟?\n]/g;
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (/[.!؟?\n]/.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  stops.lastIndex = at;
  const m = stops.exec(text);
  return { start, end: m ? m.index + 1 : text.length };
}

/** An event as the events stage would report it, with offsets into `text`; null if the trigger is absent. */
export function fakeEvent(text: string, spec: FakeEventSpec): DocEvent | null {
  const at = spec.trigger ? text.indexOf(spec.trigger) : 0;
  if (at < 0) return null;
  return {
    type: spec.type,
    ...(spec.acled ? { acled: spec.acled } : {}),
    ...(spec.trigger ? { trigger: { start: at, end: at + spec.trigger.length, text: spec.trigger } } : {}),
    actors: (spec.actors ?? []).map((a) => ({ id: null, kind: "militia", ...a })),
    location: spec.place ? { name_en: null, ...spec.place, precision: 1 } : null,
    date: spec.date ? { value: spec.date, precision: spec.datePrecision ?? "day" } : null,
    fatalities:
      spec.fatalities === undefined || spec.fatalities === null
        ? null
        : { value: spec.fatalities, approximate: false },
    modality: "asserted",
    attribution: [],
    evidence: [sentenceAround(text, at)],
  };
}

/** The Doc an analyser would return for `input`, with these events and no other layer. */
export function fakeDoc(input: ArticleInput, events: DocEvent[]): Doc {
  return { ...createDoc(input), entities: [], places: [], events };
}

/** An analyser that reports each spec whose trigger occurs in the text. */
export function fakeAnalyser(specs: FakeEventSpec[]): (input: ArticleInput) => Doc {
  return (input) =>
    fakeDoc(
      input,
      specs.map((s) => fakeEvent(input.text, s)).filter((e): e is DocEvent => e !== null),
    );
}

export const BENGHAZI = {
  name_ar: "بنغازي",
  id: "geonames:88319",
  lat: 32.11486,
  lon: 20.06859,
  country: "LY",
};
export const BENGHAZI_AIRPORT = {
  name_ar: "مطار بنينا",
  id: "benina",
  lat: 32.0968,
  lon: 20.2695,
  country: "LY",
};
export const TRIPOLI = {
  name_ar: "طرابلس",
  id: "geonames:2210247",
  lat: 32.88743,
  lon: 13.18733,
  country: "LY",
};
