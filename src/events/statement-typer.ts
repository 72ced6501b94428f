// A learned statement typer: which reported sentences are accusations, rejections, requests or threats. A
// statement's type is carried by what is said ("قال الوزير إن الحكومة لن تقبل …" rejects with no word رفض), so for a
// sentence the pipeline reads with a report frame whose source is a speaker, one sparse logistic model per type
// weighs hashed features of the whole sentence (bare words after proclitic stripping, adjacent word pairs, the report
// verb). Where a model is sure (p ≥ threshold) and the sentence has no event of that type, the report verb is read
// as a `speech` trigger of that type (stage.ts), so the speaker, modality, date, place and the confidence filter
// work as for any statement trigger. Trained from the answer keys (scripts/statement-typer.ts); README "Events".

import type { EventType } from "../doc/types.ts";
import { bareWord } from "../text/proclitics.ts";
import type { ReportFrame } from "./attribution.ts";
import { hashString } from "./lexical-features.ts";
import type { TriggerEntry } from "./lexicon.ts";
import { type LogisticModel, predictSparse, type SparseRow, trainSparseLogistic } from "./logistic.ts";
import type { TriggerMatch } from "./triggers.ts";
import type { Cues, Word } from "./view.ts";

export const STATEMENT_TYPES: EventType[] = ["ACCUSE", "REJECT", "REQUEST", "THREATEN"];

/** A typer: hashed feature size, one model per statement type, the probability a proposal needs. */
export interface StatementTyper {
  size: number;
  threshold: number;
  /** Feature groups: words (always), pairs of adjacent words, the report verb. */
  pairs: boolean;
  verb: boolean;
  models: Partial<Record<EventType, LogisticModel>>;
}

/** A sentence the typer reads: its words and the report frame it is anchored on. */
export interface StatementSentence {
  words: Word[];
  frame: ReportFrame;
  /** The types of the events the pipeline already reads in the sentence. */
  has?: EventType[];
}

/** The hook the events stage calls for each eligible sentence: the statement types to propose there. */
export type StatementHook = (s: StatementSentence, docId: string, sentence: number) => EventType[];

const keyOf = (w: Word): string => {
  if (w.punct || w.token.kind !== "word") return "";
  const k = bareWord(w.text).key;
  return k.length >= 2 ? k : "";
};

/** The feature strings of a sentence: its bare words, optionally adjacent pairs and the report verb. */
export function statementFeatures(
  s: StatementSentence,
  options: { pairs: boolean; verb: boolean } = { pairs: true, verb: true },
): string[] {
  const out = new Set<string>(["bias"]);
  let prev = "";
  for (const w of s.words) {
    const k = keyOf(w);
    if (!k) {
      prev = "";
      continue;
    }
    out.add(`w|${k}`);
    if (options.pairs && prev) out.add(`b|${prev}|${k}`);
    prev = k;
  }
  const v = s.words[s.frame.at];
  if (options.verb && v) out.add(`v|${keyOf(v)}`);
  return [...out];
}

export const toRow = (features: string[], size: number): SparseRow => {
  const set = new Set<number>();
  for (const f of features) set.add(hashString(f) % size);
  return { index: [...set].sort((a, b) => a - b) };
};

/** One training sentence: its feature strings and, per type, 1, 0, or null (left out: only an optional event). */
export interface StatementExample {
  features: string[];
  labels: Partial<Record<EventType, 0 | 1 | null>>;
}

/** Fits one sparse logistic model per type on the examples labelled for it. */
export function trainStatementTyper(
  examples: StatementExample[],
  options: {
    size: number;
    lambda: number;
    threshold: number;
    pairs: boolean;
    verb: boolean;
    types?: EventType[];
  },
): StatementTyper {
  const models: Partial<Record<EventType, LogisticModel>> = {};
  const rows = examples.map((e) => toRow(e.features, options.size));
  const penalty = new Array<number>(options.size).fill(options.lambda);
  for (const type of options.types ?? STATEMENT_TYPES) {
    const xs: SparseRow[] = [];
    const ys: number[] = [];
    examples.forEach((e, i) => {
      const y = e.labels[type];
      if (y === null || y === undefined) return;
      xs.push(rows[i] as SparseRow);
      ys.push(y);
    });
    if (!ys.some((y) => y === 1) || !ys.some((y) => y === 0)) continue;
    models[type] = trainSparseLogistic(xs, ys, { size: options.size, penalty, maxIterations: 30 });
  }
  return {
    size: options.size,
    threshold: options.threshold,
    pairs: options.pairs,
    verb: options.verb,
    models,
  };
}

