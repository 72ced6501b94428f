import type { CliticPart, CliticTag, Span, Token, TokenKind } from "../doc/types.ts";
import { segmentWord } from "./clitics.ts";
import { defaultTextLexicon, type TextLexicon } from "./lexicon.ts";
import { keyOfNorm, normalise } from "./normalise.ts";
import { tokenValue } from "./numbers.ts";
import { type RunKind, scanRuns } from "./scan.ts";

/** Everything about one token that depends only on its characters, computed once per distinct form. */
interface TokenTemplate {
  /** Offsets relative to the start of the run the token came from. */
  start: number;
  end: number;
  /** The token's characters: one string shared by every occurrence, so later per-word lookups keyed by
   * `token.text` find its hash already computed and compare by identity (and no slice per token). */
  text: string;
  norm: string;
  key: string;
  value: number | undefined;
  approximate: boolean;
  parts: { start: number; end: number; tag: CliticTag; norm: string }[];
  /** Each part's characters, shared the same way. */
  partTexts: string[];
  /** Later stages' answers for this word form, by slot (see perWord.ts); null until one is kept. */
  memo: unknown[] | null;
}

/** What later stages may read of a token's word form (its template), in token order: see `wordRecordsOf`. */
export type WordRecord = Pick<TokenTemplate, "text" | "memo">;

const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Entries kept before the table is emptied (half the slots, so probing stays short). */
const TABLE_LIMIT = 1 << (TABLE_BITS - 1);

/**
 * An open-addressing hash table from a run of characters in a text to its templates. It hashes and compares the
 * characters in place, so a hit costs no substring and no string hashing (a Map<string> lookup per token was the
 * single largest cost of tokenising).
 */
class RunTable<T> {
  private slots = new Int32Array(1 << TABLE_BITS).fill(-1);
  private keys: string[] = [];
  private values: T[] = [];

  get(text: string, start: number, end: number, make: (surface: string) => T): T {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    let slot = (h >>> 0) & TABLE_MASK;
    const length = end - start;
    for (;;) {
      const index = this.slots[slot];
      if (index === -1) break;
      const key = this.keys[index];
      if (key.length === length) {
        let i = 0;
        while (i < length && key.charCodeAt(i) === text.charCodeAt(start + i)) i++;
        if (i === length) return this.values[index];
      }
      slot = (slot + 1) & TABLE_MASK;
    }
    const surface = text.slice(start, end);
    const value = make(surface);
    if (this.keys.length >= TABLE_LIMIT) {
      this.slots.fill(-1);
      this.keys = [];
      this.values = [];
      return value;
    }
    this.slots[slot] = this.keys.length;
    this.keys.push(surface);
    this.values.push(value);
    return value;
  }
}

/**
 * Templates by surface form (words: their segmentation; other runs: norm and value). News repeats its words, so
 * most runs are analysed once per process; the cache is emptied when it fills.
 */
class TemplateCache {
  private readonly words = new RunTable<TokenTemplate[]>();
  private readonly others = new RunTable<TokenTemplate>();
  private readonly makeWord = (surface: string) => this.analyseWord(surface);
  constructor(private readonly lex: TextLexicon) {}

  word(text: string, start: number, end: number): TokenTemplate[] {
    return this.words.get(text, start, end, this.makeWord);
  }

  other(kind: RunKind, text: string, start: number, end: number): TokenTemplate {
    return this.others.get(text, start, end, (surface) => this.analyseOther(kind, surface));
  }

  private analyseWord(surface: string): TokenTemplate[] {
    return segmentWord(surface, this.lex).map((w) => {
      const text = surface.slice(w.start, w.end);
      const norm = normalise(text);
      const key = keyOfNorm(norm);
      const stem = w.parts.find((p) => p.tag === "stem");
      const v = tokenValue("word", norm, w.parts.length > 1 && stem ? keyOfNorm(stem.norm) : key);
      return {
        start: w.start,
        end: w.end,
        text,
        norm,
        key,
        value: v?.value,
        approximate: v?.approximate ?? false,
        parts: w.parts,
        partTexts: w.parts.map((p) => (w.parts.length === 1 ? text : surface.slice(p.start, p.end))),
        memo: null,
      };
    });
  }

  private analyseOther(kind: RunKind, surface: string): TokenTemplate {
    {
      const norm = normalise(surface);
      const v = kind === "number" ? tokenValue(kind, surface, norm) : undefined;
      return {
        start: 0,
        end: surface.length,
        text: surface,
        norm,
        key: keyOfNorm(norm),
        value: v?.value,
        approximate: v?.approximate ?? false,
        parts: [{ start: 0, end: surface.length, tag: "stem", norm }],
        partTexts: [surface],
        memo: null,
      };
    }
  }
}

const caches = new WeakMap<TextLexicon, TemplateCache>();

/** The template of each token of a `tokenise` result, by the result array (the tokens themselves stay plain data). */
const recordsByTokens = new WeakMap<readonly Token[], readonly WordRecord[]>();

/**
 * The word-form record of each token (same order) when `tokens` is an unchanged `tokenise` result, else undefined.
 * Tokens of the same form share one record, so a later stage can keep a per-word answer on it (`perWord`) and
 * reach it from the token's index without a lookup by the word's text.
 */
export function wordRecordsOf(tokens: readonly Token[]): readonly WordRecord[] | undefined {
  return recordsByTokens.get(tokens);
}

function cacheFor(lex: TextLexicon): TemplateCache {
  let cache = caches.get(lex);
  if (!cache) {
    cache = new TemplateCache(lex);
    caches.set(lex, cache);
  }
  return cache;
}

function part(base: number, t: TokenTemplate, i: number): CliticPart {
  const p = t.parts[i];
  return { start: base + p.start, end: base + p.end, text: t.partTexts[i], norm: p.norm, tag: p.tag };
}

function instantiate(base: number, kind: TokenKind, sentence: number, t: TokenTemplate): Token {
  // Most tokens have one part: a literal makes a packed array (new Array(n) is holey, and slower to create).
  let parts: CliticPart[];
  if (t.parts.length === 1) parts = [part(base, t, 0)];
  else {
    parts = [];
    for (let i = 0; i < t.parts.length; i++) parts.push(part(base, t, i));
  }
  const token: Token = {
    start: base + t.start,
    end: base + t.end,
    text: t.text,
    norm: t.norm,
    key: t.key,
    kind,
    sentence,
    parts,
  };
  if (t.value !== undefined) {
    token.value = t.value;
    if (t.approximate) token.approximate = true;
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
  const records: WordRecord[] = [];
  let sentence = 0;
  const sink = (kind: RunKind, start: number, end: number): void => {
    if (kind === "word") {
      const templates = cache.word(text, start, end);
      for (let i = 0; i < templates.length; i++) {
        tokens.push(instantiate(start, "word", sentence, templates[i]));
        records.push(templates[i]);
      }
    } else {
      const template = cache.other(kind, text, start, end);
      tokens.push(instantiate(start, kind, sentence, template));
      records.push(template);
    }
  };
  for (; sentence < sentences.length; sentence++) {
    scanRuns(text, sentences[sentence].start, sentences[sentence].end, sink);
  }
  recordsByTokens.set(tokens, records);
  return tokens;
}
