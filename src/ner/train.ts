// `marsad train ner`: builds the gazetteer and word clusters, trains the tagger and writes the model.
// Deterministic: a fixed seed, corpora in a fixed order, no time-dependent choices.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  buildBrownClusters,
  buildClusters,
  buildEmbeddingClusters,
  DefaultBrownOptions,
  DefaultClusterOptions,
  DefaultEmbeddingClusterOptions,
} from "./clusters-build.ts";
import type { TaggedSentence } from "./conll.ts";
import { TagNames } from "./conll.ts";
import { stemsOf } from "./consistency.ts";
import { type CorpusName, loadCorpus, splitDev } from "./corpora.ts";
import { type Evaluation, evaluate } from "./evaluate.ts";
import { documentSentenceFeatures } from "./features.ts";
import { collectGazetteer, formatGazetteer } from "./gazetteer-build.ts";
import { type NerModel, serialiseTagger } from "./model-io.ts";
import { buildNewsNames } from "./news-names-build.ts";
import { decode, type LinearModel, type TrainingSentence, trainPerceptron } from "./perceptron.ts";
import { loadNerResources, type NerResources } from "./resources.ts";
import { stackedFeatures } from "./stacking.ts";
import { createTagger, DefaultDocumentSentences, tagSentences } from "./tagger.ts";

export interface CorpusWeight {
  corpus: CorpusName;
  /** Perceptron update weight for this corpus's sentences. */
  weight: number;
  /** Use only this fraction of the corpus's sentences (its first ones). */
  fraction: number;
}

export interface NerTrainConfig {
  corpora: CorpusWeight[];
  epochs: number;
  seed: number;
  minCount: number;
  pruneBelow: number;
  /** Perceptrons over different shuffles averaged into the model (see trainPerceptron). */
  ensemble: number;
  /** 1: one tagger; 2: a second tagger over the first one's tags (stacking.ts). */
  passes: number;
  /** Cross-validation folds that give the second pass realistic first-pass tags on its training data. */
  folds: number;
  /** Ensemble size of the first-pass models trained for the folds. */
  foldEnsemble: number;
}

/** The settings of the shipped model, chosen on the dev split (the last 10% of ANERcorp train). */
export const ShippedConfig: NerTrainConfig = {
  corpora: [{ corpus: "anercorp", weight: 1, fraction: 1 }],
  epochs: 6,
  seed: 20140802,
  minCount: 2,
  pruneBelow: 0.01,
  ensemble: 4,
  passes: 2,
  folds: 10,
  foldEnsemble: 2,
};

export function parseCorpora(spec: string): CorpusWeight[] {
  return spec.split(",").map((part) => {
    const [name, weight = "1", fraction = "1"] = part.split(":");
    if (!["anercorp", "aqmar", "wikifane", "wojood"].includes(name)) {
      throw new Error(
        `unknown corpus "${name}" (expected anercorp, aqmar, wikifane or wojood, e.g. "anercorp,aqmar:0.5")`,
      );
    }
    return { corpus: name as CorpusName, weight: Number(weight), fraction: Number(fraction) };
  });
}

export interface TrainRun {
  /** Evaluate on the dev split instead of training on all of ANERcorp train. */
  dev: boolean;
  config: NerTrainConfig;
  shared: string;
  resourceDir: string;
  modelPath: string;
  rebuildGazetteer: boolean;
  rebuildClusters: boolean;
  /** Build data/ner/brown.tsv (Brown clusters of the news; about 4 CPU-minutes). */
  buildBrown?: boolean;
  /** Build data/ner/embedding-clusters.tsv (skip-gram embeddings of the news, clustered; about 7 CPU-minutes). */
  buildEmbeddings?: boolean;
  log: (message: string) => void;
}

/** Consecutive training sentences standing in for one article, with their feature strings. */
export interface TrainingDocument {
  sentences: TaggedSentence[];
  features: string[][][];
  stems: string[][];
  weight: number;
}

export function trainingDocuments(
  corpora: Record<string, TaggedSentence[]>,
  config: NerTrainConfig,
  resources: NerResources,
): TrainingDocument[] {
  const out: TrainingDocument[] = [];
  for (const { corpus, weight, fraction } of config.corpora) {
    const sentences = corpora[corpus];
    const take = sentences.slice(0, Math.round(sentences.length * fraction));
    // Blocks of consecutive sentences stand in for articles, as when tagging CoNLL files (tagSentences).
    for (let b = 0; b < take.length; b += DefaultDocumentSentences) {
      const block = take.slice(b, b + DefaultDocumentSentences);
      out.push({
        sentences: block,
        features: documentSentenceFeatures(
          block.map((s) => s.tokens),
          resources,
        ),
        stems: block.map((s) => stemsOf(s.tokens)),
        weight,
      });
    }
  }
  return out;
}

