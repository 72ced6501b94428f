// `marsad train events`: rebuilds data/events/confidence-model.json from the dev answer keys (deterministic).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createAnalyser } from "../../analyse.ts";
import { rates } from "../../eval/events.ts";
import { loadGold } from "../../eval/events-io.ts";
import { EVENTS_DEV_DIR, EVENTS_DEV2_DIR } from "../../eval/events-set.ts";
import { sharedDir } from "../../paths.ts";
import { CONFIDENCE_MODEL_PATH, parseConfidenceModel } from "../confidence.ts";
import { loadConfidenceCues } from "../confidence-features.ts";
import { loadEventLexicon } from "../lexicon.ts";
import { collectExamples, filteredCounts, probabilities, trainConfidenceModel } from "./confidence-train.ts";

type Write = (s: string) => void;

export interface TrainEventsOptions {
  out?: string;
  folds?: string;
  seed?: string;
  /** Skip the nested cross-validation (faster; the model is the same). */
  nested?: boolean;
}

const pct = (x: number) => x.toFixed(3);

export async function trainEventsCommand(
  options: TrainEventsOptions = {},
  write: Write = (s) => process.stdout.write(s),
): Promise<void> {
  const k = Number(options.folds ?? 5);
  const seed = Number(options.seed ?? 1);
  if (!Number.isInteger(k) || k < 2)
    throw new Error(`--folds must be an integer of at least 2, not ${options.folds}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${options.seed}`);
  // the candidates as the rules give them: no confidence, no filter
  const analyse = await createAnalyser({ events: { confidence: null } });
  const res = { lexicon: loadEventLexicon(), cues: loadConfidenceCues() };
  const dev = loadGold(EVENTS_DEV_DIR);
  const golds = [...dev, ...loadGold(EVENTS_DEV2_DIR)];
  const articles = collectExamples(golds, analyse, res);
  const { file, choice, folds } = trainConfidenceModel(articles, {
    k,
    seed,
    nested: options.nested !== false,
  });
  const out = options.out ?? CONFIDENCE_MODEL_PATH;
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);

  const t = file.trainedOn as { articles: number; positive: number; negative: number; leftOut: number };
  write(
    `events confidence: ${t.articles} dev articles, ${t.positive} positive, ${t.negative} negative, ${t.leftOut} left out (absorbed by optional events)\n`,
  );
  write(
    `chosen by ${k}-fold CV (3 seeded repeats): lambda ${choice.lambda} (log-loss ${pct(choice.logLoss)}), threshold ${choice.threshold} (F1 ${pct(choice.f1)})\n`,
  );
  if (folds.length) {
    write("nested cross-validation (held-out folds; the honest figure):\n");
    for (const f of folds) {
      const a = rates(f.without);
      const b = rates(f.with);
      write(
        `  fold ${f.fold}: ${f.articles} articles, lambda ${f.lambda} threshold ${f.threshold}: without P ${pct(a.precision)} R ${pct(a.recall)} F1 ${pct(a.f1)} → with P ${pct(b.precision)} R ${pct(b.recall)} F1 ${pct(b.f1)}\n`,
      );
    }
    const nested = (file.crossValidation as { nested: Record<string, Record<string, number>> }).nested;
    for (const side of ["without", "with"] as const) {
      const s = nested[side];
      write(
        `  pooled ${side.padEnd(7)}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${s.predicted} predicted, ${s.spurious} spurious, ${s.duplicates} duplicates)\n`,
      );
    }
  }
  // in-sample figures of the shipped model, and the seed article, which must keep every event
  const model = parseConfidenceModel(file);
  const lm = { weights: model.weights, bias: model.bias };
  for (const [name, part] of [
    ["dev", articles.slice(0, dev.length)],
    ["dev2", articles.slice(dev.length)],
  ] as const) {
    const before = rates(
      filteredCounts(
        part,
        part.map((a) => a.events.map(() => 1)),
        0,
      ),
    );
    const after = rates(
      filteredCounts(
        part,
        part.map((a) => probabilities(lm, a)),
        model.threshold,
      ),
    );
    write(
      `in-sample ${name} (trained on it): P ${pct(before.precision)} R ${pct(before.recall)} F1 ${pct(before.f1)} → P ${pct(after.precision)} R ${pct(after.recall)} F1 ${pct(after.f1)}\n`,
    );
  }
  const seedGold = loadGold(join(sharedDir(), "seed/libya-2014-08-02.gold.json"));
  const [seedArticle] = collectExamples(seedGold, analyse, res);
  if (seedArticle) {
    const p = probabilities(lm, seedArticle);
    const low = p.filter((x) => x < model.threshold).length;
    write(
      `seed article: confidences ${p.map((x) => x.toFixed(2)).join(" ")}; ${low ? `${low} UNDER the threshold` : "all kept"}\n`,
    );
  }
  const top = Object.entries(file.weights)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 12)
    .map(([n, w]) => `${n} ${w > 0 ? "+" : ""}${w.toFixed(2)}`);
  write(`largest weights: ${top.join(", ")}\n`);
  write(`wrote ${out}\n`);
}
