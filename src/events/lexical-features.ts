// Learned lexical evidence for the event models: the words around an event's trigger and in its sentence, hashed
// into a fixed number of buckets (the "hashing trick"), so a model can weigh thousands of words without a
// vocabulary file. Words are the project's bare forms (src/text/proclitics.ts `bareWord`: clitics stripped,
// normalised), read once per word form. Each feature is a string hashed with FNV-1a; collisions are rare at the
// sizes used and cost only a little noise, which the L2 penalty on these weights absorbs. The confidence model learns
// them with `marsad train events --lexical`; the shipped model does not use them (README, "Event confidence").

import type { Doc, DocEvent, EventType, Token } from "../doc/types.ts";
import { bareWord } from "../text/proclitics.ts";
import { tokenAt } from "./confidence-features.ts";

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Which lexical feature groups to emit (all on by default). */
export interface LexicalOptions {
  /** Number of hash buckets. */
  size: number;
  /** Words this many places either side of the trigger (same sentence). */
  window?: number;
  /** The sentence's words, each with the event's type. */
  sentence?: boolean;
}

const BARE_MIN = 2;

/** The bare key of a word token ("" for a non-word or a one-letter word). */
const keyOf = (t: Token | undefined): string => {
  if (t?.kind !== "word") return "";
  const k = bareWord(t.text).key;
  return k.length >= BARE_MIN ? k : "";
};

/** The position bucket of a sentence: headline, lede, early body, late body. */
export const positionBucket = (si: number): string => (si <= 0 ? "h" : si === 1 ? "l" : si <= 4 ? "e" : "b");

const toBuckets = (features: Iterable<string>, size: number): number[] => {
  const set = new Set<number>();
  for (const f of features) set.add(hashString(f) % size);
  return [...set].sort((a, b) => a - b);
};

/**
 * The lexical features of each event, as sorted bucket indices: the trigger's lemma (else its bare word) with the
 * event's type, the bare words in a window around the trigger with the type, optionally the sentence's words with
 * the type, and the sentence's position with the type. `lemmaOf` gives the lexicon lemma of an event's trigger.
 */
export function eventLexicalFeatures(
  doc: Doc,
  events: DocEvent[],
  options: LexicalOptions,
  lemmaOf: (e: DocEvent, trigger: Token) => string | null = () => null,
): number[][] {
  const tokens = doc.tokens ?? [];
  const window = options.window ?? 3;
  return events.map((e) => {
    const k = e.trigger ? tokenAt(tokens, e.trigger.start) : -1;
    const trig = k >= 0 ? tokens[k] : undefined;
    const type: EventType = e.type;
    const out: string[] = [`y|${type}`];
    if (!trig) return toBuckets(out, options.size);
    const si = trig.sentence ?? -1;
    out.push(`p|${type}|${positionBucket(si)}`);
    out.push(`t|${type}|${lemmaOf(e, trig) ?? keyOf(trig)}`);
    let last = k;
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < (e.trigger?.end ?? 0)) last++;
    for (let i = k - window; i <= last + window; i++) {
      if (i >= k && i <= last) continue;
      const t = tokens[i];
      if (!t || t.sentence !== si) continue;
      const w = keyOf(t);
      if (w) out.push(`w|${type}|${w}`);
    }
    if (options.sentence) {
      let first = k;
      while (first > 0 && tokens[first - 1]?.sentence === si) first--;
      for (let i = first; i < tokens.length && tokens[i]?.sentence === si; i++) {
        const w = keyOf(tokens[i]);
        if (w) out.push(`s|${type}|${w}`);
      }
    }
    return toBuckets(out, options.size);
  });
}
