// Unsupervised word clusters from the news corpus, used as tagger features (a cheap stand-in for Brown
// clusters): context counts (±2 words, left and right apart) over the most frequent context words, PPMI
// weighting, a seeded random projection, then hierarchical k-means (32 → ×8 → ×4 = 1024 leaves), so that each
// word gets a coarse, a middle and a fine cluster id. Takes about a minute on one core.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../random.ts";
import { brownClusters } from "./brown.ts";
import { foldWord } from "./fold.ts";
import { DefaultSkipGramOptions, type SkipGramOptions, trainSkipGram } from "./skipgram.ts";

export interface ClusterOptions {
  vocabulary: number;
  contexts: number;
  minCount: number;
  seed: number;
  log?: (message: string) => void;
}

export const DefaultClusterOptions: ClusterOptions = {
  vocabulary: 60000,
  contexts: 2500,
  minCount: 4,
  seed: 7,
};

const WordPattern = /[\u0621-\u064a\u0660-\u0669\u064b-\u0652\u0670\u0640A-Za-z0-9]+/g;

/** Word streams of the news articles, folded as the tagger folds them. */
export function* newsWords(shared: string): Generator<string[]> {
  for (const file of ["ant-multisource.jsonl", "ant-jawharafm.jsonl"]) {
    const text = readFileSync(join(shared, "data/news", file), "utf8");
    for (const line of text.split("\n")) {
      if (!line) continue;
      const article = JSON.parse(line) as { title?: string; text?: string };
      for (const part of [article.title ?? "", article.text ?? ""]) {
        const words = part.match(WordPattern);
        if (words) yield words.map((w) => foldWord(w).replace(/[0-9]/g, "0"));
      }
    }
  }
}

/** Word vectors as sparse unit-length rows (CSR). */
export interface SparseRows {
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
  dims: number;
}

function dot(rows: SparseRows, r: number, dense: Float32Array, base: number): number {
  let d = 0;
  for (let k = rows.offsets[r]; k < rows.offsets[r + 1]; k++)
    d += rows.values[k] * dense[base + rows.indices[k]];
  return d;
}

/** Spherical k-means (cosine) over sparse rows, k-means++ seeding from the seeded PRNG. */
function kmeans(
  rows: SparseRows,
  members: number[],
  k: number,
  random: () => number,
  iterations = 10,
): number[] {
  const n = members.length;
  if (n <= k) return members.map((_, i) => i);
  const D = rows.dims;
  const centroids = new Float32Array(k * D);
  const place = (c: number, r: number) => {
    for (let j = rows.offsets[r]; j < rows.offsets[r + 1]; j++)
      centroids[c * D + rows.indices[j]] = rows.values[j];
  };
  place(0, members[Math.floor(random() * n)]);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 2 - 2 * dot(rows, members[i], centroids, (c - 1) * D));
      if (d < dist[i]) dist[i] = d;
      total += dist[i];
    }
    let r = random() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    place(c, members[pick]);
  }
  const assign = new Array<number>(n).fill(0);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const s = dot(rows, members[i], centroids, c * D);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const r = members[i];
      const cb = assign[i] * D;
      for (let j = rows.offsets[r]; j < rows.offsets[r + 1]; j++)
        centroids[cb + rows.indices[j]] += rows.values[j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < D; j++) norm += centroids[c * D + j] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < D; j++) centroids[c * D + j] /= norm;
    }
  }
  return assign;
}

/** The news corpus as word ids (-1 between titles and texts), with each id's word and frequency. */
export interface NewsStream {
  ids: Map<string, number>;
  freq: number[];
  stream: Int32Array;
  length: number;
}

export function readNewsStream(shared: string): NewsStream {
  const ids = new Map<string, number>();
  const freq: number[] = [];
  let stream = new Int32Array(1 << 24);
  let length = 0;
  const push = (v: number) => {
    if (length === stream.length) {
      const bigger = new Int32Array(stream.length * 2);
      bigger.set(stream);
      stream = bigger;
    }
    stream[length++] = v;
  };
  for (const words of newsWords(shared)) {
    for (const w of words) {
      let id = ids.get(w);
      if (id === undefined) {
        id = freq.length;
        ids.set(w, id);
        freq.push(0);
      }
      freq[id]++;
      push(id);
    }
    push(-1);
  }
  return { ids, freq, stream, length };
}

/** The words of the news, most frequent first (ties by spelling), with at least `minCount` occurrences. */
export function vocabularyOf(news: NewsStream, size: number, minCount: number): [string, number][] {
  const { ids, freq } = news;
  return [...ids.entries()]
    .sort((a, b) => freq[b[1]] - freq[a[1]] || (a[0] < b[0] ? -1 : 1))
    .filter(([, id]) => freq[id] >= minCount)
    .slice(0, size);
}

