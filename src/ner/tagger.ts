// The trained tagger: model weights plus the word resources its features consult. One pass or two: the second
// pass sees the first pass's tags over the whole article (see stacking.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Token } from "../doc/types.ts";
import { dataDir, modelsDir } from "../paths.ts";
import { perWord } from "../text/perWord.ts";
import type { TaggedSentence } from "./conll.ts";
import { spreadNames } from "./consistency.ts";
import {
  documentFeatures,
  type EmitFeature,
  emitAsNext2Features,
  emitAsNextFeatures,
  emitAsPrevious2Features,
  emitAsPreviousFeatures,
  emitSelfFeatures,
  positionFeatures,
  SentenceEndFeatures,
  SentenceStartFeatures,
  viewOf,
  type WordView,
} from "./features.ts";
import { deserialiseTagger, type NerModel } from "./model-io.ts";
import { bioConstraints, viterbi } from "./perceptron.ts";
import { loadNerResources, type NerResources } from "./resources.ts";
import { documentStackedFeatures } from "./stacking.ts";

export interface NerTagger {
  model: NerModel;
  resources: NerResources;
  /** BIO tags for one sentence of whitespace tokens (clitics attached, punctuation apart). */
  tagWords(words: string[]): string[];
  /** Tags the sentences of one article, then spreads names recognised in one sentence to the others. */
  tagDocument(sentences: string[][]): string[][];
  /**
   * `tagDocument` of the tokens' texts, where `sentences` cut `tokens` into consecutive runs, in order (the same
   * tags; a word's cached features are reached through its tokeniser record, see perWord.ts).
   */
  tagTokens(tokens: readonly Token[], sentences: readonly (readonly Token[])[]): string[][];
}

export const DefaultModelPath = join(modelsDir, "ner", "ner.model");
export const DefaultResourceDir = join(dataDir, "ner");

/** Per-word feature groups, as the word itself, as the previous word, the next word, two before, two after. */
const Groups = 5;

interface CachedWord {
  view: WordView;
  /**
   * The summed weights of each feature group for each pass (passes × Groups × T, from `at`), so a token costs a
   * few vector adds. Words share slabs of SlabWords words: a typed array per word would be a separate buffer
   * for the garbage collector to track.
   */
  sums: Float32Array;
  at: number;
  /** Bigram ids of the words that follow this one ("w-1w=this|next" by next), if any. */
  followedBy: Map<string, number> | undefined;
  /** Bigram ids of this word and the word after it ("ww+1=this|next" by next), if any. */
  beforeNext: Map<string, number> | undefined;
}

/** Bounds the per-word cache; news vocabularies are large but Zipfian, so clearing now and then is enough. */
const MaxCachedWords = 150_000;
const SlabWords = 4096;

/**
 * The passes' feature tables merged into one index (features are looked up once for all passes) with one
 * weight matrix per pass over it.
 */
export interface CompiledModel {
  index: Map<string, number>;
  /** Per pass: weights over the merged index (rows of T). */
  weights: Float32Array[];
  /** Ids of the features the model knows (of `features` and then `more`). */
  toIds(features: string[], more?: string[]): FeatureIds;
  /** Word-bigram ids as nested maps (first word → second word → id), looked up from strings at hand. */
  bigrams: Record<"w-1w=" | "ww+1=", Map<string, Map<string, number>>>;
  /**
   * The ids of a word's per-word feature groups (as the word, the previous, next, two before, two after), the same
   * as `toIds` of their strings (`selfFeatures`, …), looked up by name and value without building the strings.
   */
  wordGroupIds(view: WordView, resources: NerResources): FeatureIds[];
}

/** A feature's name up to and including its first "=" (all of it when it has none) and the rest. */
export function splitFeature(feature: string): [prefix: string, value: string] {
  const eq = feature.indexOf("=");
  return eq < 0 ? [feature, ""] : [feature.slice(0, eq + 1), feature.slice(eq + 1)];
}

/** Feature ids of a token (a plain array: most are short-lived, and typed arrays cost more to create). */
type FeatureIds = readonly number[];
const NoIds: FeatureIds = Object.freeze([]);

/** Appends the ids of the known features of `features` to `ids` (created on the first one). */
function collectIds(index: Map<string, number>, features: string[], ids: number[] | null): number[] | null {
  for (let k = 0; k < features.length; k++) {
    const id = index.get(features[k]);
    if (id === undefined) continue;
    if (ids) ids.push(id);
    else ids = [id];
  }
  return ids;
}

