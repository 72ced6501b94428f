import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "../paths.ts";
import { splitSentences } from "../text/sentences.ts";
import { tokenise } from "../text/tokens.ts";
import {
  asNext2Features,
  asNextFeatures,
  asPrevious2Features,
  asPreviousFeatures,
  selfFeatures,
  viewOf,
} from "./features.ts";
import { compileModel, loadTagger, splitFeature } from "./tagger.ts";

describe("splitFeature", () => {
  it("cuts after the first = and keeps names without one whole", () => {
    expect(splitFeature("w=القاهره")).toEqual(["w=", "القاهره"]);
    expect(splitFeature("w==")).toEqual(["w=", "="]);
    expect(splitFeature("dem+1")).toEqual(["dem+1", ""]);
  });
});

describe("wordGroupIds", () => {
  it("gives the ids toIds gives the feature strings, in the same order, for the shipped model", () => {
    const tagger = loadTagger();
    const compiled = compileModel(tagger.model);
    const res = tagger.resources;
    const text = readFileSync(join(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");
    const words = new Set(tokenise(text, splitSentences(text)).map((t) => t.text));
    for (const odd of ["=", "a=b", "12", "F16", "،", "ﻻ", "ـ", "x"]) words.add(odd);
    expect(words.size).toBeGreaterThan(300);
    for (const word of words) {
      const view = viewOf(word, res);
      const expected = [
        selfFeatures(view, res),
        asPreviousFeatures(view),
        asNextFeatures(view),
        asPrevious2Features(view),
        asNext2Features(view),
      ].map((features) => [...compiled.toIds(features)]);
      expect(compiled.wordGroupIds(view, res).map((ids) => [...ids])).toEqual(expected);
    }
  });
});