function flatten(docs: TrainingDocument[], extra?: string[][][][]): TrainingSentence[] {
  return docs.flatMap((d, k) =>
    d.sentences.map((s, j) => ({
      features: extra ? d.features[j].map((f, i) => [...f, ...extra[k][j][i]]) : d.features[j],
      tags: s.tags,
      weight: d.weight,
    })),
  );
}

function firstPassTags(model: LinearModel, doc: TrainingDocument): string[][] {
  return doc.features.map((f) => decode(model, f));
}

/**
 * Trains the passes. For a second pass, the first pass's tags on each training document come from a model
 * trained without that document's fold (contiguous folds, so an article's sentences stay together), as the
 * first pass will tag unseen text at run time.
 */
export function trainTagger(
  docs: TrainingDocument[],
  config: NerTrainConfig,
  resources: NerResources,
  log: (message: string) => void,
): NerModel {
  const tags = [...TagNames];
  const first = trainPerceptron(flatten(docs), tags, { ...config, log });
  if (config.passes < 2) return { passes: [first] };
  const predicted: string[][][] = new Array(docs.length);
  for (let f = 0; f < config.folds; f++) {
    const lo = Math.floor((f * docs.length) / config.folds);
    const hi = Math.floor(((f + 1) * docs.length) / config.folds);
    const model = trainPerceptron(flatten([...docs.slice(0, lo), ...docs.slice(hi)]), tags, {
      ...config,
      ensemble: config.foldEnsemble,
    });
    for (let k = lo; k < hi; k++) predicted[k] = firstPassTags(model, docs[k]);
    log(`fold ${f + 1}/${config.folds} tagged`);
  }
  const stacked = docs.map((d, k) => stackedFeatures(d.stems, predicted[k], resources));
  const second = trainPerceptron(flatten(docs, stacked), tags, { ...config, log });
  return { passes: [first, second] };
}

export function runTraining(run: TrainRun): { evaluation?: Evaluation; modelBytes?: number } {
  const { log } = run;
  if (run.rebuildGazetteer) {
    const text = formatGazetteer(collectGazetteer(run.shared));
    writeFileSync(join(run.resourceDir, "gazetteer.tsv"), text);
    log(`gazetteer: ${text.split("\n").length} lines`);
  }
  if (run.rebuildClusters) {
    writeFileSync(
      join(run.resourceDir, "clusters.tsv"),
      buildClusters(run.shared, { ...DefaultClusterOptions, log }),
    );
    log("clusters written");
    const cues = loadNerResources(run.resourceDir).cues;
    writeFileSync(join(run.resourceDir, "news-names.tsv"), buildNewsNames(run.shared, cues));
    log("news names written");
  }
  // Not shipped (no gain on the dev split, see README): built on request for experiments; the features use
  // the files whenever they are present in the resource directory.
  if (run.buildBrown) {
    writeFileSync(
      join(run.resourceDir, "brown.tsv"),
      buildBrownClusters(run.shared, { ...DefaultBrownOptions, log }),
    );
    log("Brown clusters written");
  }
  if (run.buildEmbeddings) {
    writeFileSync(
      join(run.resourceDir, "embedding-clusters.tsv"),
      buildEmbeddingClusters(run.shared, { ...DefaultEmbeddingClusterOptions, log }),
    );
    log("embedding clusters written");
  }
  const resources = loadNerResources(run.resourceDir);
  const corpora: Record<string, TaggedSentence[]> = {};
  let dev: TaggedSentence[] = [];
  for (const { corpus } of run.config.corpora) {
    const sentences = loadCorpus(run.shared, corpus);
    if (corpus === "anercorp" && run.dev) {
      const split = splitDev(sentences);
      corpora[corpus] = split.train;
      dev = split.dev;
    } else corpora[corpus] = sentences;
  }
  const docs = trainingDocuments(corpora, run.config, resources);
  log(`training documents: ${docs.length}`);
  const model = trainTagger(docs, run.config, resources, log);
  if (run.dev) {
    const tagger = createTagger(model, resources);
    const plain = evaluate(dev, tagSentences(tagger, dev, 0));
    log(`dev without spreading names: F1 ${plain.overall.f1.toFixed(2)}`);
    for (const size of [10, 40]) {
      log(
        `dev spreading in blocks of ${size}: F1 ${evaluate(dev, tagSentences(tagger, dev, size)).overall.f1.toFixed(2)}`,
      );
    }
    return { evaluation: evaluate(dev, tagSentences(tagger, dev)) };
  }
  const bytes = serialiseTagger(model, { config: run.config });
  mkdirSync(dirname(run.modelPath), { recursive: true });
  writeFileSync(run.modelPath, bytes);
  log(`model: ${run.modelPath} (${(bytes.length / 1e6).toFixed(1)} MB)`);
  return { modelBytes: bytes.length };
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}
