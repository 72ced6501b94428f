import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import type { Token } from "../doc/types.ts";
import { foldWord } from "./fold.ts";
import { emptyResources } from "./resources.ts";
import { findEntities } from "./stage.ts";
import type { NerTagger } from "./tagger.ts";

// Session 20 (evmention20): the tagger tags الله alone in a name compounded with it or in the title آية الله, and the
// events stage then read "الله" as the actor (آية الله علي السيستاني، الملا فضل الله، فتح الله السعيطي). A table
// tagger gives the tags the shipped model gave on these sentences (TUNE batches dev, dev3, dev36), so the span
// logic is tested on its own; the sentences are written for these tests.

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[^\s.،]+|[.،]/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    norm: m[0],
    key: m[0],
    kind: "word" as const,
    sentence: 0,
    parts: [{ start: m.index, end: m.index + m[0].length, text: m[0], norm: m[0], tag: "stem" as const }],
  }));
}

function tableTagger(table: Record<string, string>): NerTagger {
  const resources = emptyResources();
  resources.cues.set(foldWord("الملا"), "TITLE");
  return {
    model: { passes: [] },
    resources,
    tagWords: (words) => words.map((w) => table[w] ?? "O"),
    tagDocument: (sentences) => sentences.map((words) => words.map((w) => table[w] ?? "O")),
    tagTokens: (_tokens, sentences) => sentences.map((words) => words.map((w) => table[w.text] ?? "O")),
  };
}

const entitiesOf = (text: string, table: Record<string, string>) => {
  const doc = createDoc({ text });
  doc.tokens = tokensOf(text);
  return findEntities(doc, tableTagger(table)).map((e) => ({ text: e.text, type: e.type, role: e.role }));
};

describe("الله tagged alone in a name or a title", () => {
  it("reads آية الله as the title of the person named after it: آية الله علي السيستاني", () => {
    const table = { الله: "B-MISC", السيستاني: "B-PERS" };
    expect(entitiesOf("دعا آية الله علي السيستاني العراقيين إلى الهدوء .", table)).toEqual([
      { text: "علي السيستاني", type: "PERS", role: "آية الله" },
    ]);
  });
  it("reads the name after آية الله when the tagger tags nothing there", () => {
    expect(entitiesOf("دعا آية الله علي السيستاني إلى الهدوء .", { الله: "B-MISC" })).toEqual([
      { text: "علي السيستاني", type: "PERS", role: "آية الله" },
    ]);
  });
  it("reads a name compounded with الله whole: الملا فضل الله، فتح الله السعيطي", () => {
    expect(entitiesOf("قتل الملا فضل الله في ضربة جوية .", { الله: "B-MISC" })).toEqual([
      { text: "فضل الله", type: "PERS", role: "الملا" },
    ]);
    expect(entitiesOf("خطف النائب فتح الله السعيطي .", { الله: "B-MISC", السعيطي: "B-PERS" })).toEqual([
      { text: "فتح الله السعيطي", type: "PERS", role: undefined },
    ]);
  });
  it("joins a name the tagger cut before الله: حسن نصر | الله", () => {
    expect(
      entitiesOf("قال حسن نصر الله إن الحزب .", { حسن: "B-PERS", نصر: "I-PERS", الله: "B-MISC" }),
    ).toEqual([{ text: "حسن نصر الله", type: "PERS", role: undefined }]);
  });
  it("reads حزب الله as a body", () => {
    expect(entitiesOf("نفى حزب الله الخبر .", { الله: "B-MISC" })).toEqual([
      { text: "حزب الله", type: "ORG", role: undefined },
    ]);
  });
  it("makes no person of بيت الله الحرام (the Kaaba) and leaves the word God as tagged", () => {
    expect(entitiesOf("أدى الحجاج مناسكهم في بيت الله الحرام .", { الله: "B-MISC" })).toEqual([
      { text: "الله", type: "MISC", role: undefined },
    ]);
  });
  it("leaves a name the tagger read whole alone: عبد الله الثاني", () => {
    expect(
      entitiesOf("استقبل الملك عبد الله الثاني الوفد .", { عبد: "B-PERS", الله: "I-PERS", الثاني: "I-PERS" }),
    ).toEqual([{ text: "عبد الله الثاني", type: "PERS", role: undefined }]);
  });
});