/** Coarse / middle / fine cluster labels (32 → ×8 → ×4) of the rows by hierarchical spherical k-means. */
export function hierarchicalKmeans(rows: SparseRows, n: number, random: () => number): string[][] {
  const coarse = kmeans(
    rows,
    Array.from({ length: n }, (_, i) => i),
    32,
    random,
  );
  const labels: string[][] = coarse.map((c) => [String(c)]);
  for (const [branches, level] of [
    [8, 1],
    [4, 2],
  ] as const) {
    const groups = new Map<string, number[]>();
    labels.forEach((l, i) => {
      const key = l[level - 1];
      const g = groups.get(key) ?? [];
      g.push(i);
      groups.set(key, g);
    });
    for (const [key, members] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const sub = kmeans(rows, members, branches, random);
      for (let j = 0; j < members.length; j++) labels[members[j]].push(`${key}.${sub[j]}`);
    }
  }
  return labels;
}

/** Returns the clusters file: `word<TAB>coarse<TAB>middle<TAB>fine` per line. */
export function buildClusters(shared: string, options: ClusterOptions = DefaultClusterOptions): string {
  const log = options.log ?? (() => {});
  const news = readNewsStream(shared);
  const { ids, freq, stream, length } = news;
  log(`news: ${length} tokens, ${freq.length} distinct words`);
  const byFreq = [...ids.entries()].sort((a, b) => freq[b[1]] - freq[a[1]] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, id]) => freq[id] >= options.minCount).slice(0, options.vocabulary);
  const V = vocab.length;
  const C = options.contexts;
  const row = new Int32Array(freq.length).fill(-1);
  const ctx = new Int32Array(freq.length).fill(-1);
  vocab.forEach(([, id], r) => {
    row[id] = r;
    if (r < C) ctx[id] = r;
  });

  // Context counts: left contexts in columns [0, C), right contexts in [C, 2C).
  const D = 2 * C;
  // Counts as 16-bit integers (saturating): the nearer neighbour weighs 2, the one beyond it 1.
  const counts = new Uint16Array(V * D);
  const bump = (cell: number, by: number) => {
    counts[cell] = Math.min(65535, counts[cell] + by);
  };
  for (let i = 0; i < length; i++) {
    if (stream[i] < 0) continue;
    const r = row[stream[i]];
    if (r < 0) continue;
    for (let off = 1; off <= 2; off++) {
      const by = off === 1 ? 2 : 1;
      const l = i - off;
      if (l >= 0 && stream[l] >= 0 && ctx[stream[l]] >= 0) bump(r * D + ctx[stream[l]], by);
      const rr = i + off;
      if (rr < length && stream[rr] >= 0 && ctx[stream[rr]] >= 0) bump(r * D + C + ctx[stream[rr]], by);
    }
  }

  // PPMI with context-distribution smoothing (Levy et al. 2015), kept sparse and unit length.
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(D);
  for (let r = 0; r < V; r++)
    for (let c = 0; c < D; c++) {
      const v = counts[r * D + c];
      rowSum[r] += v;
      colSum[c] += v;
    }
  let smoothedTotal = 0;
  for (let c = 0; c < D; c++) smoothedTotal += colSum[c] ** 0.75;
  const offsets = new Int32Array(V + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < V; r++) {
    const start = indices.length;
    let norm = 0;
    for (let c = 0; c < D; c++) {
      const v = counts[r * D + c];
      if (v <= 0) continue;
      const pmi = Math.log((v * smoothedTotal) / (rowSum[r] * colSum[c] ** 0.75));
      if (pmi <= 0) continue;
      indices.push(c);
      values.push(pmi);
      norm += pmi * pmi;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = start; k < values.length; k++) values[k] /= norm;
    offsets[r + 1] = indices.length;
  }
  const rows: SparseRows = {
    offsets,
    indices: Int32Array.from(indices),
    values: Float32Array.from(values),
    dims: D,
  };
  log(`vectors: ${V} words, ${indices.length} non-zero PPMI cells`);
  const random = seededRandom(options.seed);

  const labels = hierarchicalKmeans(rows, V, random);
  log("clusters: 32 / 256 / 1024");
  const lines = vocab.map(([word], i) => `${word}\t${labels[i].join("\t")}`);
  return (
    "# Word clusters learnt from ../shared/data/news (ANT corpus, Apache-2.0) by src/ner/clusters-build.ts;\n" +
    "# rebuild with `marsad train ner --clusters`. Columns: folded word, coarse, middle, fine cluster.\n" +
    lines.join("\n") +
    "\n"
  );
}

export interface BrownBuildOptions {
  /** The most frequent folded words clustered (minimum count 2). */
  vocabulary: number;
  /** Active clusters of the windowed algorithm. */
  clusters: number;
  log?: (message: string) => void;
}

export const DefaultBrownOptions: BrownBuildOptions = { vocabulary: 50000, clusters: 256 };

