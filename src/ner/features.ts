// Feature strings for each token of a sentence. Almost every feature depends on one word only — the token
// itself or one neighbour — so features come in per-word groups (as the token, as the previous word, …) that
// run time computes once per distinct word and caches as feature ids (see `FeatureCache`); only bigrams,
// gazetteer phrase matches and the sentence-start flag are per position. Training and tagging share all of it,
// so the words must be segmented the same way in both (whitespace tokens with clitics attached, as in ANERcorp).
import { foldWord, stripProclitics } from "./fold.ts";
import { GazetteerTypes, type NerResources } from "./resources.ts";

const LocBit = 1 << GazetteerTypes.indexOf("LOC");
const ArabicWord = /^[\u0621-\u064a]+$/;
const Digits = /^[0-9]+([.,][0-9]+)*$/;
const Latin = /^[A-Za-z]+$/;
const Punct = /^[\p{P}\p{S}]+$/u;
const Nisba = /^(.{2,}?)(يون|يين|يان|يه|ي)$/;

function shapeOf(word: string): string {
  if (ArabicWord.test(word)) return "A";
  if (Digits.test(word)) return "D";
  if (Latin.test(word)) return /^[A-Z]/.test(word) ? "Lc" : "L";
  if (Punct.test(word)) return "P";
  if (/[0-9]/.test(word)) return "xD";
  return "X";
}

const NoTypes: readonly string[] = Object.freeze([]);

function gazetteerTypes(bits: number): readonly string[] {
  if (bits === 0) return NoTypes;
  const out: string[] = [];
  for (let b = 0; b < GazetteerTypes.length; b++) if (bits & (1 << b)) out.push(GazetteerTypes[b]);
  return out;
}

/** Everything the features need to know about one word. */
export interface WordView {
  folded: string;
  proclitic: string;
  stem: string;
  /** The stem without ال (when what is left is long enough to be a word). */
  bare: string;
  cluster: string[] | undefined;
  /** Brown-cluster bit-string prefixes (see BrownPrefixes). */
  brown: string[] | undefined;
  /** Clusters of the word's skip-gram embedding. */
  embedding: string[] | undefined;
  cue: string | undefined;
  /** Gazetteer bits of the word alone or its stem. */
  gazetteer: number;
  /** News-learnt name bits (see news-names-build.ts) of the word or its stem. */
  newsName: number;
  demonym: boolean;
}

/** Nisba adjectives of a known place (مصري، الجزائرية، السوريين): ANERcorp tags them O, but they matter. */
function isDemonym(stem: string, res: NerResources): boolean {
  const bare = stem.startsWith("ال") ? stem.slice(2) : stem;
  const m = Nisba.exec(bare);
  if (!m) return false;
  const base = m[1];
  for (const cand of [base, "ال" + base, base + "ا", base + "يا", base + "ه"]) {
    if (((res.gazetteer.get(cand) ?? 0) & LocBit) !== 0) return true;
  }
  return false;
}

export function viewOf(word: string, res: NerResources): WordView {
  const folded = foldWord(word).replace(/[0-9]/g, "0");
  const { proclitic, stem } = stripProclitics(folded);
  return {
    folded,
    proclitic,
    stem,
    bare: stem.startsWith("ال") && stem.length > 3 ? stem.slice(2) : stem,
    cluster: res.clusters.get(folded) ?? res.clusters.get(stem),
    brown: res.brown.get(folded) ?? res.brown.get(stem),
    embedding: res.embedding.get(folded) ?? res.embedding.get(stem),
    cue: res.cues.get(folded) ?? res.cues.get(stem),
    gazetteer: (res.gazetteer.get(folded) ?? 0) | (res.gazetteer.get(stem) ?? 0),
    newsName: (res.newsNames.get(folded) ?? 0) | (res.newsNames.get(stem) ?? 0),
    demonym: isDemonym(stem, res),
  };
}

