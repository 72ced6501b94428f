// Brown clustering (Brown et al. 1992) with Liang's (2005) windowed algorithm: the words are taken in order of
// frequency; C clusters are kept active, each new word enters as a cluster of its own and then the two active
// clusters whose merge loses the least average mutual information (AMI) between adjacent clusters are merged.
// When every word is in, the last C clusters are merged down to one; that merge tree gives each of the C
// clusters, and so each of its words, a bit string (0 = left branch, 1 = right), whose prefixes are clusters
// at every granularity (Ratinov & Roth 2009
// use prefixes of 4, 6, 10 and 20 bits as NER features).
//
// Bookkeeping (as in Liang's wcluster): for the active clusters (kept compact in slots 0..m-1) dense matrices of
// the adjacent-pair probabilities p2[s][t] (s followed by t), their transposes, q2[s][t] = q(s,t) + q(t,s) with
// q(s,t) = p2 log(p2 / (p1[s] p1[t])), and the merge losses L[s][t]. A merge of a and b, or a new word n,
// changes every other pair's loss only through the terms of a, b and n, so each step costs O(C²) rather than
// the O(C³) of recomputing every loss; only the losses of the new or merged cluster are recomputed in full.
// Deterministic: fixed word order (frequency, then spelling), ties broken by the lowest slot pair.

export interface BrownInput {
  /** Number of words (word ids 0..V-1, in the order they enter: most frequent first). */
  words: number;
  /** Frequency of each word. */
  frequency: Float64Array;
  /** Adjacent word pairs (first, second) with counts; both ids < words. */
  pairFirst: Int32Array;
  pairSecond: Int32Array;
  pairCount: Float64Array;
}

export interface BrownOptions {
  /** Active clusters (C). */
  clusters: number;
  log?: (message: string) => void;
  /** Tests: after every step, check each kept loss against a full recomputation (slow). */
  verify?: boolean;
}

/** Compressed rows: for word w, entries offsets[w]..offsets[w+1] of (other, count). */
interface Adjacency {
  offsets: Int32Array;
  other: Int32Array;
  count: Float64Array;
}

function adjacency(words: number, from: Int32Array, to: Int32Array, count: Float64Array): Adjacency {
  const offsets = new Int32Array(words + 1);
  for (let k = 0; k < from.length; k++) offsets[from[k] + 1]++;
  for (let w = 0; w < words; w++) offsets[w + 1] += offsets[w];
  const fill = offsets.slice(0, words);
  const other = new Int32Array(from.length);
  const c = new Float64Array(from.length);
  for (let k = 0; k < from.length; k++) {
    const at = fill[from[k]]++;
    other[at] = to[k];
    c[at] = count[k];
  }
  return { offsets, other, count: c };
}

/** p log p, 0 for p = 0. */
function plogp(p: number): number {
  return p > 0 ? p * Math.log(p) : 0;
}

/**
 * Runs the clustering; returns each word's bit string (the root's children are "0" and "1"). Words that never
 * merged with anything (a vocabulary of one) get "0".
 */
