// Entity-level scoring as conlleval does it: a predicted chunk counts only when its type and both boundaries
// match a gold chunk exactly.
import { chunks, type TaggedSentence } from "./conll.ts";

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  found: number;
  correct: number;
}

export interface Evaluation {
  tokens: number;
  accuracy: number;
  overall: TypeScore;
  byType: Record<string, TypeScore>;
}

function score(gold: number, found: number, correct: number): TypeScore {
  const precision = found ? (100 * correct) / found : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, found, correct };
}

export class EvaluationInputError extends Error {}

export function evaluate(gold: TaggedSentence[], predicted: TaggedSentence[]): Evaluation {
  if (gold.length !== predicted.length) {
    throw new EvaluationInputError(`gold has ${gold.length} sentences, prediction has ${predicted.length}`);
  }
  const counts = new Map<string, { gold: number; found: number; correct: number }>();
  const bump = (type: string, key: "gold" | "found" | "correct") => {
    const c = counts.get(type) ?? { gold: 0, found: 0, correct: 0 };
    c[key]++;
    counts.set(type, c);
  };
  let tokens = 0;
  let right = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s].tags;
    const p = predicted[s].tags;
    if (g.length !== p.length) {
      throw new EvaluationInputError(
        `sentence ${s + 1}: gold has ${g.length} tokens, prediction has ${p.length}`,
      );
    }
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) right++;
    const goldChunks = chunks(g);
    const key = (c: { type: string; start: number; end: number }) => `${c.type}:${c.start}:${c.end}`;
    const goldKeys = new Set(goldChunks.map(key));
    for (const c of goldChunks) bump(c.type, "gold");
    for (const c of chunks(p)) {
      bump(c.type, "found");
      if (goldKeys.has(key(c))) bump(c.type, "correct");
    }
  }
  const byType: Record<string, TypeScore> = {};
  let tg = 0;
  let tf = 0;
  let tc = 0;
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType[type] = score(c.gold, c.found, c.correct);
    tg += c.gold;
    tf += c.found;
    tc += c.correct;
  }
  return { tokens, accuracy: tokens ? (100 * right) / tokens : 0, overall: score(tg, tf, tc), byType };
}

const pct = (x: number) => x.toFixed(2).padStart(6);

export function formatEvaluation(e: Evaluation): string {
  const o = e.overall;
  const lines = [
    `processed ${e.tokens} tokens with ${o.gold} phrases; found: ${o.found} phrases; correct: ${o.correct}.`,
    `accuracy: ${pct(e.accuracy)}%; precision: ${pct(o.precision)}%; recall: ${pct(o.recall)}%; FB1: ${pct(o.f1)}`,
  ];
  for (const [type, s] of Object.entries(e.byType)) {
    lines.push(
      `${type.padStart(17)}: precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}  ${s.found}`,
    );
  }
  return lines.join("\n") + "\n";
}
