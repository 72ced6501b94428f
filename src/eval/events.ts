// Event scorer: compares predicted events with an answer key following the matching rules written in the
// key's `note` (see ../shared/seed/libya-2014-08-02.gold.json). Pure: no I/O; loading lives in events-io.ts.

import { maxWeightMatching } from "./assignment.ts";
import { namesMatch } from "./gold-names.ts";

export class EvalInputError extends Error {}

export interface GoldActor {
  country: string | null;
  aliases_ar: string[];
  aliases_en?: string[];
}

export interface GoldEvent {
  id: string;
  summary?: string;
  type: string[];
  mode?: string | null;
  actors?: { actor1?: string[]; actor2?: string[] };
  location?: { country?: (string | null)[]; name_en?: string | null };
  date?: { value?: string | null | (string | null)[]; precision?: string | null };
  fatalities?: { value?: number | null | (number | null)[]; approximate?: boolean };
  modality?: string[] | Record<string, string[]>;
  attribution?: string[];
  sentences?: number[];
  merge_with?: string[];
  optional?: boolean;
}

export interface GoldKey {
  id?: string;
  file?: string;
  published?: string | null;
  text?: string;
  note?: string;
  actors: Record<string, GoldActor>;
  events: GoldEvent[];
}

/** The parts of a predicted event (the output contract's `event`) that the scorer reads. */
export interface PredictedEvent {
  id?: string;
  type: string;
  mode?: string | null;
  /** Read only to explain misses (which sentence the prediction comes from). */
  trigger?: { start: number; end: number; text?: string } | null;
  actors?: {
    role?: string;
    name_ar?: string;
    name_en?: string | null;
    kind?: string | null;
    country?: string | null;
  }[];
  location?: { country?: string | null; name_en?: string | null } | null;
  date?: { value?: string | null } | null;
  fatalities?: { value?: number | null } | null;
  modality?: string;
  attribution?: { name_ar?: string }[];
}

export const FIELD_NAMES = ["date", "fatalities", "modality", "attribution", "location"] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FieldCounts = Record<FieldName, { correct: number; total: number }>;

export interface EventCounts {
  /** Scored (non-optional) gold events. */
  gold: number;
  optional: number;
  predicted: number;
  /** Predictions paired one to one with a scored gold event. */
  paired: number;
  /** Gold events found through `merge_with` (the prediction paired with a partner also fits them). */
  merged: number;
  /** Left-over predictions absorbed by optional events: neither for nor against. */
  absorbed: number;
  duplicates: number;
  spurious: number;
  missed: number;
  fields: FieldCounts;
}

export interface PairDetail {
  gold: string;
  prediction: number;
  fields: Partial<Record<FieldName, boolean>>;
}

export interface DocumentScore extends EventCounts {
  id: string;
  pairs: PairDetail[];
  mergedIds: string[];
  missedIds: string[];
  absorbedBy: { gold: string; prediction: number }[];
  duplicateIndices: number[];
  spuriousIndices: number[];
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
  fieldAccuracy: Record<FieldName, number | null>;
  overallFieldAccuracy: number | null;
}

const STATE_KINDS = new Set(["state", "government", "military", "police"]);
const TWO_LETTER_KEY = /^[A-Z]{2}$/;

function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A predicted actor matches a key by name (Arabic or English aliases) or, for a state key, by country and kind. */
export function actorMatchesKey(
  actor: NonNullable<PredictedEvent["actors"]>[number],
  key: string,
  def: GoldActor,
): boolean {
  if (actor.name_ar && def.aliases_ar.some((alias) => namesMatch(actor.name_ar!, alias))) return true;
  if (actor.name_en && (def.aliases_en ?? []).some((alias) => namesMatch(actor.name_en!, alias))) return true;
  if (TWO_LETTER_KEY.test(key) && actor.country != null && actor.country === def.country) {
    return actor.kind != null && STATE_KINDS.has(actor.kind);
  }
  return false;
}

