import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import type { CliticPart, Token } from "../doc/types.ts";
import { buildPipeline, type Stage } from "../pipeline/pipeline.ts";
import { foldWord } from "./fold.ts";
import { emptyResources } from "./resources.ts";
import { createNerStage, findEntities } from "./stage.ts";
import type { NerTagger } from "./tagger.ts";

/** Hand-made tokens as the text stage gives them: whole words, clitic parts with their own spans. */
function tokensOf(text: string, segment: Record<string, [CliticPart["tag"], number][]> = {}): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[^\s.،]+|[.،]/g)) {
    const start = m.index;
    const word = m[0];
    const parts: CliticPart[] = [];
    let at = start;
    for (const [tag, length] of segment[word] ?? [["stem", word.length]]) {
      parts.push({
        start: at,
        end: at + length,
        text: text.slice(at, at + length),
        norm: text.slice(at, at + length),
        tag,
      });
      at += length;
    }
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      norm: word,
      key: word,
      kind: "word",
      sentence: 0,
      parts,
    });
  }
  return tokens;
}

/** A tagger that answers from a fixed word → tag table, so that the span logic is tested on its own. */
function tableTagger(table: Record<string, string>): NerTagger {
  const resources = emptyResources();
  for (const title of ["الرئيس", "اللواء", "المتقاعد"]) resources.cues.set(foldWord(title), "TITLE");
  return {
    model: { passes: [] },
    resources,
    tagWords: (words) => words.map((w) => table[w] ?? "O"),
    tagDocument: (sentences) => sentences.map((words) => words.map((w) => table[w] ?? "O")),
    tagTokens: (_tokens, sentences) => sentences.map((words) => words.map((w) => table[w.text] ?? "O")),
  };
}

describe("findEntities", () => {
  it("leaves proclitics out of the entity span and keeps ال inside it", () => {
    const text = "وصل الوفد بالقاهرة ومصر .";
    const doc = createDoc({ text });
    doc.tokens = tokensOf(text, {
      بالقاهرة: [
        ["prep", 1],
        ["det", 2],
        ["stem", 5],
      ],
      ومصر: [
        ["conj", 1],
        ["stem", 3],
      ],
    });
    const entities = findEntities(doc, tableTagger({ بالقاهرة: "B-LOC", ومصر: "B-LOC" }));
    expect(entities.map((e) => [e.text, e.type])).toEqual([
      ["القاهرة", "LOC"],
      ["مصر", "LOC"],
    ]);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("merges B/I runs across tokens and keeps a title apart as the role", () => {
    const text = "أمر الرئيس عبد العزيز بوتفليقة";
    const doc = createDoc({ text });
    doc.tokens = tokensOf(text);
    const [e] = findEntities(doc, tableTagger({ عبد: "B-PERS", العزيز: "I-PERS", بوتفليقة: "I-PERS" }));
    expect(e).toMatchObject({ text: "عبد العزيز بوتفليقة", type: "PERS", role: "الرئيس" });
    expect(text.slice(e.start, e.end)).toBe("عبد العزيز بوتفليقة");
  });

  it("moves titles the tagger took into the name over to the role", () => {
    const text = "يقودها اللواء المتقاعد خليفة حفتر";
    const doc = createDoc({ text });
    doc.tokens = tokensOf(text);
    const table = { اللواء: "O", المتقاعد: "B-PERS", خليفة: "I-PERS", حفتر: "I-PERS" };
    const [e] = findEntities(doc, tableTagger(table));
    expect(e).toMatchObject({ text: "خليفة حفتر", type: "PERS", role: "اللواء المتقاعد" });
  });

  it("does not join entities across sentences", () => {
    const text = "ليبيا . تونس";
    const doc = createDoc({ text });
    doc.tokens = tokensOf(text).map((t, i) => ({ ...t, sentence: i < 2 ? 0 : 1 }));
    const entities = findEntities(doc, tableTagger({ ليبيا: "B-LOC", تونس: "I-LOC" }));
    expect(entities.map((e) => e.text)).toEqual(["ليبيا", "تونس"]);
  });
});

describe("createNerStage", () => {
  it("needs tokens and assigns entities", () => {
    const stage = createNerStage(tableTagger({}));
    expect(stage.requires).toEqual(["tokens"]);
    expect(stage.assigns).toEqual(["entities"]);
    expect(() => buildPipeline([stage])).toThrow(/requires "tokens"/);
    const fakeText: Stage = { name: "text", requires: [], assigns: ["sentences", "tokens"], run: (d) => d };
    expect(() => buildPipeline([fakeText, stage])).not.toThrow();
  });
});
