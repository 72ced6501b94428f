// `marsad eval events GOLD [PRED] [--run] [--json] [--details]`

import {
  type DocumentScore,
  EvalInputError,
  type EventCounts,
  FIELD_NAMES,
  parsePredictedEvents,
  type Rates,
} from "../../eval/events.ts";
import { joinPredictions, loadGold, loadPredictionDocs } from "../../eval/events-io.ts";
import { predictWithAnalyser, type SetScore, scoreSet } from "../../eval/events-run.ts";

export interface EvalEventsOptions {
  run?: boolean;
  json?: boolean;
  details?: boolean;
}

export async function evalEventsCommand(
  goldPath: string,
  predPath: string | undefined,
  options: EvalEventsOptions,
  write: (s: string) => void = (s) => process.stdout.write(s),
): Promise<SetScore> {
  if (!predPath && !options.run) {
    throw new EvalInputError(
      "give a predictions file (PRED.json / .jsonl) or --run to analyse the gold articles",
    );
  }
  if (predPath && options.run) throw new EvalInputError("give either a predictions file or --run, not both");
  const golds = loadGold(goldPath);
  const predictions = options.run
    ? await predictWithAnalyser(golds)
    : joinPredictions(golds, loadPredictionDocs(predPath!)).map((doc, i) =>
        parsePredictedEvents(doc, `${predPath} (document for ${golds[i].id})`),
      );
  const score = scoreSet(golds, predictions);
  write(options.json ? `${JSON.stringify(score, null, 2)}\n` : formatScore(score, options.details ?? false));
  return score;
}

const pct = (x: number | null): string => (x === null ? "   n/a" : x.toFixed(3).padStart(6));

export function formatScore(score: SetScore, details: boolean): string {
  const { total: c, rates: r } = score;
  const lines: string[] = [];
  if (details) for (const d of score.documents) lines.push(...formatDocument(d));
  lines.push(
    `articles ${score.documents.length}: ${c.gold} gold events (+${c.optional} optional), ${c.predicted} predicted`,
    `events     precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}`,
    `           paired ${c.paired}, merged ${c.merged}, missed ${c.missed}, absorbed ${c.absorbed}, duplicates ${c.duplicates}, spurious ${c.spurious}`,
    ...formatFields(c, r),
  );
  return `${lines.join("\n")}\n`;
}

function formatFields(c: EventCounts, r: Rates): string[] {
  const rows = FIELD_NAMES.map(
    (f) => `  ${f.padEnd(12)} ${pct(r.fieldAccuracy[f])}  (${c.fields[f].correct}/${c.fields[f].total})`,
  );
  const correct = FIELD_NAMES.reduce((n, f) => n + c.fields[f].correct, 0);
  const total = FIELD_NAMES.reduce((n, f) => n + c.fields[f].total, 0);
  return [
    `fields (on paired events)`,
    ...rows,
    `  ${"overall".padEnd(12)} ${pct(r.overallFieldAccuracy)}  (${correct}/${total})`,
  ];
}

function formatDocument(d: DocumentScore): string[] {
  const wrong = d.pairs
    .map((p) => {
      const bad = Object.entries(p.fields)
        .filter(([, ok]) => !ok)
        .map(([f]) => f);
      return bad.length ? `${p.gold}←#${p.prediction} wrong ${bad.join(",")}` : "";
    })
    .filter((s) => s.length > 0);
  const parts = [
    `paired ${d.pairs.map((p) => `${p.gold}←#${p.prediction}`).join(" ") || "-"}`,
    d.mergedIds.length ? `merged ${d.mergedIds.join(" ")}` : "",
    d.missedIds.length ? `missed ${d.missedIds.join(" ")}` : "",
    d.absorbedBy.length ? `absorbed ${d.absorbedBy.map((a) => `${a.gold}←#${a.prediction}`).join(" ")}` : "",
    d.duplicateIndices.length ? `duplicates #${d.duplicateIndices.join(" #")}` : "",
    d.spuriousIndices.length ? `spurious #${d.spuriousIndices.join(" #")}` : "",
    wrong.length ? wrong.join("; ") : "",
  ].filter((s) => s.length > 0);
  return [`${d.id}: ${parts.join(" | ")}`];
}
