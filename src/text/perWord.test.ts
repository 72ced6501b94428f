import { describe, expect, it } from "vitest";
import type { Token } from "../doc/types.ts";
import { perToken, perWord } from "./perWord.ts";
import { splitSentences } from "./sentences.ts";
import { tokenise, wordRecordsOf } from "./tokens.ts";

const tokensOf = (text: string) => tokenise(text, splitSentences(text));

describe("perWord", () => {
  it("computes once per word form across documents, and answers compute(token.text)", () => {
    const seen: string[] = [];
    const lengths = perWord((text) => {
      seen.push(text);
      return text.length;
    });
    const first = tokensOf("قال الوزير إن الوزير وصل .");
    expect(lengths(first)).toEqual(first.map((t) => t.text.length));
    const second = tokensOf("وصل الوزير");
    expect(lengths(second)).toEqual([3, 6]);
    // every form was computed once, though الوزير and وصل came back
    expect(seen.filter((w) => w === "الوزير")).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("keeps two slots apart on the same words", () => {
    const upper = perWord((text) => `a:${text}`);
    const lower = perWord((text) => `b:${text}`);
    const tokens = tokensOf("مصر وليبيا");
    expect(upper(tokens)).toEqual(["a:مصر", "a:وليبيا"]);
    expect(lower(tokens)).toEqual(["b:مصر", "b:وليبيا"]);
    expect(upper(tokens)).toEqual(["a:مصر", "a:وليبيا"]);
  });

  it("falls back to a map by text for tokens not made by tokenise", () => {
    const tokens = tokensOf("مصر وليبيا").map((t) => ({ ...t }));
    expect(wordRecordsOf(tokens)).toBeUndefined();
    let calls = 0;
    const f = perWord((text) => {
      calls++;
      return text;
    });
    expect(f([...tokens, ...tokens])).toEqual(["مصر", "وليبيا", "مصر", "وليبيا"]);
    expect(calls).toBe(2);
  });
});

describe("perToken", () => {
  it("reads the token's derived fields, once per form, and computes every token of hand-made lists", () => {
    let calls = 0;
    const stems = perToken((t: Token) => {
      calls++;
      return t.parts.find((p) => p.tag === "stem")?.text ?? t.text;
    });
    const tokens = tokensOf("وبالقاهرة والقاهرة وبالقاهرة");
    expect(stems(tokens)).toEqual(["قاهرة", "قاهرة", "قاهرة"]);
    expect(calls).toBe(2);
    const copies = tokens.map((t) => ({ ...t }));
    expect(stems(copies)).toEqual(["قاهرة", "قاهرة", "قاهرة"]);
    expect(calls).toBe(5);
  });
});

describe("wordRecordsOf", () => {
  it("gives one shared record per word form, in token order", () => {
    const tokens = tokensOf("مصر ومصر مصر");
    const records = wordRecordsOf(tokens);
    expect(records?.map((r) => r.text)).toEqual(["مصر", "ومصر", "مصر"]);
    expect(records?.[0]).toBe(records?.[2]);
  });
});
