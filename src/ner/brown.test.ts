import { describe, expect, it } from "vitest";
import { seededRandom } from "../random.ts";
import { type BrownInput, brownClusters } from "./brown.ts";
import { parseBrown } from "./resources.ts";

/** Windowed Brown clustering done the slow way: every candidate merge scored by recomputing the AMI. */
function naiveBrown(input: BrownInput, C: number): string[] {
  const V = input.words;
  let totalPairs = 0;
  for (const c of input.pairCount) totalPairs += c;
  let totalWords = 0;
  for (const f of input.frequency) totalWords += f;
  type Cluster = { words: number[]; tree: Tree };
  type Tree = number[] | [Tree, Tree]; // a final cluster's words, or a merge of the final phase
  const active: Cluster[] = [];
  let finalPhase = false;
  const ami = (clusters: Cluster[]) => {
    const of = new Map<number, number>();
    clusters.forEach((c, i) => {
      for (const w of c.words) of.set(w, i);
    });
    const p1 = clusters.map((c) => c.words.reduce((s, w) => s + input.frequency[w], 0) / totalWords);
    const p2 = new Map<string, number>();
    for (let k = 0; k < input.pairFirst.length; k++) {
      const a = of.get(input.pairFirst[k]);
      const b = of.get(input.pairSecond[k]);
      if (a === undefined || b === undefined) continue;
      const key = `${a},${b}`;
      p2.set(key, (p2.get(key) ?? 0) + input.pairCount[k] / totalPairs);
    }
    let sum = 0;
    for (const [key, p] of p2) {
      const [a, b] = key.split(",").map(Number);
      sum += p * Math.log(p / (p1[a] * p1[b]));
    }
    return sum;
  };
  const mergeBest = () => {
    let best = Number.NEGATIVE_INFINITY;
    let pair: [number, number] = [0, 1];
    for (let s = 0; s < active.length; s++)
      for (let t = s + 1; t < active.length; t++) {
        const merged = active.filter((_, i) => i !== s && i !== t);
        merged.push({ words: [...active[s].words, ...active[t].words], tree: [] });
        const v = ami(merged);
        if (v > best + 1e-12) {
          best = v;
          pair = [s, t];
        }
      }
    const [s, t] = pair;
    const words = [...active[s].words, ...active[t].words];
    const node: Cluster = { words, tree: finalPhase ? [active[s].tree, active[t].tree] : words };
    active.splice(t, 1);
    active.splice(s, 1, node);
  };
  for (let w = 0; w < V; w++) {
    active.push({ words: [w], tree: [w] });
    if (active.length > C) mergeBest();
  }
  finalPhase = true;
  while (active.length > 1) mergeBest();
  const paths = new Array<string>(V);
  const walk = (t: Tree, path: string) => {
    if (typeof t[0] === "number") for (const w of t as number[]) paths[w] = path;
    else {
      walk(t[0] as Tree, path + "0");
      walk(t[1] as Tree, path + "1");
    }
  };
  walk(active[0].tree, "");
  return paths;
}

/** The word sets under every node of the tree (the order of a node's two branches is arbitrary). */
function subtrees(paths: string[]): string[] {
  const under = new Map<string, number[]>();
  paths.forEach((path, w) => {
    for (let k = 0; k <= path.length; k++) {
      const prefix = path.slice(0, k);
      under.set(prefix, [...(under.get(prefix) ?? []), w]);
    }
  });
  return [...under.values()].map((ws) => ws.join(",")).sort();
}

function randomInput(V: number, seed: number, density = 0.5): BrownInput {
  const random = seededRandom(seed);
  const first: number[] = [];
  const second: number[] = [];
  const count: number[] = [];
  const frequency = new Float64Array(V);
  for (let a = 0; a < V; a++)
    for (let b = 0; b < V; b++) {
      if (random() >= density) continue;
      const c = 1 + Math.floor(random() * 20 * (V - Math.max(a, b)));
      first.push(a);
      second.push(b);
      count.push(c);
      frequency[a] += c;
    }
  return {
    words: V,
    frequency,
    pairFirst: Int32Array.from(first),
    pairSecond: Int32Array.from(second),
    pairCount: Float64Array.from(count),
  };
}

describe("brownClusters", () => {
  it("makes the same merges as recomputing the mutual information for every candidate", () => {
    for (const [seed, C] of [
      [1, 5],
      [2, 5],
      [3, 3],
      [4, 8],
      [5, 2],
    ]) {
      const input = randomInput(14, seed);
      expect(subtrees(brownClusters(input, { clusters: C }))).toEqual(subtrees(naiveBrown(input, C)));
    }
  });

  it("keeps the loss bookkeeping right when most clusters are never adjacent", () => {
    for (const seed of [6, 7, 8]) {
      const input = randomInput(22, seed, 0.12);
      expect(() => brownClusters(input, { clusters: 6, verify: true })).not.toThrow();
    }
  });

  it("puts words used alike on the same branch", () => {
    // Two word classes: "names" (0-3) always follow "titles" (4-7); both classes are otherwise alike.
    const random = seededRandom(9);
    const first: number[] = [];
    const second: number[] = [];
    const count: number[] = [];
    for (let k = 0; k < 400; k++) {
      first.push(4 + Math.floor(random() * 4));
      second.push(Math.floor(random() * 4));
      count.push(1);
      first.push(Math.floor(random() * 4));
      second.push(4 + Math.floor(random() * 4));
      count.push(1);
    }
    const frequency = new Float64Array(8).fill(100);
    const paths = brownClusters(
      {
        words: 8,
        frequency,
        pairFirst: Int32Array.from(first),
        pairSecond: Int32Array.from(second),
        pairCount: Float64Array.from(count),
      },
      { clusters: 3 },
    );
    const top = paths.map((p) => p[0]);
    expect(new Set(top.slice(0, 4)).size).toBe(1);
    expect(new Set(top.slice(4)).size).toBe(1);
    expect(top[0]).not.toBe(top[4]);
  });
});

describe("parseBrown", () => {
  it("keeps the 4-, 6-, 10- and 20-bit prefixes of each word's bit string", () => {
    const brown = parseBrown("# comment\nمحمد\t1001011110\nفي\t0000\n");
    expect(brown.get("محمد")).toEqual(["1001", "100101", "1001011110", "1001011110"]);
    expect(brown.get("في")).toEqual(["0000", "0000", "0000", "0000"]);
  });
});