/** Rule (1): type, country and at least one actor. */
export function eventFits(pred: PredictedEvent, gold: GoldEvent, actors: Record<string, GoldActor>): boolean {
  if (!gold.type.includes(pred.type)) return false;
  const countries = gold.location?.country;
  if (countries && countries.length > 0) {
    const predicted = pred.location?.country ?? null;
    if (!countries.includes(predicted)) return false;
  }
  const keys = [...(gold.actors?.actor1 ?? []), ...(gold.actors?.actor2 ?? [])];
  if (keys.length === 0) return true;
  return (pred.actors ?? []).some((actor) => keys.some((key) => actorMatchesKey(actor, key, actors[key])));
}

const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Equal values, or a month value against a day in that month (either side). */
export function dateValuesMatch(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  if (predicted === gold) return true;
  if (MONTH.test(predicted) && DAY.test(gold)) return gold.startsWith(`${predicted}-`);
  if (MONTH.test(gold) && DAY.test(predicted)) return predicted.startsWith(`${gold}-`);
  return false;
}

/** Rule (3): each field the gold event gives, judged on a paired prediction. Fields the key omits are not scored. */
export function scoreFields(pred: PredictedEvent, gold: GoldEvent): Partial<Record<FieldName, boolean>> {
  const result: Partial<Record<FieldName, boolean>> = {};
  if (gold.date && "value" in gold.date) {
    const predicted = pred.date?.value ?? null;
    result.date = asList(gold.date.value).some((value) => dateValuesMatch(predicted, value ?? null));
  }
  if (gold.fatalities && "value" in gold.fatalities) {
    const predicted = pred.fatalities?.value ?? null;
    result.fatalities = asList(gold.fatalities.value).some((value) => (value ?? null) === predicted);
  }
  if (gold.modality) {
    const allowed = Array.isArray(gold.modality) ? gold.modality : (gold.modality[pred.type] ?? []);
    result.modality = pred.modality !== undefined && allowed.includes(pred.modality);
  }
  if (gold.attribution) {
    const sources = (pred.attribution ?? []).map((s) => s.name_ar ?? "").filter((s) => s.length > 0);
    result.attribution =
      gold.attribution.length === 0
        ? sources.length === 0
        : sources.some((source) => gold.attribution!.some((name) => namesMatch(source, name)));
  }
  if (gold.location?.name_en) {
    const prefix = gold.location.name_en.slice(0, 5).toLowerCase();
    result.location = (pred.location?.name_en ?? "").toLowerCase().startsWith(prefix);
  }
  return result;
}

export function emptyFieldCounts(): FieldCounts {
  return Object.fromEntries(FIELD_NAMES.map((f) => [f, { correct: 0, total: 0 }])) as FieldCounts;
}

// Weights make one maximum-weight matching lexicographic: first the most predictions paired with scored gold
// events (rule 2), then the most left-overs absorbed by optional events, then the best field agreement.
const PAIR_WEIGHT = 1_000_000;
const ABSORB_WEIGHT = 1_000;

/** Scored gold events found: paired, or credited through a paired partner's `merge_with`. */
function countFound(
  assignment: number[],
  scored: GoldEvent[],
  fitsGold: (pi: number, g: GoldEvent) => boolean,
) {
  const pairOf = new Map<string, number>();
  assignment.forEach((col, pi) => {
    if (col >= 0 && col < scored.length) pairOf.set(scored[col].id, pi);
  });
  return scored.filter(
    (gold) =>
      pairOf.has(gold.id) ||
      scored.some((other) => {
        const pi = pairOf.get(other.id);
        return pi !== undefined && (other.merge_with ?? []).includes(gold.id) && fitsGold(pi, gold);
      }),
  ).length;
}

/**
 * Among maximum matchings, prefer one that credits merge partners: a prediction paired with one of two
 * merged events, while a third event only it fits goes missing, moves to the third when the first stays
 * found through its partner. Single moves, repeated until none helps; the pair count never changes.
 */
