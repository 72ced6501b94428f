// Word embeddings by skip-gram with negative sampling (Mikolov et al. 2013, as in word2vec): each word's vector
// is trained to predict the words around it against words drawn from the unigram distribution raised to 3/4.
// Frequent words are subsampled, the window is shrunk at random per position and the learning rate falls
// linearly, as word2vec does. Single-threaded and seeded, so the vectors are the same on every run.

export interface SkipGramOptions {
  dimensions: number;
  window: number;
  negatives: number;
  epochs: number;
  learningRate: number;
  /** Subsampling threshold (word2vec's -sample). */
  sample: number;
  seed: number;
  log?: (message: string) => void;
}

export const DefaultSkipGramOptions: SkipGramOptions = {
  dimensions: 100,
  window: 5,
  negatives: 5,
  epochs: 2,
  learningRate: 0.025,
  sample: 1e-4,
  seed: 11,
};

/** xorshift32: fast, seeded, deterministic. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/**
 * Trains vectors for words 0..V-1 from `corpus` (word ids; -1 separates texts, the window does not cross it).
 * Returns the input vectors, V × dimensions.
 */
export function trainSkipGram(
  corpus: Int32Array,
  frequency: Float64Array,
  options: SkipGramOptions = DefaultSkipGramOptions,
): Float32Array {
  const V = frequency.length;
  const D = options.dimensions;
  const log = options.log ?? (() => {});
  const next = xorshift(options.seed);
  const uniform = () => next() / 4294967296;
  const input = new Float32Array(V * D);
  const output = new Float32Array(V * D);
  for (let i = 0; i < input.length; i++) input[i] = (uniform() - 0.5) / D;

  // Negative-sampling table over frequency^0.75.
  const tableSize = 1 << 22;
  const table = new Int32Array(tableSize);
  let norm = 0;
  for (let w = 0; w < V; w++) norm += frequency[w] ** 0.75;
  let w = 0;
  let cumulative = frequency[0] ** 0.75 / norm;
  for (let i = 0; i < tableSize; i++) {
    table[i] = w;
    if (i / tableSize > cumulative && w < V - 1) {
      w++;
      cumulative += frequency[w] ** 0.75 / norm;
    }
  }
  let total = 0;
  for (let v = 0; v < V; v++) total += frequency[v];
  const keep = new Float64Array(V);
  for (let v = 0; v < V; v++) {
    const f = frequency[v] / total;
    keep[v] =
      options.sample > 0 ? Math.min(1, (Math.sqrt(f / options.sample) + 1) * (options.sample / f)) : 1;
  }

  const sentence = new Int32Array(corpus.length);
  const gradient = new Float32Array(D);
  const steps = options.epochs * corpus.length;
  let done = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let start = 0;
    while (start < corpus.length) {
      let end = start;
      while (end < corpus.length && corpus[end] >= 0) end++;
      // The text's words after subsampling.
      let n = 0;
      for (let i = start; i < end; i++) if (uniform() < keep[corpus[i]]) sentence[n++] = corpus[i];
      const rate = Math.max(options.learningRate * 1e-4, options.learningRate * (1 - done / steps));
      for (let i = 0; i < n; i++) {
        const center = sentence[i];
        const span = 1 + (next() % options.window);
        const lo = Math.max(0, i - span);
        const hi = Math.min(n - 1, i + span);
        for (let j = lo; j <= hi; j++) {
          if (j === i) continue;
          // word2vec updates the context word's input vector to predict the centre word.
          const inBase = sentence[j] * D;
          gradient.fill(0);
          for (let k = 0; k <= options.negatives; k++) {
            let target: number;
            let label: number;
            if (k === 0) {
              target = center;
              label = 1;
            } else {
              target = table[next() & (tableSize - 1)];
              if (target === center) continue;
              label = 0;
            }
            const outBase = target * D;
            let dot = 0;
            for (let d = 0; d < D; d++) dot += input[inBase + d] * output[outBase + d];
            const sigmoid = dot > 6 ? 1 : dot < -6 ? 0 : 1 / (1 + Math.exp(-dot));
            const g = (label - sigmoid) * rate;
            for (let d = 0; d < D; d++) {
              gradient[d] += g * output[outBase + d];
              output[outBase + d] += g * input[inBase + d];
            }
          }
          for (let d = 0; d < D; d++) input[inBase + d] += gradient[d];
        }
      }
      done += end - start;
      start = end + 1;
    }
    log(`skip-gram: epoch ${epoch + 1}/${options.epochs} done`);
  }
  return input;
}