/**
 * Receives one feature as its name up to and including the first "=" (the whole name when it has none) and the
 * rest (a value concatenated as `prefix + value`): the tagger looks the two parts up without building the string.
 */
export type EmitFeature = (prefix: string, value: string | number | undefined) => void;

const SuffixPrefixes = ["", "x1=", "x2=", "x3=", "x4="];
const PrefixPrefixes = ["", "p1=", "p2=", "p3=", "p4="];
const BarePrefixes = ["", "", "bp2=", "bp3="];
/** `k${k}=`, `bk${k}=` and `e${k}=` for the cluster lists' first entries (longer lists build theirs). */
const ClusterPrefixes = Array.from({ length: 8 }, (_, k) => `k${k}=`);
const BrownFeaturePrefixes = Array.from({ length: 8 }, (_, k) => `bk${k}=`);
const EmbeddingPrefixes = Array.from({ length: 8 }, (_, k) => `e${k}=`);
const nth = (names: string[], letter: string, k: number) => names[k] ?? `${letter}${k}=`;

/** The strings of an emitter-form feature group, in order. */
function featureStrings(emitGroup: (emit: EmitFeature) => void): string[] {
  const f: string[] = [];
  emitGroup((prefix, value) => {
    f.push(prefix + value);
  });
  return f;
}

/** Features of the token itself, one by one (see `selfFeatures`). */
export function emitSelfFeatures(v: WordView, res: NerResources, emit: EmitFeature): void {
  const { folded: w, proclitic, stem, bare } = v;
  emit("b", "");
  emit("w=", w);
  emit("sh=", shapeOf(w));
  if (proclitic) {
    emit("s=", stem);
    emit("p=", proclitic);
  }
  if (bare !== stem) {
    emit("al", "");
    emit("bs=", bare);
  }
  for (let k = 1; k <= 4 && k < w.length; k++) {
    emit(SuffixPrefixes[k], w.slice(-k));
    emit(PrefixPrefixes[k], w.slice(0, k));
  }
  for (let k = 2; k <= 3 && k < bare.length; k++) emit(BarePrefixes[k], bare.slice(0, k));
  if (w.length > 1) emit("len=", Math.min(w.length, 8));
  for (const type of gazetteerTypes(v.gazetteer)) emit("g1=", type);
  for (const type of gazetteerTypes(v.newsName)) emit("n1=", type);
  if (v.demonym) emit("dem", "");
  if (v.cue) emit("c=", v.cue);
  const cl = v.cluster;
  if (cl) for (let k = 0; k < cl.length; k++) emit(nth(ClusterPrefixes, "k", k), cl[k]);
  else emit("k=", "none");
  const br = v.brown;
  if (br) for (let k = 0; k < br.length; k++) emit(nth(BrownFeaturePrefixes, "bk", k), br[k]);
  else if (res.brown.size > 0) emit("bk=", "none");
  const em = v.embedding;
  if (em) for (let k = 0; k < em.length; k++) emit(nth(EmbeddingPrefixes, "e", k), em[k]);
  else if (res.embedding.size > 0) emit("e=", "none");
  // The cluster of the stem and of the stem without ال: وطارق and طارق, القاهرة and قاهرة share little else.
  if (proclitic) {
    const cs = res.clusters.get(stem);
    if (cs) {
      emit("ks1=", cs[1]);
      emit("ks2=", cs[2]);
    }
  }
  if (bare !== stem) {
    const cb = res.clusters.get(bare);
    if (cb) {
      emit("kb1=", cb[1]);
      emit("kb2=", cb[2]);
    }
  }
}

/** Features of the token itself. */
export function selfFeatures(v: WordView, res: NerResources): string[] {
  return featureStrings((emit) => emitSelfFeatures(v, res, emit));
}

