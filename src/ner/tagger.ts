// The trained tagger: model weights plus the word resources its features consult.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, modelsDir } from "../paths.ts";
import type { TaggedSentence } from "./conll.ts";
import { spreadNames } from "./consistency.ts";
import {
  asNext2Features,
  asNextFeatures,
  asPrevious2Features,
  asPreviousFeatures,
  documentFeatures,
  positionFeatures,
  SentenceEndFeatures,
  SentenceStartFeatures,
  selfFeatures,
  viewOf,
  type WordView,
} from "./features.ts";
import { deserialiseModel } from "./model-io.ts";
import { bioConstraints, type LinearModel, viterbi } from "./perceptron.ts";
import { loadNerResources, type NerResources } from "./resources.ts";

export interface NerTagger {
  model: LinearModel;
  resources: NerResources;
  /** BIO tags for one sentence of whitespace tokens (clitics attached, punctuation apart). */
  tagWords(words: string[]): string[];
  /** Tags the sentences of one article, then spreads names recognised in one sentence to the others. */
  tagDocument(sentences: string[][]): string[][];
}

export const DefaultModelPath = join(modelsDir, "ner", "ner.model");
export const DefaultResourceDir = join(dataDir, "ner");

interface CachedWord {
  view: WordView;
  self: Int32Array;
  previous: Int32Array;
  next: Int32Array;
  previous2: Int32Array;
  next2: Int32Array;
}

/** Bounds the per-word cache; news vocabularies are large but Zipfian, so clearing now and then is enough. */
const MaxCachedWords = 200_000;

/**
 * Tags with the same features as training (`sentenceFeatures`), but turns each distinct word's features into
 * model ids once and caches them: most tokens of running text are words seen before.
 */