function improveMergeCredit(
  assignment: number[],
  scored: GoldEvent[],
  fitsGold: (pi: number, g: GoldEvent) => boolean,
): number[] {
  const current = [...assignment];
  let best = countFound(current, scored, fitsGold);
  let improved = true;
  while (improved) {
    improved = false;
    for (let pi = 0; pi < current.length && !improved; pi++) {
      if (current[pi] < 0 || current[pi] >= scored.length) continue;
      for (let col = 0; col < scored.length && !improved; col++) {
        if (current.includes(col) || !fitsGold(pi, scored[col])) continue;
        const trial = [...current];
        trial[pi] = col;
        const found = countFound(trial, scored, fitsGold);
        if (found > best) {
          current[pi] = col;
          best = found;
          improved = true;
        }
      }
    }
  }
  return current;
}

/** Scores one article's predictions against its answer key. */
export function scoreDocument(
  key: GoldKey,
  predictions: PredictedEvent[],
  id = key.id ?? key.file ?? "",
): DocumentScore {
  const scored = key.events.filter((e) => !e.optional);
  const optional = key.events.filter((e) => e.optional);
  const fits = predictions.map((p) => key.events.map((g) => eventFits(p, g, key.actors)));
  const fitsGold = (pi: number, g: GoldEvent): boolean => fits[pi][key.events.indexOf(g)];

  const weights = predictions.map((p, pi) => [
    ...scored.map((g) => {
      if (!fitsGold(pi, g)) return 0;
      const fields = Object.values(scoreFields(p, g)).filter(Boolean).length;
      return PAIR_WEIGHT + fields;
    }),
    ...optional.map((g) => (fitsGold(pi, g) ? ABSORB_WEIGHT : 0)),
  ]);
  const assignment = improveMergeCredit(maxWeightMatching(weights), scored, fitsGold);

  const pairOf = new Map<string, number>();
  const pairs: PairDetail[] = [];
  const absorbedBy: { gold: string; prediction: number }[] = [];
  const duplicateIndices: number[] = [];
  const spuriousIndices: number[] = [];
  const fields = emptyFieldCounts();
  predictions.forEach((pred, pi) => {
    const col = assignment[pi];
    if (col >= 0 && col < scored.length) {
      const gold = scored[col];
      pairOf.set(gold.id, pi);
      const judged = scoreFields(pred, gold);
      for (const [name, ok] of Object.entries(judged) as [FieldName, boolean][]) {
        fields[name].total += 1;
        if (ok) fields[name].correct += 1;
      }
      pairs.push({ gold: gold.id, prediction: pi, fields: judged });
    } else if (col >= scored.length) {
      absorbedBy.push({ gold: optional[col - scored.length].id, prediction: pi });
    } else if (scored.some((g) => fitsGold(pi, g))) {
      duplicateIndices.push(pi);
    } else {
      spuriousIndices.push(pi);
    }
  });

  // A gold event listed in a paired event's merge_with is found when that pair's prediction also fits it.
  const mergedIds: string[] = [];
  const missedIds: string[] = [];
  for (const gold of scored) {
    if (pairOf.has(gold.id)) continue;
    const viaPartner = scored.some((other) => {
      const pi = pairOf.get(other.id);
      return pi !== undefined && (other.merge_with ?? []).includes(gold.id) && fitsGold(pi, gold);
    });
    (viaPartner ? mergedIds : missedIds).push(gold.id);
  }

  return {
    id,
    gold: scored.length,
    optional: optional.length,
    predicted: predictions.length,
    paired: pairs.length,
    merged: mergedIds.length,
    absorbed: absorbedBy.length,
    duplicates: duplicateIndices.length,
    spurious: spuriousIndices.length,
    missed: missedIds.length,
    fields,
    pairs,
    mergedIds,
    missedIds,
    absorbedBy,
    duplicateIndices,
    spuriousIndices,
  };
}

