// The trained tagger: model weights plus the word resources its features consult.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, modelsDir } from "../paths.ts";
import type { TaggedSentence } from "./conll.ts";
import { sentenceFeatures } from "./features.ts";
import { deserialiseModel } from "./model-io.ts";
import { decode, type LinearModel } from "./perceptron.ts";
import { loadNerResources, type NerResources } from "./resources.ts";

export interface NerTagger {
  model: LinearModel;
  resources: NerResources;
  /** BIO tags for one sentence of whitespace tokens (clitics attached, punctuation apart). */
  tagWords(words: string[]): string[];
}

export const DefaultModelPath = join(modelsDir, "ner", "ner.model");
export const DefaultResourceDir = join(dataDir, "ner");

export function createTagger(model: LinearModel, resources: NerResources): NerTagger {
  return {
    model,
    resources,
    tagWords(words) {
      if (words.length === 0) return [];
      return decode(model, sentenceFeatures(words, resources));
    },
  };
}

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

export function tagSentences(tagger: NerTagger, sentences: TaggedSentence[]): TaggedSentence[] {
  return sentences.map((s) => ({ tokens: s.tokens, tags: tagger.tagWords(s.tokens) }));
}