export function createTagger(model: LinearModel, resources: NerResources): NerTagger {
  const T = model.tags.length;
  const { allowed, allowedStart } = bioConstraints(model.tags);
  const index = model.featureIndex;
  const W = model.weights;
  const toIds = function featureIds(features: string[]): Int32Array {
    const ids: number[] = [];
    for (const f of features) {
      const id = index.get(f);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids);
  };
  const start = {
    previous: toIds(SentenceStartFeatures.previous),
    previous2: toIds(SentenceStartFeatures.previous2),
  };
  const end = { next: toIds(SentenceEndFeatures.next), next2: toIds(SentenceEndFeatures.next2) };
  const cache = new Map<string, CachedWord>();
  const lookup = function lookupWord(word: string): CachedWord {
    let c = cache.get(word);
    if (!c) {
      const view = viewOf(word, resources);
      c = {
        view,
        self: toIds(selfFeatures(view, resources)),
        previous: toIds(asPreviousFeatures(view)),
        next: toIds(asNextFeatures(view)),
        previous2: toIds(asPrevious2Features(view)),
        next2: toIds(asNext2Features(view)),
      };
      cache.set(word, c);
    }
    return c;
  };
  const add = function addWeights(scores: Float64Array, base: number, ids: ArrayLike<number>) {
    for (let k = 0; k < ids.length; k++) {
      const row = ids[k] * T;
      for (let t = 0; t < T; t++) scores[base + t] += W[row + t];
    }
  };
  // Word-bigram feature ids as nested maps (first word → second word → id), built once from the model, so that a
  // bigram is two lookups of strings already at hand instead of a new string per token.
  const bigramTables = {
    "w-1w=": new Map<string, Map<string, number>>(),
    "ww+1=": new Map<string, Map<string, number>>(),
  };
  for (const [feature, id] of index) {
    const prefix = feature.slice(0, 5);
    if (prefix !== "w-1w=" && prefix !== "ww+1=") continue;
    const bar = feature.indexOf("|", 5);
    const table = bigramTables[prefix];
    const first = feature.slice(5, bar);
    let inner = table.get(first);
    if (!inner) {
      inner = new Map();
      table.set(first, inner);
    }
    inner.set(feature.slice(bar + 1), id);
  }
  const bigramId = function bigramFeatureId(
    prefix: "w-1w=" | "ww+1=",
    a: CachedWord | null,
    b: CachedWord | null,
  ): number {
    const inner = bigramTables[prefix].get(a ? a.view.folded : "<s>");
    if (!inner) return -1;
    return inner.get(b ? b.view.folded : "</s>") ?? -1;
  };
  const lookupNumbered = function lookupCached(word: string): CachedWord {
    if (cache.size >= MaxCachedWords) cache.clear();
    return lookup(word);
  };
  const addOne = (scores: Float64Array, base: number, id: number) => {
    if (id < 0) return;
    const row = id * T;
    for (let t = 0; t < T; t++) scores[base + t] += W[row + t];
  };
  const tagCached = function tagCachedWords(cached: CachedWord[], doc: string[][]): string[] {
    const n = cached.length;
    if (n === 0) return [];
    const position = positionFeatures(
      cached.map((c) => c.view),
      resources,
      false,
    );
    const scores = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      const base = i * T;
      add(scores, base, cached[i].self);
      add(scores, base, i > 0 ? cached[i - 1].previous : start.previous);
      add(scores, base, i > 1 ? cached[i - 2].previous2 : start.previous2);
      add(scores, base, i + 1 < n ? cached[i + 1].next : end.next);
      add(scores, base, i + 2 < n ? cached[i + 2].next2 : end.next2);
      addOne(scores, base, bigramId("w-1w=", i > 0 ? cached[i - 1] : null, cached[i]));
      addOne(scores, base, bigramId("ww+1=", cached[i], i + 1 < n ? cached[i + 1] : null));
      if (position[i].length) add(scores, base, toIds(position[i]));
      if (doc[i].length) add(scores, base, toIds(doc[i]));
    }
    return viterbi(scores, n, T, model.transitions, model.start, allowed, allowedStart).map(
      (t) => model.tags[t],
    );
  };
  return {
    model,
    resources,
    tagWords(words) {
      const cached = words.map(lookupNumbered);
      const doc = documentFeatures([cached.map((c) => c.view)], resources)[0];
      return tagCached(cached, doc);
    },
    tagDocument(sentences) {
      const cached = sentences.map((words) => words.map(lookupNumbered));
      const doc = documentFeatures(
        cached.map((cs) => cs.map((c) => c.view)),
        resources,
      );
      const stems = cached.map((cs) => cs.map((c) => c.view.stem));
      return spreadNames(
        stems,
        cached.map((cs, s) => tagCached(cs, doc[s])),
        resources,
      );
    },
  };
}

export const DefaultDocumentSentences = 20;

let cached: NerTagger | null = null;

/** Loads the shipped model once per process. */
export function loadTagger(modelPath = DefaultModelPath, resourceDir = DefaultResourceDir): NerTagger {
  if (cached && modelPath === DefaultModelPath && resourceDir === DefaultResourceDir) return cached;
  if (!existsSync(modelPath)) {
    throw new Error(`NER model not found at ${modelPath} (build it with "marsad train ner")`);
  }
  const tagger = createTagger(deserialiseModel(readFileSync(modelPath)), loadNerResources(resourceDir));
  if (modelPath === DefaultModelPath && resourceDir === DefaultResourceDir) cached = tagger;
  return tagger;
}

/**
 * CoNLL files have no article boundaries, so blocks of `documentSentences` consecutive sentences stand in for
 * articles when names are spread (0: each sentence alone, no spreading).
 */
export function tagSentences(
  tagger: NerTagger,
  sentences: TaggedSentence[],
  documentSentences = DefaultDocumentSentences,
): TaggedSentence[] {
  if (documentSentences <= 0)
    return sentences.map((s) => ({ tokens: s.tokens, tags: tagger.tagWords(s.tokens) }));
  const out: TaggedSentence[] = [];
  for (let i = 0; i < sentences.length; i += documentSentences) {
    const block = sentences.slice(i, i + documentSentences).map((s) => s.tokens);
    tagger.tagDocument(block).forEach((tags, j) => {
      out.push({ tokens: block[j], tags });
    });
  }
  return out;
}
