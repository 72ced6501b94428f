import { describe, expect, it } from "vitest";
import { sharedDir } from "../paths.ts";
import { TagNames } from "./conll.ts";
import { spreadNames, stemsOf } from "./consistency.ts";
import { loadCorpus } from "./corpora.ts";
import { evaluate } from "./evaluate.ts";
import { documentSentenceFeatures, sentenceFeatures } from "./features.ts";
import {
  deserialiseModel,
  deserialiseTagger,
  ModelFormatError,
  serialiseModel,
  serialiseTagger,
} from "./model-io.ts";
import { bioConstraints, decode, trainPerceptron, viterbi } from "./perceptron.ts";
import { emptyResources } from "./resources.ts";
import { stackedFeatures } from "./stacking.ts";
import { createTagger, tagSentences } from "./tagger.ts";

const tags: string[] = [...TagNames];

describe("viterbi", () => {
  it("never produces an I- tag that does not continue its type", () => {
    const T = tags.length;
    const { allowed, allowedStart } = bioConstraints(tags);
    // Emissions that on their own would say: I-LOC, I-LOC, B-PERS, I-ORG.
    const want = ["I-LOC", "I-LOC", "B-PERS", "I-ORG"].map((t) => tags.indexOf(t));
    const scores = new Float64Array(want.length * T);
    want.forEach((t, i) => {
      scores[i * T + t] = 5;
      scores[i * T + tags.indexOf("B-LOC")] = 1;
    });
    const path = viterbi(
      scores,
      want.length,
      T,
      new Float32Array(T * T),
      new Float32Array(T),
      allowed,
      allowedStart,
    );
    const out = path.map((t) => tags[t]);
    expect(out[0]).not.toMatch(/^I-/);
    for (let i = 1; i < out.length; i++) {
      if (out[i].startsWith("I-")) expect(out[i - 1].slice(2)).toBe(out[i].slice(2));
    }
  });
});

describe("trainPerceptron on a small slice of ANERcorp", () => {
  const corpus = loadCorpus(sharedDir(), "anercorp");
  const train = corpus.slice(0, 600);
  const heldOut = corpus.slice(600, 800);
  const resources = emptyResources();
  const options = { epochs: 4, seed: 1, minCount: 1, pruneBelow: 0.01 };
  const data = train.map((s) => ({
    features: sentenceFeatures(s.tokens, resources),
    tags: s.tags,
    weight: 1,
  }));
  const model = trainPerceptron(data, tags, options);

  it("learns something general: entities on unseen sentences", () => {
    const e = evaluate(heldOut, tagSentences(createTagger({ passes: [model] }, resources), heldOut));
    expect(e.overall.f1).toBeGreaterThan(25); // an untrained model scores 0; the full model ~75 on dev
  });

  it("is deterministic for a fixed seed", () => {
    const again = trainPerceptron(data, tags, options);
    expect(Buffer.compare(serialiseModel(again), serialiseModel(model))).toBe(0);
  });

  it("survives a save and load with the same tags out", () => {
    const loaded = deserialiseModel(serialiseModel(model, { note: "test" }));
    expect(loaded.info).toEqual({ note: "test" });
    expect(loaded.featureIndex.size).toBe(model.featureIndex.size);
    for (const s of heldOut.slice(0, 50)) {
      const f = sentenceFeatures(s.tokens, resources);
      expect(decode(loaded, f)).toEqual(decode(model, f));
    }
  });

  it("tags the same through the cached run-time path as through the training features", () => {
    const tagger = createTagger({ passes: [model] }, resources);
    for (const s of heldOut.slice(0, 80)) {
      const [reference] = documentSentenceFeatures([s.tokens], resources);
      expect(tagger.tagWords(s.tokens)).toEqual(decode(model, reference));
    }
  });

  it("averages an ensemble of shuffles into one model of the same shape", () => {
    const two = trainPerceptron(data, tags, { ...options, epochs: 1, ensemble: 2 });
    expect(two.transitions.length).toBe(tags.length * tags.length);
    expect(two.weights.length).toBe(two.featureIndex.size * tags.length);
    const e = evaluate(heldOut, tagSentences(createTagger({ passes: [two] }, resources), heldOut));
    expect(e.overall.f1).toBeGreaterThan(20);
  });

  it("rejects a file that is not a model", () => {
    expect(() => deserialiseModel(Buffer.from("hello"))).toThrow(ModelFormatError);
    const bytes = serialiseModel(model);
    expect(() => deserialiseModel(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });
});

describe("a two-pass tagger", () => {
  const corpus = loadCorpus(sharedDir(), "anercorp");
  const resources = emptyResources();
  const options = { epochs: 2, seed: 1, minCount: 1, pruneBelow: 0.01 };
  const docs = [corpus.slice(0, 20), corpus.slice(20, 40), corpus.slice(40, 60)];
  const first = trainPerceptron(
    docs.flatMap((d) =>
      d.map((s) => ({ features: sentenceFeatures(s.tokens, resources), tags: s.tags, weight: 1 })),
    ),
    tags,
    options,
  );
  const stackedData = docs.flatMap((d) => {
    const features = documentSentenceFeatures(
      d.map((s) => s.tokens),
      resources,
    );
    const firstTags = features.map((f) => decode(first, f));
    const stacked = stackedFeatures(
      d.map((s) => stemsOf(s.tokens)),
      firstTags,
      resources,
    );
    return d.map((s, j) => ({
      features: features[j].map((f, i) => [...f, ...stacked[j][i]]),
      tags: s.tags,
      weight: 1,
    }));
  });
  const second = trainPerceptron(stackedData, tags, options);

  it("tags an article through the cached path as the reference features say", () => {
    const article = corpus.slice(100, 110).map((s) => s.tokens);
    const features = documentSentenceFeatures(article, resources);
    const firstTags = features.map((f) => decode(first, f));
    const stacked = stackedFeatures(article.map(stemsOf), firstTags, resources);
    const reference = features.map((f, j) =>
      decode(
        second,
        f.map((ff, i) => [...ff, ...stacked[j][i]]),
      ),
    );
    const tagger = createTagger({ passes: [first, second] }, resources);
    const spread = spreadNames(article.map(stemsOf), reference, resources);
    expect(tagger.tagDocument(article)).toEqual(spread);
  });

  it("survives a save and load of both passes", () => {
    const bytes = serialiseTagger({ passes: [first, second] }, { note: "two" });
    const loaded = deserialiseTagger(bytes);
    expect(loaded.passes.length).toBe(2);
    expect(loaded.info).toEqual({ note: "two" });
    expect(Buffer.compare(serialiseTagger(loaded, { note: "two" }), bytes)).toBe(0);
    expect(() => deserialiseTagger(bytes.subarray(0, bytes.length - 4))).toThrow(ModelFormatError);
  });
});
