// A plain whitespace/punctuation tokenizer for tests and benches of stages that need tokens while the text
// core is not available; it has no clitic segmentation (one stem part per word). Not used at run time.
import type { Doc, Span, Token } from "../../src/doc/types.ts";

const TOKEN_RE = /[\p{L}\p{M}\u0640]+|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function plainTokens(text: string): { sentences: Span[]; tokens: Token[] } {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  let sentenceStart = 0;
  let sentence = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const s = m[0];
    const kind = /^\p{N}/u.test(s)
      ? "number"
      : /^[\p{L}\p{M}]/u.test(s)
        ? /[a-z]/i.test(s)
          ? "latin"
          : "word"
        : "punct";
    tokens.push({
      start,
      end: start + s.length,
      text: s,
      norm: s,
      key: s,
      kind,
      sentence,
      parts: [{ start, end: start + s.length, text: s, norm: s, tag: "stem" }],
    });
    if (/^[.!?؟\n]$/.test(s)) {
      sentences.push({ start: sentenceStart, end: start + 1 });
      sentenceStart = start + 1;
      sentence++;
    }
  }
  if (sentenceStart < text.length) sentences.push({ start: sentenceStart, end: text.length });
  return { sentences, tokens };
}

export function plainDoc(text: string, published: string | null = null): Doc {
  const { sentences, tokens } = plainTokens(text);
  return { text, published, source: null, sentences, tokens, issues: [] };
}