export function compileModel(model: NerModel): CompiledModel {
  const T = model.passes[0].tags.length;
  const index = new Map<string, number>();
  for (const pass of model.passes)
    for (const f of pass.featureIndex.keys()) if (!index.has(f)) index.set(f, index.size);
  const weights = model.passes.map((pass) => {
    const w = new Float32Array(index.size * T);
    for (const [f, row] of pass.featureIndex)
      w.set(pass.weights.subarray(row * T, row * T + T), (index.get(f) as number) * T);
    return w;
  });
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
  // The same index split by feature name (see splitFeature): a new word's features are found from the strings at
  // hand (its folded form, stem, affixes, clusters) in small tables, not built and hashed one by one.
  const byPrefix = new Map<string, Map<string, number>>();
  for (const [feature, id] of index) {
    const [prefix, value] = splitFeature(feature);
    let values = byPrefix.get(prefix);
    if (!values) {
      values = new Map();
      byPrefix.set(prefix, values);
    }
    values.set(value, id);
  }
  let ids: number[] | null = null;
  const emit: EmitFeature = (prefix, value) => {
    const id = byPrefix.get(prefix)?.get(typeof value === "string" ? value : String(value));
    if (id === undefined) return;
    if (ids) ids.push(id);
    else ids = [id];
  };
  const group = (): FeatureIds => {
    const out = ids ?? NoIds;
    ids = null;
    return out;
  };
  return {
    index,
    weights,
    wordGroupIds(view, resources) {
      ids = null;
      emitSelfFeatures(view, resources, emit);
      const self = group();
      emitAsPreviousFeatures(view, emit);
      const previous = group();
      emitAsNextFeatures(view, emit);
      const next = group();
      emitAsPrevious2Features(view, emit);
      const previous2 = group();
      emitAsNext2Features(view, emit);
      return [self, previous, next, previous2, group()];
    },
    toIds(features, more) {
      const ids = collectIds(index, features, null);
      return (more ? collectIds(index, more, ids) : ids) ?? NoIds;
    },
    bigrams: bigramTables,
  };
}

function addIds(
  scores: Float64Array | Float32Array,
  base: number,
  ids: ArrayLike<number>,
  W: Float32Array,
  T: number,
) {
  for (let k = 0; k < ids.length; k++) {
    const row = ids[k] * T;
    for (let t = 0; t < T; t++) scores[base + t] += W[row + t];
  }
}

function addRow(scores: Float64Array, base: number, id: number, W: Float32Array, T: number) {
  if (id < 0) return;
  const row = id * T;
  for (let t = 0; t < T; t++) scores[base + t] += W[row + t];
}

function addVector(scores: Float64Array, base: number, v: Float32Array, offset: number, T: number) {
  for (let t = 0; t < T; t++) scores[base + t] += v[offset + t];
}

/**
 * Tags with the same features as training (`documentSentenceFeatures`, then `stackedFeatures` for a second pass),
 * but sums each distinct word's per-word feature weights once per pass and caches them: most tokens of running
 * text are words seen before.
 */
