// Leave-one-batch-out comparisons of the confidence model's variants on candidates collected once (session 10):
//   node --import tsx scripts/confidence-variants.ts collect        # runs the rules on TRAINING_BATCHES (cache)
//   node --import tsx scripts/confidence-variants.ts shipped        # the shipped model's F1 per batch (MODEL=file: another)
//   node --import tsx scripts/confidence-variants.ts lobo base      # = marsad train events --cross-validate
//     (FAST=1: scripts/confidence-fast-fit.ts, the same fit ~4x faster; ONLY=batch,… OUT_JSONL=file: a part of the run)
//   node --import tsx scripts/confidence-variants.ts lobo feat      # with the TRIED_FEATURE_NAMES features
//   node --import tsx scripts/confidence-variants.ts lobo groups    # a threshold per type group (statements, rest)
//   node --import tsx scripts/confidence-variants.ts lobo lexical   # = marsad train events --cross-validate --lexical
//   node --import tsx scripts/confidence-variants.ts train lexical  # = marsad train events --quick --lexical
//   node --import tsx scripts/confidence-variants.ts stats          # the tried features' labels, TUNE batches only
// The same functions as `marsad train events` (confidence-train.ts); each variant costs ~5 min of CPU, not ~12,
// as the rules run once. The cache holds the rules' candidates of one commit: collect again when the rules change.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { createAnalyser } from "../src/analyse.ts";
import type { DocEvent } from "../src/doc/types.ts";
import { type EventCounts, rates } from "../src/eval/events.ts";
import { goldArticleText, loadGold } from "../src/eval/events-io.ts";
import { CONFIDENCE_MODEL_PATH, parseConfidenceModel } from "../src/events/confidence.ts";
import {
  eventFeatures,
  loadConfidenceCues,
  TRIED_FEATURE_NAMES,
  triedFeatures,
} from "../src/events/confidence-features.ts";
import { eventLexicalFeatures } from "../src/events/lexical-features.ts";
import { loadEventLexicon } from "../src/events/lexicon.ts";
import { LEXICAL_TRIED, TRAINING_BATCHES } from "../src/events/train/command.ts";
import {
  type ArticleExamples,
  batchesOf,
  choose,
  type Fit,
  type FittedModel,
  filteredCounts,
  filteredCountsByBatch,
  fitArticles,
  type HeldOutBatch,
  labelEvents,
  meanRates,
  probabilities,
  splitsFor,
} from "../src/events/train/confidence-train.ts";
import { SPEECH_TYPES } from "../src/events/type-groups.ts";
import { fastFit } from "./confidence-fast-fit.ts";

const CACHE = process.env.CACHE ?? "/tmp/marsad-confidence-examples.json";
type Cached = ArticleExamples & { extra: number[][] };

async function collect() {
  const analyse = await createAnalyser({ events: { confidence: null } });
  const res = { lexicon: loadEventLexicon(), cues: loadConfidenceCues() };
  const out: Cached[] = [];
  for (const dir of TRAINING_BATCHES) {
    for (const g of loadGold(dir)) {
      const doc = analyse({ id: g.id, text: goldArticleText(g), published: g.key.published ?? null });
      const events = doc.events ?? [];
      out.push({
        id: g.id,
        batch: basename(dir),
        key: g.key,
        events,
        features: eventFeatures(doc, events, res),
        extra: triedFeatures(doc, events),
        // the hashed lexical features of `--lexical` (LEXICAL_TRIED has lemma off), for `lobo lexical`
        lexical: eventLexicalFeatures(doc, events, LEXICAL_TRIED),
        labels: labelEvents(g.key, events, g.id),
      });
    }
    process.stderr.write(`collected ${basename(dir)}\n`);
  }
  writeFileSync(CACHE, JSON.stringify(out));
}

const load = (): Cached[] => JSON.parse(readFileSync(CACHE, "utf8"));
const f3 = (x: number) => x.toFixed(3);

