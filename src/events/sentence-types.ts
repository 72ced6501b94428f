// A sentence-level event-type model: for each sentence of an article, the probability that an analyst's answer key
// has an event of each type told in it. One L2 logistic regression per type (one-vs-rest: a sentence may tell
// several events) over the sentence's hashed bare words and word pairs (lexical-features.ts), trained from the
// answer keys' `sentences`. Not wired into the pipeline: as a feature of the confidence model (p(event's type | its
// sentence)) it did not pass leave-one-batch-out cross-validation in session 7 (README, "Event confidence"); it is
// kept, tested, for re-typing or proposing events, which were not measured. A trained model would be written with
// sentenceModelToFile to SENTENCE_TYPES_MODEL_PATH.
//
// Labels: a sentence is positive for a type when a scored (non-optional) gold event of that type lists it in
// `sentences`; negative when no gold event of that type lists it. A sentence that only an optional event of the
// type lists is left out for that type: the annotator accepts such an event but does not require it, so it is
// neither a sentence that tells a required event nor one that tells none.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Doc, EVENT_TYPES, type EventType } from "../doc/types.ts";
import type { GoldKey } from "../eval/events.ts";
import { dataDir } from "../paths.ts";
import { sentenceLexicalFeatures } from "./lexical-features.ts";
import { type LogisticModel, predictSparse, trainSparseLogistic } from "./logistic.ts";

export const SENTENCE_TYPES_MODEL_PATH = join(dataDir, "events/sentence-types-model.json");

/** The event types the sentence model scores (OTHER has too few sentences to learn). */
export const SENTENCE_TYPES: readonly EventType[] = EVENT_TYPES.filter((t) => t !== "OTHER");

export interface SentenceTypeModel {
  /** Hash buckets of the sentence features. */
  size: number;
  /** Per type: bias and weights by bucket (dense, length `size`). */
  types: Map<string, LogisticModel>;
}

/** One article's sentences for training: hashed features, and per type 1 / 0 / null (left out). */
export interface SentenceExamples {
  batch: string;
  features: number[][];
  labels: Map<string, (0 | 1 | null)[]>;
}

/** Per type, each sentence's label from an answer key (see the header for optional events). */
export function sentenceLabels(key: GoldKey, sentences: number): Map<string, (0 | 1 | null)[]> {
  const labels = new Map<string, (0 | 1 | null)[]>();
  for (const type of SENTENCE_TYPES) labels.set(type, new Array<0 | 1 | null>(sentences).fill(0));
  for (const optionalPass of [true, false])
    for (const e of key.events) {
      if ((e.optional ?? false) !== optionalPass) continue;
      for (const type of e.type) {
        const row = labels.get(type);
        if (!row) continue;
        for (const s of e.sentences ?? []) if (s >= 0 && s < sentences) row[s] = optionalPass ? null : 1;
      }
    }
  return labels;
}

export function sentenceExamples(doc: Doc, key: GoldKey, size: number, batch = ""): SentenceExamples {
  const features = sentenceLexicalFeatures(doc, size);
  return { batch, features, labels: sentenceLabels(key, features.length) };
}

/** Fits one model per type on the articles' sentences, with L2 penalty `lambda` on every weight. */
export function trainSentenceTypes(
  articles: SentenceExamples[],
  size: number,
  lambda: number,
): SentenceTypeModel {
  const types = new Map<string, LogisticModel>();
  const penalty = new Array<number>(size).fill(lambda);
  for (const type of SENTENCE_TYPES) {
    const rows: { index: number[] }[] = [];
    const y: number[] = [];
    for (const a of articles) {
      const labels = a.labels.get(type) ?? [];
      a.features.forEach((f, s) => {
        const l = labels[s];
        if (l === null || l === undefined) return;
        rows.push({ index: f });
        y.push(l);
      });
    }
    if (!y.some((v) => v === 1)) {
      types.set(type, { weights: new Array<number>(size).fill(0), bias: -10 });
      continue;
    }
    types.set(type, trainSparseLogistic(rows, y, { size, penalty }));
  }
  return { size, types };
}

/** Per sentence, the probability of each type (a map type → p). */
export function sentenceTypeProbabilities(doc: Doc, model: SentenceTypeModel): Map<string, number>[] {
  return sentenceLexicalFeatures(doc, model.size).map((f) => predictSentence(model, f));
}

export function predictSentence(model: SentenceTypeModel, features: number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [type, m] of model.types) out.set(type, predictSparse(m, { index: features }));
  return out;
}

/** The shipped file: per type a bias and the non-zero weights by bucket. */
export interface SentenceTypeModelFile {
  description?: string;
  size: number;
  lambda: number;
  types: Record<string, { bias: number; weights: Record<string, number> }>;
  [extra: string]: unknown;
}

export function sentenceModelToFile(
  model: SentenceTypeModel,
  lambda: number,
  description = "",
): SentenceTypeModelFile {
  const types: SentenceTypeModelFile["types"] = {};
  for (const [type, m] of model.types) {
    const weights: Record<string, number> = {};
    m.weights.forEach((w, j) => {
      const r = Math.round(w * 1e4) / 1e4;
      if (r !== 0) weights[j] = r;
    });
    types[type] = { bias: Math.round(m.bias * 1e4) / 1e4, weights };
  }
  return { description, size: model.size, lambda, types };
}

export function parseSentenceTypeModel(file: SentenceTypeModelFile): SentenceTypeModel {
  if (typeof file.size !== "number" || !file.types) throw new Error("sentence-type model: malformed file");
  const types = new Map<string, LogisticModel>();
  for (const [type, t] of Object.entries(file.types)) {
    const weights = new Array<number>(file.size).fill(0);
    for (const [j, w] of Object.entries(t.weights)) weights[Number(j)] = w;
    types.set(type, { weights, bias: t.bias });
  }
  return { size: file.size, types };
}

export function loadSentenceTypeModel(path = SENTENCE_TYPES_MODEL_PATH): SentenceTypeModel | null {
  if (!existsSync(path)) return null;
  return parseSentenceTypeModel(JSON.parse(readFileSync(path, "utf8")) as SentenceTypeModelFile);
}
