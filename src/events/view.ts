import type { Doc, Token } from "../doc/types.ts";
import { perWord } from "../text/perWord.ts";
import type { EventLexicon } from "./lexicon.ts";
import { memoOf, newWordForm, type ReadingsMemo, type WordForm, type WordReading } from "./words.ts";

/** A token as the events stage sees it: its readings with clitics stripped, and its index in the sentence. */
export interface Word {
  /** Index within the sentence. */
  i: number;
  token: Token;
  text: string;
  start: number;
  end: number;
  readings: WordReading[];
  /** Shared with every word of the same readings: read it, never change it. */
  stems: ReadonlySet<string>;
  /** Shared with every word of the same readings: its stems and memoised cue classes. */
  memo: ReadingsMemo;
  /** The word as written (shared with every token of the same text): answers that depend on the form. */
  form: WordForm;
  punct: boolean;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  words: Word[];
}

const NO_READINGS: WordReading[] = [];
/** Each token's WordForm, kept on the tokeniser's record of its form (perWord.ts): a token seen before costs no lookup. */
const formsOf = perWord(newWordForm);
/** Punctuation and symbols have no readings. */
const NO_FORM: WordForm = {
  readings: NO_READINGS,
  memo: memoOf(NO_READINGS),
  demonymOf: null,
  demonym: null,
  // (a punctuation word's key is its own text's: see keyOf in background.ts)
  key: "",
  bareKey: null,
};

export function sentenceViews(doc: Doc): SentenceView[] {
  const sentences = doc.sentences ?? [];
  const views: SentenceView[] = sentences.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    words: [],
  }));
  const tokens = doc.tokens ?? [];
  const forms = formsOf(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const view = views[token.sentence];
    if (!view) continue;
    const punct = token.kind === "punct" || token.kind === "symbol";
    const form = punct ? NO_FORM : forms[k];
    const memo = form.memo;
    view.words.push({
      i: view.words.length,
      token,
      text: token.text,
      start: token.start,
      end: token.end,
      readings: form.readings,
      stems: memo.stems,
      memo,
      form,
      punct,
    });
  }
  return views;
}

/** Whether one of the word's stem keys passes `test` (without copying the set). */
export function someStem(word: Word, test: (key: string) => boolean): boolean {
  for (const k of word.stems) if (test(k)) return true;
  return false;
}

/** Cue matching over a sentence's words, built once per lexicon. */
export class Cues {
  private single = new Map<string, Set<string>>();
  /** Sequences of each class by their first word, so a lookup only tries the ones that can start here. */
  private byFirst = new Map<string, Map<string, string[][]>>();
  constructor(lexicon: EventLexicon) {
    for (const [cls, seqs] of lexicon.cues) {
      const set = new Set<string>();
      const first = new Map<string, string[][]>();
      for (const seq of seqs) {
        const k = seq[0];
        if (!k) continue;
        if (seq.length === 1) set.add(k);
        const list = first.get(k) ?? [];
        list.push(seq);
        first.set(k, list);
      }
      this.single.set(cls, set);
      this.byFirst.set(cls, first);
    }
  }

  /**
   * Whether one of the word's readings is a single-word cue of `cls`. Closed classes (particles,
   * prepositions) only count readings without the article or a pronoun: الآن is not أن.
   */
  is(word: Word | undefined, cls: string): boolean {
    return this.which(word, cls) !== null;
  }

  /**
   * Whether `key` (a `wordKey`, already stripped of what the caller strips) is a single-word cue of `cls`: for a test
   * on one chosen form of a word rather than on all its readings.
   */
  hasKey(key: string, cls: string): boolean {
    return this.single.get(cls)?.has(key) ?? false;
  }

  /** The stem by which the word is a cue of `cls`, or null. */
  which(word: Word | undefined, cls: string): string | null {
    if (!word || word.punct) return null;
    // Words of the same form share their readings list and its memo: each class is decided once per list.
    const memo = this.memoFor(word);
    const id = this.classId(cls);
    let found = memo.cueKeys[id];
    if (found === undefined) {
      found = this.decide(word.readings, cls);
      memo.cueKeys[id] = found;
    }
    return found;
  }