/** Group thresholds: probabilities mapped to 0/1 by the group's own threshold, compared against 0.5. */
const SPEECH = (e: DocEvent) => SPEECH_TYPES.has(e.type);
function grouped(a: ArticleExamples, p: number[], tS: number, tO: number): number[] {
  return a.events.map((e, i) => ((p[i] ?? 0) >= (SPEECH(e) ? tS : tO) ? 1 : 0));
}
const SMOOTH = 2;
const GRID = Array.from({ length: 29 }, (_, i) => Math.round((0.05 + i * 0.025) * 1000) / 1000);

/** Per-group thresholds chosen by CV (batch folds): start from the common choice, then each group's own, smoothed. */
function chooseGroups(articles: ArticleExamples[], lambda: number, common: number) {
  const folds = splitsFor(articles)[0] as number[];
  const probs: number[][] = articles.map(() => []);
  for (const f of new Set(folds)) {
    const m = fitArticles(
      articles.filter((_, i) => folds[i] !== f),
      lambda,
    );
    articles.forEach((a, i) => {
      if (folds[i] === f) probs[i] = probabilities(m, a);
    });
  }
  const units = [...new Set(folds)].map((f) => articles.map((_, i) => i).filter((i) => folds[i] === f));
  const f1At = (tS: number, tO: number) => {
    const r = units.map(
      (u) =>
        rates(
          filteredCounts(
            u.map((i) => articles[i] as ArticleExamples),
            u.map((i) => grouped(articles[i] as ArticleExamples, probs[i] ?? [], tS, tO)),
            0.5,
          ),
        ).f1,
    );
    return r.reduce((s, x) => s + x, 0) / r.length;
  };
  const pickOne = (f: (t: number) => number) => {
    const curve = GRID.map(f);
    let best = -1;
    let bt = common;
    for (let i = 0; i < GRID.length; i++) {
      const sl = curve.slice(Math.max(0, i - SMOOTH), i + SMOOTH + 1);
      const s = sl.reduce((a, b) => a + b, 0) / sl.length;
      if (s > best + 1e-9) {
        best = s;
        bt = GRID[i] as number;
      }
    }
    return bt;
  };
  const tS = pickOne((t) => f1At(t, common));
  const tO = pickOne((t) => f1At(tS, t));
  return { tS, tO };
}

/**
 * fitArticles memoised by the training set's batches and the penalty: leave-one-batch-out fits the same set (all
 * batches but b and c) in b's fold and in c's, and the filters keep the articles' order, so the model is the same;
 * this halves the run (session 16: ~35 × 34 × 6 fits on thirty-five batches).
 */
const fitMemo = new Map<string, FittedModel>();
const memoFit: Fit = (train, penalty, lexicalSize = 0) => {
  const key = `${JSON.stringify(penalty)} ${lexicalSize} ${[...new Set(train.map((a) => a.batch))].sort().join(",")}`;
  let m = fitMemo.get(key);
  if (!m) {
    m = process.env.FAST && !lexicalSize ? fastFit(train, penalty) : fitArticles(train, penalty, lexicalSize);
    fitMemo.set(key, m);
  }
  return m;
};

/** ONLY=events-dev4,events-dev9 holds out those batches only (split a run over processes; OUT_JSONL appends each). */
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(",")) : null;

function lobo(articles: ArticleExamples[], groups: boolean, lexicalSize = 0): HeldOutBatch[] {
  return batchesOf(articles)
    .filter((b) => !ONLY || ONLY.has(b))
    .map((batch) => {
      const train = articles.filter((a) => a.batch !== batch);
      const test = articles.filter((a) => a.batch === batch);
      const c = choose(train, splitsFor(train), lexicalSize, memoFit);
      const model = memoFit(
        train,
        lexicalSize ? { lambda: c.lambda, lexical: c.lexical } : c.lambda,
        lexicalSize,
      );
      let withC: EventCounts;
      let thr = `${c.threshold}${c.lexical === undefined ? "" : ` lexical ${c.lexical}`}`;
      if (groups && c.threshold > 0) {
        const g = chooseGroups(train, c.lambda, c.threshold);
        thr = `S${g.tS}/O${g.tO}`;
        withC = filteredCounts(
          test,
          test.map((a) => grouped(a, probabilities(model, a), g.tS, g.tO)),
          0.5,
        );
      } else
        withC = filteredCounts(
          test,
          test.map((a) => probabilities(model, a)),
          c.threshold,
        );
      const without = filteredCounts(
        test,
        test.map((a) => a.events.map(() => 1)),
        0,
      );
      process.stderr.write(
        `  ${batch} lambda ${c.lambda} thr ${thr} F1 ${f3(rates(without).f1)} -> ${f3(rates(withC).f1)}\n`,
      );
      if (process.env.OUT_JSONL)
        appendFileSync(
          process.env.OUT_JSONL,
          `${JSON.stringify({ batch, lambda: c.lambda, threshold: thr, without, with: withC, articles: test.length })}\n`,
        );
      return { batch, articles: test.length, lambda: c.lambda, threshold: c.threshold, without, with: withC };
    });
}

