// Why a gold event was missed: the closest prediction of the same article and the matching conditions it fails
// (type, country, actor), with the predicted and the gold values side by side. Pure: the caller gives the
// article's sentence spans (to place each prediction's trigger) or null when the text is unknown.

import {
  actorMatchesKey,
  type DocumentScore,
  type FieldName,
  type GoldEvent,
  type GoldKey,
  type PredictedEvent,
} from "./events.ts";

export interface FailedConditions {
  type?: { predicted: string; gold: string[] };
  country?: { predicted: string | null; gold: (string | null)[] };
  /** Predicted actors as "role:name_ar" and gold actor keys with their first Arabic alias. */
  actor?: { predicted: string[]; gold: string[] };
}

export interface NearMiss {
  gold: string;
  /** Index of the closest prediction, or null when the article has none. */
  prediction: number | null;
  /** What became of that prediction: unpaired (duplicate, spurious, absorbed) or paired with another gold event. */
  status: "spurious" | "duplicate" | "absorbed" | "paired" | null;
  /** The gold event it is paired with or absorbed by, when it is. */
  pairedWith: string | null;
  /** Sentence index of the prediction's trigger (null when unknown). */
  sentence: number | null;
  /** Whether that sentence is one of the gold event's `sentences`. */
  sameSentence: boolean;
  /** Empty when the prediction fits the gold event (it was then taken by another pairing). */
  failed: FailedConditions;
}

interface Span {
  start: number;
  end: number;
}

type Actor = NonNullable<PredictedEvent["actors"]>[number];

function sentenceIndex(offset: number | undefined, sentences: Span[] | null): number | null {
  if (offset === undefined || sentences === null) return null;
  const i = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? null : i;
}

function describeActor(actor: Actor): string {
  const name = actor.name_ar ?? actor.name_en ?? "?";
  const extra = [actor.kind, actor.country].filter((x) => x != null).join(",");
  return `${actor.role ?? "actor"}:${name}${extra ? `(${extra})` : ""}`;
}

/** The matching conditions of `eventFits` that `pred` fails against `gold`, each with both sides' values. */
export function failedConditions(pred: PredictedEvent, gold: GoldEvent, key: GoldKey): FailedConditions {
  const failed: FailedConditions = {};
  if (!gold.type.includes(pred.type)) failed.type = { predicted: pred.type, gold: gold.type };
  const countries = gold.location?.country;
  const predictedCountry = pred.location?.country ?? null;
  if (countries && countries.length > 0 && !countries.includes(predictedCountry)) {
    failed.country = { predicted: predictedCountry, gold: countries };
  }
  const keys = [...(gold.actors?.actor1 ?? []), ...(gold.actors?.actor2 ?? [])];
  const actors = pred.actors ?? [];
  if (keys.length > 0 && !actors.some((a) => keys.some((k) => actorMatchesKey(a, k, key.actors[k])))) {
    failed.actor = {
      predicted: actors.map(describeActor),
      gold: keys.map((k) => `${k}:${key.actors[k]?.aliases_ar[0] ?? "?"}`),
    };
  }
  return failed;
}

function statusOf(score: DocumentScore, pi: number): Pick<NearMiss, "status" | "pairedWith"> {
  const pair = score.pairs.find((p) => p.prediction === pi);
  if (pair) return { status: "paired", pairedWith: pair.gold };
  const absorbed = score.absorbedBy.find((a) => a.prediction === pi);
  if (absorbed) return { status: "absorbed", pairedWith: absorbed.gold };
  if (score.duplicateIndices.includes(pi)) return { status: "duplicate", pairedWith: null };
  return { status: "spurious", pairedWith: null };
}

/**
 * For each missed scored gold event, the closest prediction: unpaired ones first, then one in a sentence of the
 * gold event, then the fewest failed conditions, then the nearest sentence. A prediction paired with another
 * gold event is named only when no unpaired one exists.
 */