/** Brown clusters of the news corpus; returns the file `word<TAB>bit string`, most frequent word first. */
export function buildBrownClusters(shared: string, options: BrownBuildOptions = DefaultBrownOptions): string {
  const log = options.log ?? (() => {});
  const news = readNewsStream(shared);
  const { freq, stream, length } = news;
  const vocab = vocabularyOf(news, options.vocabulary, 2);
  const V = vocab.length;
  const rank = new Int32Array(freq.length).fill(-1);
  vocab.forEach(([, id], r) => {
    rank[id] = r;
  });
  // Adjacent in-vocabulary pairs within a title or text, counted by sorting their keys.
  const keys = new Float64Array(length);
  let n = 0;
  for (let i = 0; i + 1 < length; i++) {
    const a = stream[i];
    const b = stream[i + 1];
    if (a < 0 || b < 0) continue;
    const ra = rank[a];
    const rb = rank[b];
    if (ra < 0 || rb < 0) continue;
    keys[n++] = ra * V + rb;
  }
  const sorted = keys.subarray(0, n).sort();
  const first: number[] = [];
  const second: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && sorted[j] === sorted[i]) j++;
    first.push(Math.floor(sorted[i] / V));
    second.push(sorted[i] % V);
    counts.push(j - i);
    i = j;
  }
  const frequency = new Float64Array(V);
  vocab.forEach(([, id], r) => {
    frequency[r] = freq[id];
  });
  log(`brown: ${length} tokens, ${V} words, ${n} adjacent pairs (${first.length} distinct)`);
  const paths = brownClusters(
    {
      words: V,
      frequency,
      pairFirst: Int32Array.from(first),
      pairSecond: Int32Array.from(second),
      pairCount: Float64Array.from(counts),
    },
    { clusters: options.clusters, log },
  );
  const lines = vocab.map(([word], r) => `${word}\t${paths[r]}`);
  return (
    `# Brown clusters (${options.clusters} active clusters, ${V} words) learnt from ../shared/data/news (ANT corpus,\n` +
    "# Apache-2.0) by src/ner/brown.ts; rebuild with `marsad train ner --brown`. Columns: folded word, bit string.\n" +
    lines.join("\n") +
    "\n"
  );
}

export interface EmbeddingClusterOptions {
  vocabulary: number;
  minCount: number;
  skipGram: SkipGramOptions;
  log?: (message: string) => void;
}

export const DefaultEmbeddingClusterOptions: EmbeddingClusterOptions = {
  vocabulary: 60000,
  minCount: 4,
  skipGram: DefaultSkipGramOptions,
};

/**
 * Skip-gram embeddings of the news words, clustered by hierarchical spherical k-means (32 / 256 / 1024);
 * returns the file `word<TAB>coarse<TAB>middle<TAB>fine`, most frequent word first.
 */
export function buildEmbeddingClusters(
  shared: string,
  options: EmbeddingClusterOptions = DefaultEmbeddingClusterOptions,
): string {
  const log = options.log ?? (() => {});
  const news = readNewsStream(shared);
  const vocab = vocabularyOf(news, options.vocabulary, options.minCount);
  const V = vocab.length;
  const rank = new Int32Array(news.freq.length).fill(-1);
  vocab.forEach(([, id], r) => {
    rank[id] = r;
  });
  // Out-of-vocabulary words are dropped from the stream, as word2vec does.
  const corpus = new Int32Array(news.length);
  let n = 0;
  for (let i = 0; i < news.length; i++) {
    const id = news.stream[i];
    if (id < 0) {
      if (n > 0 && corpus[n - 1] !== -1) corpus[n++] = -1;
    } else if (rank[id] >= 0) corpus[n++] = rank[id];
  }
  const frequency = new Float64Array(V);
  vocab.forEach(([, id], r) => {
    frequency[r] = news.freq[id];
  });
  log(`skip-gram: ${n} tokens, ${V} words`);
  const D = options.skipGram.dimensions;
  const vectors = trainSkipGram(corpus.subarray(0, n), frequency, { ...options.skipGram, log });
  const offsets = new Int32Array(V + 1);
  const indices = new Int32Array(V * D);
  const values = new Float32Array(V * D);
  for (let r = 0; r < V; r++) {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += vectors[r * D + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) {
      indices[r * D + d] = d;
      values[r * D + d] = vectors[r * D + d] / norm;
    }
    offsets[r + 1] = (r + 1) * D;
  }
  const labels = hierarchicalKmeans(
    { offsets, indices, values, dims: D },
    V,
    seededRandom(options.skipGram.seed),
  );
  log("embedding clusters: 32 / 256 / 1024");
  const lines = vocab.map(([word], i) => `${word}\t${labels[i].join("\t")}`);
  return (
    "# Clusters of skip-gram embeddings learnt from ../shared/data/news (ANT corpus, Apache-2.0) by\n" +
    "# src/ner/skipgram.ts and src/ner/clusters-build.ts; rebuild with `marsad train ner --embeddings`.\n" +
    "# Columns: folded word, coarse, middle, fine cluster.\n" +
    lines.join("\n") +
    "\n"
  );
}