/** Micro-average: counts summed over articles. */
export function sumCounts(scores: EventCounts[]): EventCounts {
  const total: EventCounts = {
    gold: 0,
    optional: 0,
    predicted: 0,
    paired: 0,
    merged: 0,
    absorbed: 0,
    duplicates: 0,
    spurious: 0,
    missed: 0,
    fields: emptyFieldCounts(),
  };
  for (const s of scores) {
    total.gold += s.gold;
    total.optional += s.optional;
    total.predicted += s.predicted;
    total.paired += s.paired;
    total.merged += s.merged;
    total.absorbed += s.absorbed;
    total.duplicates += s.duplicates;
    total.spurious += s.spurious;
    total.missed += s.missed;
    for (const f of FIELD_NAMES) {
      total.fields[f].correct += s.fields[f].correct;
      total.fields[f].total += s.fields[f].total;
    }
  }
  return total;
}

/**
 * Precision: paired predictions over predictions that count (absorbed ones do not; duplicates and spurious
 * ones do). Recall: gold events found (paired or merged) over scored gold events. An empty side scores 1.
 */
export function rates(c: EventCounts): Rates {
  const counted = c.paired + c.duplicates + c.spurious;
  const precision = counted === 0 ? 1 : c.paired / counted;
  const recall = c.gold === 0 ? 1 : (c.paired + c.merged) / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fieldAccuracy = Object.fromEntries(
    FIELD_NAMES.map((f) => [f, c.fields[f].total === 0 ? null : c.fields[f].correct / c.fields[f].total]),
  ) as Record<FieldName, number | null>;
  const correct = FIELD_NAMES.reduce((n, f) => n + c.fields[f].correct, 0);
  const total = FIELD_NAMES.reduce((n, f) => n + c.fields[f].total, 0);
  return { precision, recall, f1, fieldAccuracy, overallFieldAccuracy: total === 0 ? null : correct / total };
}

/** Checks an answer key's shape and that every actor key its events use is defined; names the problem. */
export function parseGoldKey(value: unknown, label: string): GoldKey {
  const fail = (why: string): never => {
    throw new EvalInputError(`${label}: not a valid answer key: ${why}`);
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail("expected a JSON object");
  const key = value as Record<string, unknown>;
  if (!Array.isArray(key.events)) fail('missing "events" array');
  const actors = (key.actors ?? {}) as Record<string, GoldActor>;
  if (typeof actors !== "object" || Array.isArray(actors)) fail('"actors" must be an object of actor keys');
  for (const [name, def] of Object.entries(actors)) {
    if (!def || !Array.isArray(def.aliases_ar)) fail(`actor "${name}" needs an "aliases_ar" list`);
  }
  const ids = new Set<string>();
  for (const [i, raw] of (key.events as unknown[]).entries()) {
    const event = raw as GoldEvent;
    const where = `event ${i}${event && typeof event.id === "string" ? ` (${event.id})` : ""}`;
    if (typeof event !== "object" || event === null) fail(`${where} is not an object`);
    if (typeof event.id !== "string") fail(`${where} has no string "id"`);
    if (ids.has(event.id)) fail(`${where}: duplicate id`);
    ids.add(event.id);
    if (!Array.isArray(event.type) || event.type.length === 0) fail(`${where} needs a non-empty "type" list`);
    for (const role of ["actor1", "actor2"] as const) {
      for (const k of event.actors?.[role] ?? []) {
        if (!(k in actors)) fail(`${where} uses actor key "${k}", which "actors" does not define`);
      }
    }
  }
  for (const event of key.events as GoldEvent[]) {
    for (const other of event.merge_with ?? []) {
      if (!ids.has(other)) fail(`event ${event.id} merges with unknown event "${other}"`);
    }
  }
  return { ...(key as object), actors, events: key.events as GoldEvent[] } as GoldKey;
}

/** Checks that a document (the output contract) has an `events` list whose items have a `type`. */
export function parsePredictedEvents(value: unknown, label: string): PredictedEvent[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new EvalInputError(`${label}: expected a document object with "events"`);
  }
  const events = (value as { events?: unknown }).events;
  if (!Array.isArray(events)) throw new EvalInputError(`${label}: missing "events" array`);
  events.forEach((e, i) => {
    if (typeof e !== "object" || e === null || typeof (e as { type?: unknown }).type !== "string") {
      throw new EvalInputError(`${label}: event ${i} has no string "type"`);
    }
  });
  return events as PredictedEvent[];
}
