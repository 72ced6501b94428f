// `marsad eval events GOLD [PRED] [--run [--no-filter]] [--json] [--details]`

import {
  type DocumentScore,
  EvalInputError,
  type EventCounts,
  FIELD_NAMES,
  type PredictedEvent,
  parsePredictedEvents,
  type Rates,
} from "../../eval/events.ts";
import {
  goldArticleText,
  joinPredictions,
  type LoadedGold,
  loadGold,
  loadPredictionDocs,
} from "../../eval/events-io.ts";
import { predictWithAnalyser, type SetScore, scoreSet } from "../../eval/events-run.ts";
import {
  describePrediction,
  describeWrongFields,
  explainMisses,
  formatNearMiss,
} from "../../eval/near-miss.ts";
import { splitSentences } from "../../text/sentences.ts";

export interface EvalEventsOptions {
  run?: boolean;
  json?: boolean;
  details?: boolean;
  /** false with `--no-filter`: the confidence filter is off (every candidate event kept). */
  filter?: boolean;
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
  if (options.filter === false && !options.run)
    throw new EvalInputError("--no-filter needs --run (a predictions file has no filter to switch off)");
  const golds = loadGold(goldPath);
  const predictions = options.run
    ? await predictWithAnalyser(golds, { keepAll: options.filter === false })
    : joinPredictions(golds, loadPredictionDocs(predPath!)).map((doc, i) =>
        parsePredictedEvents(doc, `${predPath} (document for ${golds[i].id})`),
      );
  const score = scoreSet(golds, predictions);
  const explained = options.details ? explainSet(golds, predictions, score) : undefined;
  write(
    options.json
      ? `${JSON.stringify(explained ? { ...score, explained } : score, null, 2)}\n`
      : formatScore(score, options.details ?? false, explained),
  );
  return score;
}

/** Per article: why each missed gold event was missed, and what each unpaired prediction was (for --details). */
export interface ArticleExplanation {
  misses: string[];
  unpaired: string[];
  wrongFields: string[];
}

function explainSet(
  golds: LoadedGold[],
  predictions: PredictedEvent[][],
  score: SetScore,
): ArticleExplanation[] {
  return golds.map((g, i) => {
    let sentences: { start: number; end: number }[] | null = null;
    try {
      sentences = splitSentences(goldArticleText(g));
    } catch (error) {
      if (!(error instanceof EvalInputError)) throw error;
    }
    const doc = score.documents[i];
    const byId = new Map(g.key.events.map((e) => [e.id, e]));
    const misses = explainMisses(g.key, predictions[i], doc, sentences).map((m) =>
      formatNearMiss(m, byId.get(m.gold)),
    );
    const unpairedIndices = [...doc.duplicateIndices, ...doc.spuriousIndices].sort((a, b) => a - b);
    const unpaired = unpairedIndices.map(
      (pi) =>
        `${doc.duplicateIndices.includes(pi) ? "duplicate" : "spurious"} ${describePrediction(predictions[i][pi], pi, sentences)}`,
    );
    const wrongFields = doc.pairs.flatMap((p) => {
      const wrong = describeWrongFields(predictions[i][p.prediction], byId.get(p.gold)!, p.fields);
      return wrong.length > 0 ? [`${p.gold}←#${p.prediction} ${wrong.join("; ")}`] : [];
    });
    return { misses, unpaired, wrongFields };
  });
}

const pct = (x: number | null): string => (x === null ? "   n/a" : x.toFixed(3).padStart(6));

export function formatScore(score: SetScore, details: boolean, explained?: ArticleExplanation[]): string {
  const { total: c, rates: r } = score;
  const lines: string[] = [];
  if (details) {
    score.documents.forEach((d, i) => {
      lines.push(...formatDocument(d));
      const e = explained?.[i];
      if (e) {
        lines.push(
          ...e.misses.map((m) => `  missed ${m}`),
          ...e.unpaired.map((u) => `  ${u}`),
          ...e.wrongFields.map((w) => `  wrong ${w}`),
        );
      }
    });
  }
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