export function createTagger(model: NerModel, resources: NerResources): NerTagger {
  const compiled = compileModel(model);
  const P = model.passes.length;
  const tags = model.passes[0].tags;
  const T = tags.length;
  const G = Groups * T;
  const { allowed, allowedStart } = bioConstraints(tags);
  const boundary = (features: string[]) => compiled.toIds(features);
  const start = {
    previous: boundary(SentenceStartFeatures.previous),
    previous2: boundary(SentenceStartFeatures.previous2),
  };
  const end = { next: boundary(SentenceEndFeatures.next), next2: boundary(SentenceEndFeatures.next2) };
  // The second pass's features from the first pass's tags of the word and its neighbours, as ids by tag index.
  const edge = ["<s>", "</s>"];
  const id = (f: string) => compiled.index.get(f) ?? -1;
  const localIds = {
    own: tags.map((t) => id("t1=" + t)),
    prev: [...tags, ...edge].map((t) => id("t1-1=" + t)),
    next: [...tags, ...edge].map((t) => id("t1+1=" + t)),
    pair: [...tags, ...edge].map((p) => [...tags, ...edge].map((n) => id("t1-+=" + p + "|" + n))),
  };
  const S = T; // index of "<s>" in the prev/next tables
  const E = T + 1; // index of "</s>"
  const cache = new Map<string, CachedWord>();
  let slab = new Float32Array(SlabWords * P * G);
  let slabUsed = 0;
  /** Emission scores of the sentence being tagged (n × T), reused: zeroed for each sentence. */
  let scores = new Float64Array(64 * T);
  const computeWord = function cacheWord(word: string): CachedWord {
    const view = viewOf(word, resources);
    const groups = compiled.wordGroupIds(view, resources);
    if (slabUsed === SlabWords) {
      slab = new Float32Array(SlabWords * P * G);
      slabUsed = 0;
    }
    const at = slabUsed++ * P * G;
    for (let p = 0; p < P; p++)
      for (let k = 0; k < Groups; k++) addIds(slab, at + p * G + k * T, groups[k], compiled.weights[p], T);
    return {
      view,
      sums: slab,
      at,
      followedBy: compiled.bigrams["w-1w="].get(view.folded),
      beforeNext: compiled.bigrams["ww+1="].get(view.folded),
    };
  };
  const lookup = function lookupWord(word: string): CachedWord {
    let c = cache.get(word);
    if (!c) {
      if (cache.size >= MaxCachedWords) cache.clear();
      c = computeWord(word);
      cache.set(word, c);
    }
    return c;
  };
  /** The cached words of a tokenised article, kept on the tokeniser's word records. */
  const wordsOfTokens = perWord(computeWord, MaxCachedWords);
  const sentenceStartFollowers = compiled.bigrams["w-1w="].get("<s>");
  /** The two word-bigram ids of each token ("w-1w=", "ww+1="; -1 if unknown), the same in every pass. */
  const bigramIds = (cached: CachedWord[]): number[] => {
    const n = cached.length;
    const ids = new Array<number>(2 * n);
    for (let i = 0; i < n; i++) {
      const w = cached[i].view.folded;
      const followers = i > 0 ? cached[i - 1].followedBy : sentenceStartFollowers;
      ids[2 * i] = followers?.get(w) ?? -1;
      ids[2 * i + 1] = cached[i].beforeNext?.get(i + 1 < n ? cached[i + 1].view.folded : "</s>") ?? -1;
    }
    return ids;
  };
  const tagSentence = function tagCachedWords(
    p: number,
    cached: CachedWord[],
    bigrams: number[],
    position: FeatureIds[],
    extra: FeatureIds[],
    previousTags: number[] | null,
  ): number[] {
    const W = compiled.weights[p];
    const pass = model.passes[p];
    const n = cached.length;
    if (n === 0) return [];
    if (scores.length < n * T) scores = new Float64Array(2 * n * T);
    else scores.fill(0, 0, n * T);
    const o = p * G;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      addVector(scores, base, cached[i].sums, cached[i].at + o, T);
      if (i > 0) addVector(scores, base, cached[i - 1].sums, cached[i - 1].at + o + T, T);
      else addIds(scores, base, start.previous, W, T);
      if (i > 1) addVector(scores, base, cached[i - 2].sums, cached[i - 2].at + o + 3 * T, T);
      else addIds(scores, base, start.previous2, W, T);
      if (i + 1 < n) addVector(scores, base, cached[i + 1].sums, cached[i + 1].at + o + 2 * T, T);
      else addIds(scores, base, end.next, W, T);
      if (i + 2 < n) addVector(scores, base, cached[i + 2].sums, cached[i + 2].at + o + 4 * T, T);
      else addIds(scores, base, end.next2, W, T);
      addRow(scores, base, bigrams[2 * i], W, T);
      addRow(scores, base, bigrams[2 * i + 1], W, T);
      addIds(scores, base, position[i], W, T);
      addIds(scores, base, extra[i], W, T);
      if (previousTags) {
        const prev = i > 0 ? previousTags[i - 1] : S;
        const next = i + 1 < n ? previousTags[i + 1] : E;
        addRow(scores, base, localIds.own[previousTags[i]], W, T);
        addRow(scores, base, localIds.prev[prev], W, T);
        addRow(scores, base, localIds.next[next], W, T);
        addRow(scores, base, localIds.pair[prev][next], W, T);
      }
    }
    return viterbi(scores, n, T, pass.transitions, pass.start, allowed, allowedStart);
  };
  const tagAll = function tagPasses(cached: CachedWord[][]): { tags: string[][]; stems: string[][] } {
    const views = cached.map((cs) => cs.map((c) => c.view));
    const doc = documentFeatures(views, resources);
    const position = views.map((vs) => positionFeatures(vs, resources, false));
    // Position and document features, as ids once for all passes.
    const fixed = views.map((vs, s) => vs.map((_, i) => compiled.toIds(position[s][i], doc[s][i])));
    const none = views.map((vs) => vs.map(() => NoIds));
    const stems = views.map((vs) => vs.map((v) => v.stem));
    const bigrams = cached.map(bigramIds);
    let out = cached.map((cs, s) => tagSentence(0, cs, bigrams[s], fixed[s], none[s], null));
    for (let p = 1; p < P; p++) {
      const named = out.map((ts) => ts.map((t) => tags[t]));
      const stacked = documentStackedFeatures(stems, named, resources);
      out = cached.map((cs, s) =>
        tagSentence(
          p,
          cs,
          bigrams[s],
          fixed[s],
          stacked[s].map((f) => compiled.toIds(f)),
          out[s],
        ),
      );
    }
    return { tags: out.map((ts) => ts.map((t) => tags[t])), stems };
  };
  return {
    model,
    resources,
    tagWords(words) {
      return tagAll([words.map(lookup)]).tags[0];
    },
    tagDocument(sentences) {
      const { tags: out, stems } = tagAll(sentences.map((words) => words.map(lookup)));
      return spreadNames(stems, out, resources);
    },
    tagTokens(tokens, sentences) {
      const words = wordsOfTokens(tokens);
      let from = 0;
      const cached = sentences.map((sentence) => {
        const part = words.slice(from, from + sentence.length);
        from += sentence.length;
        return part;
      });
      const { tags: out, stems } = tagAll(cached);
      return spreadNames(stems, out, resources);
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
  const tagger = createTagger(deserialiseTagger(readFileSync(modelPath)), loadNerResources(resourceDir));
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