export function brownClusters(input: BrownInput, options: BrownOptions): string[] {
  const V = input.words;
  const log = options.log ?? (() => {});
  if (V === 0) return [];
  if (V === 1) return ["0"];
  const C = Math.max(2, Math.min(options.clusters, V));
  const S = C + 1; // slots: C active clusters plus the entering word
  let totalPairs = 0;
  for (let k = 0; k < input.pairCount.length; k++) totalPairs += input.pairCount[k];
  let totalWords = 0;
  for (let w = 0; w < V; w++) totalWords += input.frequency[w];
  const right = adjacency(V, input.pairFirst, input.pairSecond, input.pairCount);
  const left = adjacency(V, input.pairSecond, input.pairFirst, input.pairCount);

  const p1 = new Float64Array(S);
  const lnP1 = new Float64Array(S);
  const p2 = new Float64Array(S * S); // p2[s*S+t]: s followed by t
  const p2t = new Float64Array(S * S); // p2t[s*S+t] = p2[t*S+s]
  const rowSum = new Float64Array(S); // Σ_d p2[s][d]
  const colSum = new Float64Array(S); // Σ_d p2[d][s]
  const q2 = new Float64Array(S * S); // symmetric
  const qRow = new Float64Array(S); // Σ_d q2[s][d]
  const loss = new Float64Array(S * S); // merge loss of s and t, current for s < t
  const lnPair = new Float64Array(S * S); // ln(p1[s] + p1[t]), symmetric
  const slotNode = new Int32Array(S); // tree node of each slot's cluster (final phase)
  let m = 0; // active slots

  // The merge tree over the clusters left when every word is in (as in Liang's wcluster: the merges of the
  // windowed phase only decide which of the C clusters a word ends in): leaves 0..leaves-1, then one node
  // per merge. During the windowed phase slotNode is unused.
  const childLeft = new Int32Array(S);
  const childRight = new Int32Array(S);
  let leaves = 0;
  let nodes = 0;
  let buildingTree = false;
  // Word → slot while its cluster is active (words not yet entered: -1); members as linked lists per slot.
  const wordSlot = new Int32Array(V).fill(-1);
  const head = new Int32Array(S).fill(-1);
  const tail = new Int32Array(S).fill(-1);
  const next = new Int32Array(V).fill(-1);

  const qOf = (ab: number, ba: number, lnA: number, lnB: number) =>
    (ab > 0 ? ab * (Math.log(ab) - lnA - lnB) : 0) + (ba > 0 ? ba * (Math.log(ba) - lnA - lnB) : 0);

  /** q2 of the hypothetical merge of s and t with d (d not s or t). */
  const mergedWith = (s: number, t: number, d: number) => {
    const ab = p2[s * S + d] + p2[t * S + d];
    const ba = p2t[s * S + d] + p2t[t * S + d];
    if (ab === 0 && ba === 0) return 0;
    return qOf(ab, ba, lnPair[s * S + t], lnP1[d]);
  };

  /** Slots adjacent to slot z (either order), other than z and `skip`: written to `list`, flagged in `flag`. */
  const linkedOf = (z: number, skip: number, list: Int32Array, flag: Uint8Array): number => {
    const rz = z * S;
    let k = 0;
    for (let d = 0; d < m; d++) {
      flag[d] = 0;
      if (d === z || d === skip) continue;
      if (p2[rz + d] > 0 || p2t[rz + d] > 0) {
        list[k++] = d;
        flag[d] = 1;
      }
    }
    return k;
  };

  /** Full merge loss of s and t, O(m). */
  const fullLoss = (s: number, t: number) => {
    const lnST = lnPair[s * S + t];
    let hyp = 0;
    const rs = s * S;
    const rt = t * S;
    for (let d = 0; d < m; d++) {
      if (d === s || d === t) continue;
      const ab = p2[rs + d] + p2[rt + d];
      const ba = p2t[rs + d] + p2t[rt + d];
      if (ab === 0 && ba === 0) continue;
      const ln = lnST + lnP1[d];
      if (ab > 0) hyp += ab * (Math.log(ab) - ln);
      if (ba > 0) hyp += ba * (Math.log(ba) - ln);
    }
    const self = p2[rs + s] + p2[rs + t] + p2[rt + s] + p2[rt + t];
    if (self > 0) hyp += self * (Math.log(self) - 2 * lnST);
    return qRow[s] + qRow[t] - q2[rs + t] - hyp;
  };

  /**
   * The same loss for an s adjacent to few slots (the k in `list`), O(k): for every d not adjacent to s, the
   * merged term differs from t's own q2[t][d] only through ln p1, so their sum comes from t's row sums.
   */
  const sparseLoss = (s: number, t: number, list: Int32Array, k: number) => {
    const lnST = lnPair[s * S + t];
    const rs = s * S;
    const rt = t * S;
    const lnT = lnP1[t];
    let hyp = 0;
    let sumQ = 0;
    let sumW = 0;
    for (let j = 0; j < k; j++) {
      const d = list[j];
      if (d === t) continue;
      const ab = p2[rs + d] + p2[rt + d];
      const ba = p2t[rs + d] + p2t[rt + d];
      const ln = lnST + lnP1[d];
      if (ab > 0) hyp += ab * (Math.log(ab) - ln);
      if (ba > 0) hyp += ba * (Math.log(ba) - ln);
      const w = p2[rt + d] + p2t[rt + d];
      sumQ += q2[rt + d] + w * lnT;
      sumW += w;
    }
    const ws = p2[rt + s] + p2t[rt + s];
    sumQ += q2[rt + s] + ws * lnT;
    sumW += ws;
    const wt = rowSum[t] + colSum[t] - 2 * p2[rt + t];
    const xt = qRow[t] - q2[rt + t] + lnT * wt;
    hyp += xt - sumQ - lnST * (wt - sumW);
    const self = p2[rs + s] + p2[rs + t] + p2[rt + s] + p2[rt + t];
    if (self > 0) hyp += self * (Math.log(self) - 2 * lnST);
    return qRow[s] + qRow[t] - q2[rs + t] - hyp;
  };

  /** Recomputes q2 of slot s against every active slot (and qRow), after s changed. */
  const refreshQ = (s: number) => {
    const rs = s * S;
    let row = 0;
    for (let d = 0; d < m; d++) {
      const v =
        d === s
          ? plogp(p2[rs + s]) - p2[rs + s] * 2 * lnP1[s]
          : qOf(p2[rs + d], p2t[rs + d], lnP1[s], lnP1[d]);
      const old = q2[rs + d];
      q2[rs + d] = v;
      if (d !== s) {
        q2[d * S + s] = v;
        qRow[d] += v - old;
      }
      row += v;
    }
    qRow[s] = row;
  };

  const refreshLnPair = (s: number) => {
    for (let d = 0; d < m; d++) {
      const v = Math.log(p1[s] + p1[d]);
      lnPair[s * S + d] = v;
      lnPair[d * S + s] = v;
    }
  };

  const linkedList = new Int32Array(S);
  const linkedFlag = new Uint8Array(S);
  /**
   * Adds `sign * (q2[s][x] + q2[t][x] - merged(s,t with x))` to the loss of the pairs without x and `skip`
   * of which s or t is flagged in `flag` (listed in `list`). The term is 0 when neither s nor t is adjacent
   * to x; when x changes by absorbing a cluster z, it changes only for pairs adjacent to z.
   */
  const shiftLosses = (
    x: number,
    sign: number,
    skip: number,
    list: Int32Array,
    k: number,
    flag: Uint8Array,
  ) => {
    let after = 0; // list[after] is the first listed slot > s
    for (let s = 0; s < m; s++) {
      if (s === x || s === skip) continue;
      while (after < k && list[after] <= s) after++;
      const qs = q2[s * S + x];
      const rs = s * S;
      if (flag[s]) {
        for (let t = s + 1; t < m; t++) {
          if (t === x || t === skip) continue;
          loss[rs + t] += sign * (qs + q2[t * S + x] - mergedWith(s, t, x));
        }
      } else {
        for (let j = after; j < k; j++) {
          const t = list[j];
          if (t === x || t === skip) continue;
          loss[rs + t] += sign * (qs + q2[t * S + x] - mergedWith(s, t, x));
        }
      }
    }
  };

  const setLoss = (s: number, t: number, v: number) => {
    loss[s * S + t] = v;
    loss[t * S + s] = v;
  };

  /** Word w enters as a new cluster in slot m. */
  const enter = (w: number) => {
    const s = m++;
    const rs = s * S;
    for (let d = 0; d < m; d++) {
      p2[rs + d] = 0;
      p2[d * S + s] = 0;
      p2t[rs + d] = 0;
      p2t[d * S + s] = 0;
      q2[rs + d] = 0;
      q2[d * S + s] = 0;
    }
    qRow[s] = 0;
    rowSum[s] = 0;
    colSum[s] = 0;
    p1[s] = input.frequency[w] / totalWords;
    lnP1[s] = Math.log(p1[s]);
    wordSlot[w] = s;
    head[s] = w;
    tail[s] = w;
    next[w] = -1;
    slotNode[s] = w;
    for (let k = right.offsets[w]; k < right.offsets[w + 1]; k++) {
      const d = wordSlot[right.other[k]];
      if (d < 0) continue;
      const p = right.count[k] / totalPairs;
      p2[rs + d] += p;
      p2t[d * S + s] += p;
      rowSum[s] += p;
      colSum[d] += p;
    }
    for (let k = left.offsets[w]; k < left.offsets[w + 1]; k++) {
      const d = wordSlot[left.other[k]];
      if (d < 0 || d === s) continue; // w w counted once, from the right list
      const p = left.count[k] / totalPairs;
      p2[d * S + s] += p;
      p2t[rs + d] += p;
      rowSum[d] += p;
      colSum[s] += p;
    }
    refreshLnPair(s);
    refreshQ(s);
  };

  /** Moves slot `from` (the last) into slot `to`, copying its rows and columns. */
  const moveSlot = (from: number, to: number) => {
    const rf = from * S;
    const rt = to * S;
    for (let d = 0; d < m; d++) {
      const dd = d === from ? to : d;
      p2[rt + dd] = p2[rf + d];
      p2t[rt + dd] = p2t[rf + d];
      q2[rt + dd] = q2[rf + d];
      lnPair[rt + dd] = lnPair[rf + d];
    }
    for (let d = 0; d < m; d++) {
      const dd = d === from ? to : d;
      p2[dd * S + to] = p2[d * S + from];
      p2t[dd * S + to] = p2t[d * S + from];
      q2[dd * S + to] = q2[d * S + from];
      lnPair[dd * S + to] = lnPair[d * S + from];
    }
    // Losses are current in the upper triangle only; `from` is the last slot, so its pairs are in its column.
    for (let d = 0; d < from; d++) {
      if (d === to) continue;
      setLoss(to, d, loss[d * S + from]);
    }
    p1[to] = p1[from];
    lnP1[to] = lnP1[from];
    qRow[to] = qRow[from];
    rowSum[to] = rowSum[from];
    colSum[to] = colSum[from];
    slotNode[to] = slotNode[from];
    head[to] = head[from];
    tail[to] = tail[from];
    for (let w = head[to]; w >= 0; w = next[w]) wordSlot[w] = to;
  };

  /** Merges slots a < b: the merged cluster stays in a, b is freed (the last slot moves into it). */
  const merge = (a: number, b: number) => {
    // Only pairs adjacent to the side with fewer neighbours change loss through this merge.
    const ka = linkedOf(a, b, linkedList, linkedFlag);
    const z = ka <= m / 2 ? a : b;
    const k = z === a ? ka : linkedOf(b, a, linkedList, linkedFlag);
    shiftLosses(a, -1, b, linkedList, k, linkedFlag);
    shiftLosses(b, -1, a, linkedList, k, linkedFlag);
    const ra = a * S;
    const rb = b * S;
    const self = p2[ra + a] + p2[ra + b] + p2[rb + a] + p2[rb + b];
    for (let d = 0; d < m; d++) {
      if (d === a || d === b) continue;
      p2[ra + d] += p2[rb + d];
      p2t[ra + d] += p2t[rb + d];
      p2[d * S + a] = p2t[ra + d];
      p2t[d * S + a] = p2[ra + d];
    }
    p2[ra + a] = self;
    p2t[ra + a] = self;
    rowSum[a] += rowSum[b];
    colSum[a] += colSum[b];
    p1[a] += p1[b];
    lnP1[a] = Math.log(p1[a]);
    for (let d = 0; d < m; d++) if (d !== b) qRow[d] -= q2[d * S + b];
    if (buildingTree) {
      childLeft[nodes - leaves] = slotNode[a];
      childRight[nodes - leaves] = slotNode[b];
      slotNode[a] = nodes++;
    }
    // Members of b join a.
    for (let w = head[b]; w >= 0; w = next[w]) wordSlot[w] = a;
    next[tail[a]] = head[b];
    tail[a] = tail[b];
    const last = m - 1;
    if (b !== last) {
      moveSlot(last, b);
      // The listed slots keep their order except `last`, which is now b.
      if (linkedFlag[last]) {
        linkedFlag[last] = 0;
        linkedFlag[b] = 1;
        let j = k - 1;
        while (j > 0 && linkedList[j - 1] > b) {
          linkedList[j] = linkedList[j - 1];
          j--;
        }
        linkedList[j] = b;
      }
    }
    linkedFlag[b] = b !== last ? linkedFlag[b] : 0;
    m--;
    refreshLnPair(a);
    refreshQ(a);
    shiftLosses(a, 1, -1, linkedList, k, linkedFlag);
    for (let t = 0; t < m; t++) if (t !== a) setLoss(a, t, fullLoss(a, t));
  };

  const verify = (when: string) => {
    for (let s = 0; s < m; s++)
      for (let t = s + 1; t < m; t++) {
        const kept = loss[s * S + t];
        const full = fullLoss(s, t);
        if (Math.abs(kept - full) > 1e-9 * (1 + Math.abs(full)))
          throw new Error(`brown: loss of ${s},${t} is ${kept}, recomputed ${full} (${when}, ${m} active)`);
      }
  };

  const bestPair = (): [number, number] => {
    if (options.verify) verify("before a merge");
    let best = Number.POSITIVE_INFINITY;
    let ba = 0;
    let bb = 1;
    for (let s = 0; s < m; s++) {
      const rs = s * S;
      for (let t = s + 1; t < m; t++) {
        const v = loss[rs + t];
        if (v < best) {
          best = v;
          ba = s;
          bb = t;
        }
      }
    }
    return [ba, bb];
  };

  const started = Date.now();
  const firstIn = Math.min(C, V);
  for (let w = 0; w < firstIn; w++) enter(w);
  for (let s = 0; s < m; s++)
    for (let t = s + 1; t < m; t++) {
      const v = fullLoss(s, t);
      loss[s * S + t] = v;
      loss[t * S + s] = v;
    }
  for (let w = firstIn; w < V; w++) {
    enter(w);
    const n = m - 1;
    const k = linkedOf(n, -1, linkedList, linkedFlag);
    shiftLosses(n, 1, -1, linkedList, k, linkedFlag);
    for (let t = 0; t < n; t++) setLoss(n, t, sparseLoss(n, t, linkedList, k));
    const [a, b] = bestPair();
    merge(a, b);
    if ((w + 1) % 5000 === 0)
      log(`brown: ${w + 1}/${V} words in, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // The words of each final cluster (leaf).
  leaves = m;
  nodes = m;
  buildingTree = true;
  const leafWords: number[][] = [];
  for (let s = 0; s < m; s++) {
    slotNode[s] = s;
    const words: number[] = [];
    for (let w = head[s]; w >= 0; w = next[w]) words.push(w);
    leafWords.push(words);
  }
  while (m > 1) {
    const [a, b] = bestPair();
    merge(a, b);
  }
  log(`brown: ${V} words clustered in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // Bit strings from the root down.
  const paths = new Array<string>(V).fill("0");
  const root = slotNode[0];
  const stack: [number, string][] = [[root, ""]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [number, string];
    if (node < leaves) {
      for (const w of leafWords[node]) paths[w] = path || "0";
      continue;
    }
    stack.push([childLeft[node - leaves], path + "0"], [childRight[node - leaves], path + "1"]);
  }
  return paths;
}
