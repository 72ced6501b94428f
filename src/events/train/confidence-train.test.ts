import { describe, expect, it } from "vitest";
import { createAnalyser } from "../../analyse.ts";
import { type GoldKey, parsePredictedEvents, scoreDocument, sumCounts } from "../../eval/events.ts";
import { loadGold } from "../../eval/events-io.ts";
import { EVENTS_DEV_DIR } from "../../eval/events-set.ts";
import { parseConfidenceModel } from "../confidence.ts";
import { loadConfidenceCues } from "../confidence-features.ts";
import { loadEventLexicon } from "../lexicon.ts";
import { LEXICAL_TRIED } from "./command.ts";
import {
  batchesOf,
  batchFolds,
  choose,
  collectExamples,
  type Fit,
  type FittedModel,
  fitArticles,
  foldsOf,
  LAMBDAS,
  LEXICAL_LAMBDAS,
  labelEvents,
  leaveOneBatchOut,
  oneStandardErrorChoice,
  probabilities,
  splitsFor,
  standardError,
  trainConfidenceModel,
} from "./confidence-train.ts";

describe("training the event confidence model", () => {
  it("deals articles into folds deterministically and evenly", () => {
    const a = foldsOf(23, 5, 1);
    expect(a).toEqual(foldsOf(23, 5, 1));
    expect(a).not.toEqual(foldsOf(23, 5, 2));
    const sizes = [0, 1, 2, 3, 4].map((f) => a.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("labels predictions with the scorer: paired 1, spurious or duplicate 0, absorbed by an optional event left out", () => {
    const key: GoldKey = {
      actors: { A: { country: "LY", aliases_ar: ["الجيش"] } },
      events: [
        { id: "e1", type: ["ASSAULT"], actors: { actor1: ["A"] } },
        { id: "e2", type: ["PROTEST"], actors: { actor1: ["A"] }, optional: true },
      ],
    };
    const ev = (type: "ASSAULT" | "PROTEST" | "AID") => ({
      type,
      actors: [{ role: "actor1" as const, name_ar: "الجيش" }],
      location: null,
      date: null,
      fatalities: null,
      modality: "asserted" as const,
      attribution: [],
      evidence: [],
    });
    expect(labelEvents(key, [ev("ASSAULT"), ev("ASSAULT"), ev("AID"), ev("PROTEST")], "t")).toEqual([
      1,
      0,
      0,
      null,
    ]);
  });

  it("builds the same model file twice from the same articles", async () => {
    const golds = loadGold(EVENTS_DEV_DIR).slice(0, 12);
    const analyse = await createAnalyser({ events: { confidence: null } });
    const articles = collectExamples(golds, analyse, {
      lexicon: loadEventLexicon(),
      cues: loadConfidenceCues(),
    });
    const a = trainConfidenceModel(articles, { k: 3, repeats: 1, crossValidate: false });
    const b = trainConfidenceModel(articles, { k: 3, repeats: 1, crossValidate: false });
    expect(JSON.stringify(a.file)).toBe(JSON.stringify(b.file));
    expect(a.file.threshold).toBeGreaterThanOrEqual(0);
    expect(Object.keys(a.file.weights).length).toBeGreaterThan(40);
  });

  it("learns hashed lexical weights beside the cue weights, and the shipped file gives the probabilities it was fitted to", async () => {
    const golds = loadGold(EVENTS_DEV_DIR).slice(0, 12);
    const analyse = await createAnalyser({ events: { confidence: null } });
    const lexical = { size: 512, window: 3, sentence: false, lemma: false };
    const articles = collectExamples(
      golds,
      analyse,
      { lexicon: loadEventLexicon(), cues: loadConfidenceCues() },
      "",
      lexical,
    );
    expect(articles.every((a) => a.lexical?.length === a.events.length)).toBe(true);
    const { file, choice } = trainConfidenceModel(articles, {
      k: 3,
      repeats: 1,
      crossValidate: false,
      lexical,
    });
    expect(choice.lexical).toBeDefined();
    expect(file.lexical?.size).toBe(512);
    expect(Object.keys(file.lexical?.weights ?? {}).length).toBeGreaterThan(10);
    // read back from the file, the model gives the training events the probabilities of the fitted one
    const fitted = fitArticles(articles, choice, 512);
    const model = parseConfidenceModel(JSON.parse(JSON.stringify(file)));
    const read = {
      weights: [...model.weights, ...(model.lexical?.weights ?? [])],
      bias: model.bias,
      lexicalSize: 512,
    };
    for (const a of articles.slice(0, 4)) {
      const p = probabilities(fitted, a);
      for (const [i, q] of probabilities(read, a).entries())
        expect(Math.abs(q - (p[i] ?? 0))).toBeLessThan(0.01);
    }
  });
});

describe("choosing the penalty by the one-standard-error rule on paired fold losses", () => {
  it("computes the standard error of a mean", () => {
    expect(standardError([1])).toBe(0);
    expect(standardError([1, 3])).toBeCloseTo(1, 12);
    expect(standardError([2, 2, 2])).toBe(0);
  });

  it("takes the heaviest penalty not measurably worse than the best, judged fold by fold", () => {
    // folds differ a lot in difficulty (0.4 … 0.7), the penalties little: candidate 1 is worse than the best (0) by
    // 0.001 on every fold but one, within the paired standard error; candidate 2 is worse by 0.02 on every fold
    const best = [0.4, 0.5, 0.6, 0.7];
    const slightly = [0.401, 0.501, 0.601, 0.698];
    const clearly = best.map((x) => x + 0.02);
    expect(oneStandardErrorChoice([best, slightly, clearly])).toBe(1);
    // a uniformly worse candidate has a zero standard error of the differences: never chosen
    expect(oneStandardErrorChoice([best, clearly])).toBe(0);
    // the best may be a heavier penalty: lighter ones are never chosen over it
    expect(oneStandardErrorChoice([clearly, best, slightly])).toBe(2);
    expect(oneStandardErrorChoice([clearly, slightly.map((x) => x + 0.01), best])).toBe(2);
  });
});

describe("leave-one-batch-out cross-validation", () => {
  it("holds out each batch in turn and scores it as the scorer does without the filter", async () => {
    const golds = loadGold(EVENTS_DEV_DIR).slice(0, 15);
    const analyse = await createAnalyser({ events: { confidence: null } });
    const res = { lexicon: loadEventLexicon(), cues: loadConfidenceCues() };
    const articles = [0, 1, 2].flatMap((b) =>
      collectExamples(
        golds.filter((_, i) => i % 3 === b),
        analyse,
        res,
        `batch${b}`,
        LEXICAL_TRIED,
      ),
    );
    expect(batchesOf(articles)).toEqual(["batch0", "batch1", "batch2"]);
    // three batches or more: one fold per batch; fewer: seeded folds by article
    expect(splitsFor(articles)).toEqual([batchFolds(articles)]);
    expect(
      splitsFor(
        articles.filter((a) => a.batch === "batch0"),
        { k: 2, repeats: 2 },
      ),
    ).toHaveLength(2);
    const held = leaveOneBatchOut(articles);
    expect(held.map((h) => h.batch)).toEqual(["batch0", "batch1", "batch2"]);
    for (const h of held) {
      const part = articles.filter((a) => a.batch === h.batch);
      const direct = sumCounts(
        part.map((a) => scoreDocument(a.key, parsePredictedEvents({ events: a.events }, a.id), a.id)),
      );
      expect(h.articles).toBe(part.length);
      expect(h.without).toEqual(direct);
      // the filter only drops events
      expect(h.with.predicted).toBeLessThanOrEqual(h.without.predicted);
    }
    // a fit memoised by the training set's batches (scripts/confidence-variants.ts) makes the same choice, each set
    // fitted once: the three-batch cross-validation and its three λ-by-λ repeats share them
    const memo = new Map<string, FittedModel>();
    let fits = 0;
    const memoFit: Fit = (train, penalty, size = 0) => {
      const key = `${JSON.stringify(penalty)} ${[...new Set(train.map((a) => a.batch))].sort().join(",")}`;
      let m = memo.get(key);
      if (!m) {
        fits++;
        m = fitArticles(train, penalty, size);
        memo.set(key, m);
      }
      return m;
    };
    const direct = choose(articles, splitsFor(articles));
    expect(choose(articles, splitsFor(articles), 0, memoFit)).toEqual(direct);
    expect(choose(articles, splitsFor(articles), 0, memoFit)).toEqual(direct);
    expect(fits).toBe(3 * LAMBDAS.length);
    // and with the hashed lexical features (`lobo lexical`): λ first with the dense fits above (memoised already),
    // then the lexical penalty, each of its three training sets fitted once per penalty
    const size = LEXICAL_TRIED.size;
    const directLexical = choose(articles, splitsFor(articles), size);
    expect(directLexical.lexical).toBeDefined();
    expect(choose(articles, splitsFor(articles), size, memoFit)).toEqual(directLexical);
    expect(fits).toBe(3 * (LAMBDAS.length + LEXICAL_LAMBDAS.length));
  });
});
