import type { CliticPart, Span, Token, TokenKind } from "../doc/types.ts";
import { segmentWord, type WordTemplate } from "./clitics.ts";
import { defaultTextLexicon, type TextLexicon } from "./lexicon.ts";
import { keyOfNorm, normalise } from "./normalise.ts";
import { tokenValue } from "./numbers.ts";
import { scanRuns } from "./scan.ts";

/** Segmentations by surface form; news repeats its words, so most words are segmented once per process. */
class SegmentCache {
  private map = new Map<string, WordTemplate[]>();
  constructor(
    private readonly lex: TextLexicon,
    private readonly limit = 200_000,
  ) {}
  get(word: string): WordTemplate[] {
    let hit = this.map.get(word);
    if (hit === undefined) {
      hit = segmentWord(word, this.lex);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(word, hit);
    }
    return hit;
  }
}

const caches = new WeakMap<TextLexicon, SegmentCache>();

function cacheFor(lex: TextLexicon): SegmentCache {
  let cache = caches.get(lex);
  if (!cache) {
    cache = new SegmentCache(lex);
    caches.set(lex, cache);
  }
  return cache;
}

function stemKeyOf(parts: CliticPart[], key: string): string {
  if (parts.length === 1) return key;
  for (const p of parts) if (p.tag === "stem") return keyOfNorm(p.norm);
  return key;
}

function makeToken(
  text: string,
  kind: TokenKind,
  start: number,
  end: number,
  sentence: number,
  parts: CliticPart[] | null,
): Token {
  const surface = text.slice(start, end);
  const norm = normalise(surface);
  const key = keyOfNorm(norm);
  const tokenParts = parts ?? [{ start, end, text: surface, norm, tag: "stem" as const }];
  const token: Token = { start, end, text: surface, norm, key, kind, sentence, parts: tokenParts };
  if (kind === "number" || kind === "word") {
    const v = tokenValue(kind, surface, kind === "word" ? stemKeyOf(tokenParts, key) : key);
    if (v) {
      token.value = v.value;
      if (v.approximate) token.approximate = true;
    }
  }
  return token;
}

/**
 * Tokens of the text inside the given sentences, in order, each with its sentence index. Arabic words are
 * split into clitic parts (و+ب+ال+قاهرة), each part with its own span into `text`; a word glued to the next
 * (سورياوالعراق) becomes two tokens. Numbers and number words carry `value` (60، ٦٠، ستين → 60).
 */
export function tokenise(
  text: string,
  sentences: Span[],
  lexicon: TextLexicon = defaultTextLexicon(),
): Token[] {
  const cache = cacheFor(lexicon);
  const tokens: Token[] = [];
  sentences.forEach((sentence, index) => {
    scanRuns(text, sentence.start, sentence.end, (kind, start, end) => {
      if (kind !== "word") {
        tokens.push(makeToken(text, kind, start, end, index, null));
        return;
      }
      for (const w of cache.get(text.slice(start, end))) {
        const parts: CliticPart[] = w.parts.map((p) => ({
          start: start + p.start,
          end: start + p.end,
          text: text.slice(start + p.start, start + p.end),
          norm: p.norm,
          tag: p.tag,
        }));
        tokens.push(makeToken(text, "word", start + w.start, start + w.end, index, parts));
      }
    });
  });
  return tokens;
}