/** The probability of each type the typer has a model for. */
export function statementProbabilities(
  typer: StatementTyper,
  s: StatementSentence,
): Partial<Record<EventType, number>> {
  const row = toRow(statementFeatures(s, typer), typer.size);
  const out: Partial<Record<EventType, number>> = {};
  for (const [type, model] of Object.entries(typer.models) as [EventType, LogisticModel][])
    out[type] = predictSparse(model, row);
  return out;
}

/** The hook of a typer: the types it is sure of (p ≥ threshold). */
export function typerHook(typer: StatementTyper): StatementHook {
  return (s) =>
    (Object.entries(statementProbabilities(typer, s)) as [EventType, number][])
      .filter(([, p]) => p >= typer.threshold)
      .map(([t]) => t);
}

const QUESTION = /[؟?]/;
const SPEAKER_KINDS = new Set(["person", "official", "group"]);

/**
 * The report frame a sentence's statement is anchored on: the first frame on a report verb (cue class `report`)
 * whose content follows it and whose source is a speaker (a person, an official, a group — not a medium, not an
 * anonymous source); none for a question or a negated report verb (لم يقل، لا يذكر).
 */
export function statementFrame(words: Word[], frames: ReportFrame[], cues: Cues): ReportFrame | null {
  if (words.some((w) => w.punct && QUESTION.test(w.text))) return null;
  for (const f of frames) {
    const verb = words[f.at];
    if (!verb || !cues.is(verb, "report") || f.contentStart <= f.at) continue;
    const prev = words[f.at - 1];
    if (prev && cues.is(prev, "negation")) continue;
    const source = f.chain[0];
    if (!source || !SPEAKER_KINDS.has(source.kind ?? "")) continue;
    return f;
  }
  return null;
}

/** The report verb of a frame read as a `speech` trigger of a statement type (a synthetic lexicon entry). */
export function statementMatch(words: Word[], frame: ReportFrame, type: EventType): TriggerMatch | null {
  const w = words[frame.at];
  if (!w) return null;
  const r = w.readings.find((x) => !x.det && !x.prep) ?? w.readings[0];
  const key = r?.key ?? keyOf(w);
  if (!key) return null;
  const present = /^[يت]/.test(key) && key.length >= 4;
  const entry: TriggerEntry = {
    type,
    mode: null,
    pos: "verb",
    tense: present ? "present" : "past",
    passive: false,
    words: [key],
    lemma: `statement:${key}`,
    flags: new Set(["speech", "said"]),
    obj: null,
    acled: null,
  };
  return {
    entry,
    first: frame.at,
    last: frame.at + 1,
    fut: false,
    det: false,
    prep: null,
    pron: r?.pron ?? null,
    conj: r?.conj ?? false,
  };
}

/** Serialised typer (weights rounded, zeros dropped): what data/events/statement-typer.json holds. */
export function serialiseTyper(t: StatementTyper): unknown {
  const models: Record<string, { bias: number; weights: Record<string, number> }> = {};
  for (const [type, m] of Object.entries(t.models) as [string, LogisticModel][]) {
    const weights: Record<string, number> = {};
    m.weights.forEach((w, j) => {
      const r = Math.round(w * 1e4) / 1e4;
      if (r !== 0) weights[j] = r;
    });
    models[type] = { bias: Math.round(m.bias * 1e4) / 1e4, weights };
  }
  return { size: t.size, threshold: t.threshold, pairs: t.pairs, verb: t.verb, models };
}

export function parseTyper(raw: {
  size: number;
  threshold: number;
  pairs: boolean;
  verb: boolean;
  models: Record<string, { bias: number; weights: Record<string, number> }>;
}): StatementTyper {
  const models: Partial<Record<EventType, LogisticModel>> = {};
  for (const [type, m] of Object.entries(raw.models)) {
    const weights = new Array<number>(raw.size).fill(0);
    for (const [j, w] of Object.entries(m.weights)) weights[Number(j)] = w;
    models[type as EventType] = { bias: m.bias, weights };
  }
  return { size: raw.size, threshold: raw.threshold, pairs: raw.pairs, verb: raw.verb, models };
}