/** Features a word gives the token after it, one by one. */
export function emitAsPreviousFeatures(v: WordView, emit: EmitFeature): void {
  emit("w-1=", v.folded);
  emit("s-1=", v.stem);
  emit("c-1=", v.cue ?? "-");
  for (const type of gazetteerTypes(v.gazetteer)) emit("g-1=", type);
  for (const type of gazetteerTypes(v.newsName)) emit("n-1=", type);
  if (v.cluster) emit("k-1=", v.cluster[1 % v.cluster.length]);
  if (v.brown) {
    emit("b-1=", v.brown[0]);
    emit("bb-1=", v.brown[2]);
  }
  if (v.embedding) emit("e-1=", v.embedding[1]);
}

/** Features a word gives the token after it. */
export function asPreviousFeatures(v: WordView): string[] {
  return featureStrings((emit) => emitAsPreviousFeatures(v, emit));
}

/** Features a word gives the token before it, one by one. */
export function emitAsNextFeatures(v: WordView, emit: EmitFeature): void {
  emit("w+1=", v.folded);
  emit("s+1=", v.stem);
  emit("c+1=", v.cue ?? "-");
  for (const type of gazetteerTypes(v.gazetteer)) emit("g+1=", type);
  if (v.demonym) emit("dem+1", "");
  if (v.cluster) emit("k+1=", v.cluster[1 % v.cluster.length]);
  if (v.brown) {
    emit("b+1=", v.brown[0]);
    emit("bb+1=", v.brown[2]);
  }
  if (v.embedding) emit("e+1=", v.embedding[1]);
}

/** Features a word gives the token before it. */
export function asNextFeatures(v: WordView): string[] {
  return featureStrings((emit) => emitAsNextFeatures(v, emit));
}

/** Features a word gives the token two after it, one by one. */
export function emitAsPrevious2Features(v: WordView, emit: EmitFeature): void {
  emit("w-2=", v.folded);
  emit("c-2=", v.cue ?? "-");
}

/** Features a word gives the token two after it. */
export function asPrevious2Features(v: WordView): string[] {
  return featureStrings((emit) => emitAsPrevious2Features(v, emit));
}

/** Features a word gives the token two before it, one by one. */
export function emitAsNext2Features(v: WordView, emit: EmitFeature): void {
  emit("w+2=", v.folded);
}

/** Features a word gives the token two before it. */
export function asNext2Features(v: WordView): string[] {
  return featureStrings((emit) => emitAsNext2Features(v, emit));
}

/**
 * The feature list of the many tokens that have no position or document features: one shared, frozen array
 * instead of an empty one per token (lists are created when a feature is first added).
 */
export const NoFeatures: string[] = Object.freeze([]) as unknown as string[];

function addFeature(lists: string[][], i: number, feature: string): void {
  if (lists[i] === NoFeatures) lists[i] = [feature];
  else lists[i].push(feature);
}

export const SentenceStartFeatures = { previous: ["w-1=<s>"], previous2: ["w-2=<s>"] };
export const SentenceEndFeatures = { next: ["w+1=</s>"], next2: ["w+2=</s>"] };

/**
 * Features that depend on the position: sentence start, multi-word gazetteer matches and (unless the caller
 * handles them itself, as the cached tagger does) the word bigrams.
 */
export function positionFeatures(views: WordView[], res: NerResources, withBigrams = true): string[][] {
  const n = views.length;
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    if (withBigrams) {
      const w = views[i].folded;
      const prev = i > 0 ? views[i - 1].folded : "<s>";
      const next = i + 1 < n ? views[i + 1].folded : "</s>";
      out.push(["w-1w=" + prev + "|" + w, "ww+1=" + w + "|" + next]);
    } else out.push(NoFeatures);
    if (i === 0) addFeature(out, i, "first");
  }
  // Gazetteer names of several words; the first word may carry proclitics (ومجلس الأمن).
  for (let i = 0; i < n; i++) {
    let phraseFolded = views[i].folded;
    let phraseStem = views[i].stem;
    for (let len = 1; len <= res.gazetteerMaxWords && i + len <= n; len++) {
      if (len > 1) {
        phraseFolded += " " + views[i + len - 1].folded;
        phraseStem += " " + views[i + len - 1].stem;
        const bits = (res.gazetteer.get(phraseFolded) ?? 0) | (res.gazetteer.get(phraseStem) ?? 0);
        for (const type of gazetteerTypes(bits)) {
          addFeature(out, i, `g=B${type}m`);
          for (let j = i + 1; j < i + len; j++) addFeature(out, j, `g=I${type}`);
        }
      } else {
        for (const type of gazetteerTypes(views[i].gazetteer)) addFeature(out, i, `g=B${type}`);
      }
      if (!res.gazetteerPrefixes.has(phraseFolded) && !res.gazetteerPrefixes.has(phraseStem)) break;
    }
  }
  return out;
}

