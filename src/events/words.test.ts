import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import { textStage } from "../text/stage.ts";
import { loadEventLexicon } from "./lexicon.ts";
import { Cues, sentenceViews } from "./view.ts";
import { readings, wordForm } from "./words.ts";

describe("readings", () => {
  it("takes the conjunction, preposition, article and pronoun off, in a fixed order", () => {
    const keys = readings("وبالمدينة").map(
      (r) => `${r.conj ? "و+" : ""}${r.prep ? `${r.prep}+` : ""}${r.det ? "ال+" : ""}${r.key}`,
    );
    expect(keys).toEqual(["وبالمدينه", "و+بالمدينه", "و+ب+المدينه", "و+ب+ال+مدينه"]);
  });

  it("reads a pronoun off a word, but no ه off a word written with ة", () => {
    const pron = readings("قتلوه").filter((r) => r.pron);
    expect(pron.map((r) => `${r.key}+${r.pron}`)).toEqual(["قتلو+ه", "قتلوا+ه"]);
    expect(readings("وزارة").some((r) => r.pron === "ه")).toBe(false);
    expect(readings("مساعدتها").some((r) => r.key === "مساعده" && r.pron === "ها")).toBe(true);
  });

  it("reads the future س and لل (ل + ال)", () => {
    expect(readings("سيقتل").some((r) => r.fut && r.key === "يقتل")).toBe(true);
    expect(readings("للجيش").some((r) => r.prep === "ل" && r.det && r.key === "جيش")).toBe(true);
  });
});

describe("wordForm", () => {
  it("is one object per written word, and shares the readings memo of words with the same key", () => {
    const a = wordForm("الجيش");
    expect(wordForm("الجيش")).toBe(a);
    expect(a.readings).toBe(readings("الجيش"));
    expect(a.memo.readings).toBe(a.readings);
    expect([...a.memo.stems]).toEqual([...new Set(a.readings.map((r) => r.key))]);
    // أ and ا have one key: two forms, one readings list and memo
    const b = wordForm("أعلن");
    const c = wordForm("اعلن");
    expect(b).not.toBe(c);
    expect(b.memo).toBe(c.memo);
  });
});

describe("Cues.at", () => {
  it("finds the longest cue sequence starting at a word, remembered per word form", () => {
    const lexicon = loadEventLexicon();
    const cues = new Cues(lexicon);
    // a two-word cue of some class, written out as a sentence
    const [cls, seq] =
      [...lexicon.cues]
        .flatMap(([c, seqs]) => seqs.map((s) => [c, s] as const))
        .find(([, s]) => s.length === 2) ?? [];
    if (!cls || !seq) throw new Error("no two-word cue in the lexicon");
    const doc = textStage.run(createDoc({ text: `قال ${seq.join(" ")} أمس.` }));
    const [view] = sentenceViews(doc);
    if (!view) throw new Error("no sentence");
    expect(cues.at(view.words, 1, cls)).toBeGreaterThanOrEqual(2);
    expect(cues.at(view.words, 1, cls)).toBe(cues.at(view.words, 1, cls));
    expect(cues.find(view.words, 0, view.words.length, cls)).toBe(1);
    // the last word and the full stop start no cue of the class
    expect(cues.at(view.words, view.words.length - 1, cls)).toBe(0);
  });
});