  /** The word's memo, its cue answers started afresh if they were worked out for another Cues. */
  private memoFor(word: Word): ReadingsMemo {
    const memo = word.memo;
    if (memo.cuesOf !== this) {
      memo.cuesOf = this;
      memo.cueKeys = [];
      memo.cueStarts = [];
    }
    return memo;
  }

  private classId(cls: string): number {
    let id = this.classIds.get(cls);
    if (id === undefined) {
      id = this.classIds.size;
      this.classIds.set(cls, id);
    }
    return id;
  }

  /** Small numbers for the cue classes asked about, to index each word's memo. */
  private readonly classIds = new Map<string, number>();

  private decide(readings: WordReading[], cls: string): string | null {
    const set = this.single.get(cls);
    if (!set) return null;
    const strict = STRICT_CLASSES.has(cls);
    // أنه، إنها: a complementiser takes a pronoun
    const pronOk = cls === "complement";
    for (const r of readings) {
      if (strict && (r.det || (r.pron && !pronOk) || r.fut)) continue;
      if (set.has(r.key)) return r.key;
    }
    return null;
  }

  /** Length (in words) of the longest cue of `cls` starting at word `i`, 0 when none. */
  at(words: Word[], i: number, cls: string): number {
    const w0 = words[i];
    if (!w0 || w0.punct) return 0;
    // the sequences that start with one of the word's stems, gathered once per readings list and class
    const memo = this.memoFor(w0);
    const id = this.classId(cls);
    let seqs = memo.cueStarts[id];
    if (seqs === undefined) {
      seqs = this.startingWith(w0.stems, cls);
      memo.cueStarts[id] = seqs;
    }
    let best = 0;
    for (const seq of seqs) {
      if (seq.length <= best) continue;
      let ok = true;
      for (let j = 0; j < seq.length; j++) {
        const w = words[i + j];
        const k = seq[j];
        if (!w || w.punct || !k || !w.stems.has(k)) {
          ok = false;
          break;
        }
      }
      if (ok) best = seq.length;
    }
    return best;
  }

  /** The cue sequences of `cls` whose first word is one of `stems`. */
  private startingWith(stems: ReadonlySet<string>, cls: string): string[][] {
    const first = this.byFirst.get(cls);
    if (!first) return NO_SEQUENCES;
    const out: string[][] = [];
    for (const s of stems) {
      const list = first.get(s);
      if (list) out.push(...list);
    }
    return out.length ? out : NO_SEQUENCES;
  }

  /** Whether a cue of `cls` starts with `key` (a word key, already stripped of what the caller strips). */
  startsWithKey(key: string, cls: string): boolean {
    return this.byFirst.get(cls)?.has(key) ?? false;
  }

  /** Index of the first word in [from, to) where a cue of `cls` starts, or -1. */
  find(words: Word[], from: number, to: number, cls: string): number {
    for (let i = Math.max(0, from); i < Math.min(to, words.length); i++)
      if (this.at(words, i, cls) > 0) return i;
    return -1;
  }

  /** Index of the last word in [from, to) where a cue of `cls` starts, or -1. */
  findLast(words: Word[], from: number, to: number, cls: string): number {
    for (let i = Math.min(to, words.length) - 1; i >= Math.max(0, from); i--)
      if (this.at(words, i, cls) > 0) return i;
    return -1;
  }
}

const NO_SEQUENCES: string[][] = [];

const STRICT_CLASSES = new Set([
  "complement",
  "prep",
  "negation",
  "relative",
  "generic",
  "possible",
  "quantifier",
  "to",
  "against",
  "with",
  "denial",
  "report",
  "report_by",
  "report_cont",
]);

export const HARD_BOUNDARY = new Set([".", "؛", ";", ":", "!", "؟", "?", "…"]);
export const COMMA = new Set(["،", ",", "-", "–", "(", ")"]);

/** An Arabic or Latin comma: it separates phrases inside a clause, where other punctuation ends one. */
export function isComma(text: string | undefined): boolean {
  return text === "،" || text === ",";
}