/** All feature strings of a sentence (training, and reference for the cached path). */
export function sentenceFeatures(words: string[], res: NerResources): string[][] {
  const views = words.map((w) => viewOf(w, res));
  const n = views.length;
  const position = positionFeatures(views, res);
  return views.map((v, i) => [
    ...selfFeatures(v, res),
    ...(i > 0 ? asPreviousFeatures(views[i - 1]) : SentenceStartFeatures.previous),
    ...(i > 1 ? asPrevious2Features(views[i - 2]) : SentenceStartFeatures.previous2),
    ...(i + 1 < n ? asNextFeatures(views[i + 1]) : SentenceEndFeatures.next),
    ...(i + 2 < n ? asNext2Features(views[i + 2]) : SentenceEndFeatures.next2),
    ...position[i],
  ]);
}

/** Words this frequent in the news (rank in the cluster table) say nothing as document context. */
const DocumentFrequentRank = 1000;

/**
 * Document-level features: what the other mentions of the same word in the article look like (the cue word
 * before them, a demonym after them: نادي العربي … العربي; ليل الفرنسي … ليل), and how often it recurs. Input
 * words only, no predicted tags, so training needs no cross-validated first pass. Returns, per sentence and
 * token, the extra feature strings.
 */
export function documentFeatures(views: WordView[][], res: NerResources): string[][][] {
  // the neighbours of each occurrence, turned into feature strings only for words that occur twice or more (most
  // occur once, and their strings would be built for nothing)
  const occurrences = new Map<string, { s: number; i: number; prev?: WordView; next?: WordView }[]>();
  views.forEach((sentence, s) => {
    sentence.forEach((v, i) => {
      const key = v.stem;
      if (key.length < 3 || v.cue || !ArabicWord.test(key)) return;
      const rank = res.clusterRank.get(key);
      if (rank !== undefined && rank < DocumentFrequentRank) return;
      const prev = i > 0 ? sentence[i - 1] : undefined;
      const next = i + 1 < sentence.length ? sentence[i + 1] : undefined;
      let list = occurrences.get(key);
      if (!list) {
        list = [];
        occurrences.set(key, list);
      }
      list.push({ s, i, prev, next });
    });
  });
  const out = views.map((sentence) => sentence.map(() => NoFeatures));
  for (const list of occurrences.values()) {
    if (list.length < 2) continue;
    const features = list.map(({ prev, next }) => {
      const f: string[] = [];
      if (prev?.cue) f.push("d-c=" + prev.cue);
      if (prev) f.push("d-w=" + prev.stem);
      if (next?.demonym) f.push("d+dem");
      return f;
    });
    list.forEach((own, k) => {
      const seen = new Set<string>();
      for (let j = 0; j < list.length; j++) if (j !== k) for (const f of features[j]) seen.add(f);
      out[own.s][own.i] = ["dn=" + Math.min(list.length, 4), ...seen];
    });
  }
  return out;
}

/** Feature strings of the sentences of one document (training, and reference for the cached path). */
export function documentSentenceFeatures(sentences: string[][], res: NerResources): string[][][] {
  const views = sentences.map((words) => words.map((w) => viewOf(w, res)));
  const doc = documentFeatures(views, res);
  return sentences.map((words, s) => sentenceFeatures(words, res).map((f, i) => [...f, ...doc[s][i]]));
}
