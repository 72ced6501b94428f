import type { GoldEvent, GoldKey, PredictedEvent } from "./events.ts";

/**
 * What an extractor that got everything right would output for one gold event: the first listed reading of each
 * field. Scoring these against their own keys must give 1.0, which checks that a key is internally consistent.
 */
export function idealPrediction(key: GoldKey, event: GoldEvent): PredictedEvent {
  const first = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v);
  const type = event.type[0];
  const modality = Array.isArray(event.modality) ? event.modality[0] : event.modality?.[type]?.[0];
  const fatalities = first(event.fatalities?.value);
  return {
    type,
    actors: (["actor1", "actor2"] as const).flatMap((role) =>
      (event.actors?.[role] ?? []).map((k) => ({ role, name_ar: key.actors[k].aliases_ar[0] })),
    ),
    location: { country: first(event.location?.country) ?? null, name_en: event.location?.name_en ?? null },
    date: { value: first(event.date?.value) ?? null },
    fatalities: fatalities == null ? null : { value: fatalities },
    modality,
    attribution: (event.attribution ?? []).slice(0, 1).map((name_ar) => ({ name_ar })),
  };
}

/** The ideal predictions for every scored (non-optional) event of a key. */
export function idealPredictions(key: GoldKey): PredictedEvent[] {
  return key.events.filter((e) => !e.optional).map((e) => idealPrediction(key, e));
}