async function main() {
  const [cmd, variant = "base"] = process.argv.slice(2);
  if (cmd === "collect") return collect();
  const cached = load();
  const articles: ArticleExamples[] = cached.map((a) => ({
    ...a,
    features: variant.includes("feat") ? a.features.map((x, i) => [...x, ...(a.extra[i] ?? [])]) : a.features,
  }));
  if (cmd === "stats") {
    // TUNE batches only
    const TUNE = new Set(
      ["dev", "dev3", "dev5", "dev7", "dev9", "dev11", "dev13", "dev16", "dev18", "dev19", "dev21"].map(
        (b) => `events-${b}`,
      ),
    );
    for (const [j, n] of TRIED_FEATURE_NAMES.entries()) {
      const c = { on: [0, 0], off: [0, 0] };
      for (const a of cached)
        if (TUNE.has(a.batch))
          a.labels.forEach((l, i) => {
            if (l === null) return;
            const s = (a.extra[i]?.[j] ?? 0) ? c.on : c.off;
            s[l]++;
          });
      console.log(n, "on neg/pos", c.on, "off neg/pos", c.off);
    }
    const sp = [0, 0];
    for (const a of cached)
      if (TUNE.has(a.batch))
        a.labels.forEach((l, i) => {
          if (l !== null && SPEECH(a.events[i] as DocEvent)) sp[l]++;
        });
    console.log("speech neg/pos", sp);
    return;
  }
  if (cmd === "shipped") {
    const model = parseConfidenceModel(
      JSON.parse(readFileSync(process.env.MODEL ?? CONFIDENCE_MODEL_PATH, "utf8")),
    );
    for (const { batch, counts } of filteredCountsByBatch(articles, model, model.threshold))
      console.log(`${batch} ${f3(rates(counts).f1)}`);
    return;
  }
  if (cmd === "train") {
    // the same file `marsad train events --quick` writes, from the cached candidates
    const { trainConfidenceModel } = await import("../src/events/train/confidence-train.ts");
    const { file, choice } = trainConfidenceModel(articles, {
      crossValidate: false,
      filter: true,
      lexical: variant.includes("lexical") ? LEXICAL_TRIED : null,
    });
    writeFileSync(
      process.env.OUT ?? "/tmp/marsad-confidence-model.json",
      `${JSON.stringify(file, null, 2)}\n`,
    );
    console.log(
      `lambda ${choice.lambda} threshold ${choice.threshold} F1 ${f3(choice.f1)} keepAll ${f3(choice.keepAllF1)}`,
    );
    return;
  }
  if (cmd === "lobo") {
    const held = lobo(
      articles,
      variant.includes("groups"),
      variant.includes("lexical") ? LEXICAL_TRIED.size : 0,
    );
    const res = held.map((h) => ({
      batch: h.batch,
      f1: rates(h.with).f1,
      without: rates(h.without).f1,
      lambda: h.lambda,
      threshold: h.threshold,
    }));
    writeFileSync(`/tmp/marsad-confidence-lobo-${variant}.json`, JSON.stringify(res, null, 1));
    for (const r of res) console.log(`${r.batch} ${f3(r.without)} -> ${f3(r.f1)}`);
    console.log(
      `mean without ${f3(meanRates(held, "without").f1)} with ${f3(meanRates(held, "with").f1)} P ${f3(meanRates(held, "with").precision)} R ${f3(meanRates(held, "with").recall)}`,
    );
  }
}
await main();