export function explainMisses(
  key: GoldKey,
  predictions: PredictedEvent[],
  score: DocumentScore,
  sentences: Span[] | null,
): NearMiss[] {
  const byId = new Map(key.events.map((e) => [e.id, e]));
  const sentenceOf = predictions.map((p) => sentenceIndex(p.trigger?.start, sentences));
  return score.missedIds.map((id) => {
    const gold = byId.get(id)!;
    const goldSentences = gold.sentences ?? [];
    const ranked = predictions
      .map((pred, pi) => {
        const failed = failedConditions(pred, gold, key);
        const sentence = sentenceOf[pi];
        const sameSentence = sentence !== null && goldSentences.includes(sentence);
        const distance =
          sentence === null || goldSentences.length === 0
            ? Number.POSITIVE_INFINITY
            : Math.min(...goldSentences.map((s) => Math.abs(s - sentence)));
        return { pi, failed, sentence, sameSentence, distance, ...statusOf(score, pi) };
      })
      .sort(
        (a, b) =>
          Number(a.status === "paired") - Number(b.status === "paired") ||
          Number(b.sameSentence) - Number(a.sameSentence) ||
          Object.keys(a.failed).length - Object.keys(b.failed).length ||
          a.distance - b.distance ||
          a.pi - b.pi,
      );
    const best = ranked[0];
    if (!best) {
      return {
        gold: id,
        prediction: null,
        status: null,
        pairedWith: null,
        sentence: null,
        sameSentence: false,
        failed: {},
      };
    }
    return {
      gold: id,
      prediction: best.pi,
      status: best.status,
      pairedWith: best.pairedWith,
      sentence: best.sentence,
      sameSentence: best.sameSentence,
      failed: best.failed,
    };
  });
}

/** One readable line for a near miss, e.g. `E3 ← #5 spurious s2 (same sentence): country SY ≠ IQ; actor …`. */
export function formatNearMiss(miss: NearMiss, gold?: GoldEvent): string {
  const summary = gold?.summary ? ` "${gold.summary}"` : "";
  const where = gold?.sentences?.length ? ` [s${gold.sentences.join(",")}]` : "";
  if (miss.prediction === null) return `${miss.gold}${where}${summary}: no prediction in the article`;
  const status = miss.pairedWith ? `${miss.status} with ${miss.pairedWith}` : miss.status;
  const sentence =
    miss.sentence === null ? "" : ` s${miss.sentence}${miss.sameSentence ? " (same sentence)" : ""}`;
  const f = miss.failed;
  const reasons = [
    f.type ? `type ${f.type.predicted} ∉ ${f.type.gold.join("/")}` : "",
    f.country
      ? `country ${f.country.predicted ?? "null"} ∉ ${f.country.gold.map((c) => c ?? "null").join("/")}`
      : "",
    f.actor ? `actor [${f.actor.predicted.join("; ") || "none"}] ≠ [${f.actor.gold.join("; ")}]` : "",
  ].filter((s) => s.length > 0);
  const why = reasons.length > 0 ? reasons.join("; ") : "fits, but taken by another pairing";
  return `${miss.gold}${where}${summary} ← #${miss.prediction} ${status}${sentence}: ${why}`;
}

/** One readable line for a prediction: type, trigger, sentence, actors and country, e.g. for spurious ones. */
export function describePrediction(pred: PredictedEvent, pi: number, sentences: Span[] | null): string {
  const sentence = sentenceIndex(pred.trigger?.start, sentences);
  const trigger = pred.trigger?.text ? ` «${pred.trigger.text}»` : "";
  const actors = (pred.actors ?? []).map(describeActor).join("; ") || "no actor";
  const country = pred.location?.country ?? "null";
  const modality = pred.modality ? ` ${pred.modality}` : "";
  return `#${pi} ${pred.type}${trigger}${sentence === null ? "" : ` s${sentence}`}${modality} [${actors}] ${country}`;
}

/** For a paired event, each wrong field with the predicted value and the key's readings. */
export function describeWrongFields(
  pred: PredictedEvent,
  gold: GoldEvent,
  fields: Partial<Record<FieldName, boolean>>,
): string[] {
  const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const show = (v: unknown): string => (v === null || v === undefined ? "null" : String(v));
  const out: string[] = [];
  for (const [name, ok] of Object.entries(fields) as [FieldName, boolean][]) {
    if (ok) continue;
    let predicted: string;
    let expected: string;
    if (name === "date") {
      predicted = show(pred.date?.value);
      expected = list(gold.date?.value).map(show).join(" | ");
    } else if (name === "fatalities") {
      predicted = show(pred.fatalities?.value);
      expected = list(gold.fatalities?.value).map(show).join(" | ");
    } else if (name === "modality") {
      predicted = show(pred.modality);
      const allowed = Array.isArray(gold.modality) ? gold.modality : (gold.modality?.[pred.type] ?? []);
      expected = allowed.join(" | ");
    } else if (name === "attribution") {
      predicted = (pred.attribution ?? []).map((s) => s.name_ar ?? "?").join(" > ") || "none";
      expected = (gold.attribution ?? []).join(" | ") || "none";
    } else {
      predicted = `${show(pred.location?.name_en)} (${show(pred.location?.country)})`;
      expected = show(gold.location?.name_en);
    }
    out.push(`${name} ${predicted} ≠ ${expected}`);
  }
  return out;
}
