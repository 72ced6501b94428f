import { describe, expect, it } from "vitest";
import { seededRandom } from "../random.ts";
import { DefaultSkipGramOptions, trainSkipGram } from "./skipgram.ts";

/** Texts where words 0-4 ("cities") follow word 10 and words 5-9 ("people") follow word 11. */
function corpus(): { ids: Int32Array; frequency: Float64Array } {
  const random = seededRandom(3);
  const ids: number[] = [];
  for (let k = 0; k < 3000; k++) {
    const city = random() < 0.5;
    ids.push(city ? 10 : 11, (city ? 0 : 5) + Math.floor(random() * 5), 12 + Math.floor(random() * 3), -1);
  }
  const frequency = new Float64Array(15);
  for (const id of ids) if (id >= 0) frequency[id]++;
  return { ids: Int32Array.from(ids), frequency };
}

function cosine(v: Float32Array, D: number, a: number, b: number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < D; d++) {
    dot += v[a * D + d] * v[b * D + d];
    na += v[a * D + d] ** 2;
    nb += v[b * D + d] ** 2;
  }
  return dot / Math.sqrt(na * nb);
}

describe("trainSkipGram", () => {
  const options = { ...DefaultSkipGramOptions, dimensions: 16, epochs: 3, sample: 0 };

  it("gives words used alike similar vectors", () => {
    const { ids, frequency } = corpus();
    const v = trainSkipGram(ids, frequency, options);
    const same = cosine(v, 16, 0, 1);
    const other = cosine(v, 16, 0, 6);
    expect(same).toBeGreaterThan(other + 0.2);
  });

  it("is deterministic for a seed", () => {
    const { ids, frequency } = corpus();
    expect(trainSkipGram(ids, frequency, options)).toEqual(trainSkipGram(ids, frequency, options));
  });
});
