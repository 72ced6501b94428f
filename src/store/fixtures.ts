import type { ArticleInput, Doc, DocEvent } from "../doc/types.ts";

/**
 * A stand-in analysis for store tests: finds given phrases in the text and reports them as an event with
 * real offsets. The store must work with whatever the pipeline gives; these tests need events to exist.
 */
export interface FakeEventSpec {
  trigger: string;
  type: DocEvent["type"];
  date?: string | null;
  place?: { name_ar: string; id: string; lat: number; lon: number; country: string } | null;
  actors?: { name_ar: string; id?: string | null; role: "actor1" | "actor2" }[];
  fatalities?: number;
}

export function fakeAnalyser(specs: FakeEventSpec[]): (input: ArticleInput) => Doc {
  return (input) => {
    const text = input.text;
    const events: DocEvent[] = [];
    for (const spec of specs) {
      const at = text.indexOf(spec.trigger);
      if (at < 0) continue;
      const sentenceEnd = text.indexOf(".", at);
      const end = sentenceEnd < 0 ? text.length : sentenceEnd + 1;
      const start = Math.max(0, text.lastIndexOf(".", at) + 1);
      events.push({
        type: spec.type,
        trigger: { start: at, end: at + spec.trigger.length, text: spec.trigger },
        actors: (spec.actors ?? []).map((a) => ({
          role: a.role,
          name_ar: a.name_ar,
          id: a.id ?? null,
          kind: "militia",
        })),
        location: spec.place ? { ...spec.place, name_en: null, precision: 1 } : null,
        date: spec.date ? { value: spec.date, precision: "day" } : null,
        fatalities: spec.fatalities === undefined ? null : { value: spec.fatalities, approximate: false },
        modality: "asserted",
        attribution: [],
        evidence: [{ start, end }],
      });
    }
    return {
      id: input.id,
      text,
      published: input.published ?? null,
      source: input.source ?? null,
      title: input.title ?? null,
      url: input.url ?? null,
      entities: [],
      places: [],
      events,
      issues: [],
    };
  };
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
