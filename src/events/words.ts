import { cachedByWord } from "../text/wordCache.ts";
import { wordKey } from "./key.ts";

/** One way to read a word: its stem key once clitics are taken off, and what was taken off. */
export interface WordReading {
  key: string;
  conj: boolean;
  prep: string | null;
  fut: boolean;
  det: boolean;
  pron: string | null;
}

const PRONOUNS = ["هما", "هم", "هن", "ها", "ه", "كم", "ك", "ني", "نا"];

/**
 * The readings of a word key with proclitics (و ف, ب ل ك س, ال) and an enclitic pronoun stripped.
 * Over-generates on purpose: a reading only counts when its stem is in a lexicon, which is what keeps
 * "وصل" (arrive) from being read as و + صل.
 */
const readingCache = new Map<string, WordReading[]>();
/** The same readings by the word as written, so a word seen before costs one lookup (no key, no regex). */
export const readings: (raw: string) => WordReading[] = cachedByWord(readingsOfKey, 100_000);

function readingsOfKey(raw: string): WordReading[] {
  const key = wordKey(raw);
  const taMarbuta = /ة[\u064B-\u065F]*$/.test(raw);
  const cacheKey = taMarbuta ? `${key}|ة` : key;
  const hit = readingCache.get(cacheKey);
  if (hit) return hit;
  const out = computeReadings(key, taMarbuta);
  if (readingCache.size >= 100_000) readingCache.clear();
  readingCache.set(cacheKey, out);
  return out;
}

function computeReadings(key: string, taMarbuta: boolean): WordReading[] {
  const out: WordReading[] = [];
  const push = (r: WordReading) => {
    if (r.key.length < 2) return;
    // a word has a handful of readings: comparing them beats building an id string for each
    for (const o of out)
      if (
        o.key === r.key &&
        o.conj === r.conj &&
        o.prep === r.prep &&
        o.fut === r.fut &&
        o.det === r.det &&
        o.pron === r.pron
      )
        return;
    out.push(r);
  };
  const conjs = [{ rest: key, conj: false }];
  if (/^[وف]/.test(key) && key.length > 3) conjs.push({ rest: key.slice(1), conj: true });
  for (const c of conjs) {
    const preps: { rest: string; prep: string | null; fut: boolean; det: boolean }[] = [
      { rest: c.rest, prep: null, fut: false, det: false },
    ];
    if (/^[بلك]/.test(c.rest) && c.rest.length > 3)
      preps.push({ rest: c.rest.slice(1), prep: c.rest[0] ?? null, fut: false, det: false });
    if (c.rest.startsWith("س") && c.rest.length > 3)
      preps.push({ rest: c.rest.slice(1), prep: null, fut: true, det: false });
    // لل = ل + ال with the alef dropped
    if (c.rest.startsWith("لل") && c.rest.length > 4)
      preps.push({ rest: c.rest.slice(2), prep: "ل", fut: false, det: true });
    for (const p of preps) {
      const dets = [{ rest: p.rest, det: p.det }];
      if (!p.det && p.rest.startsWith("ال") && p.rest.length > 3)
        dets.push({ rest: p.rest.slice(2), det: true });
      for (const d of dets) {
        const base = { conj: c.conj, prep: p.prep, fut: p.fut, det: d.det };
        push({ ...base, key: d.rest, pron: null });
        if (d.det) continue;
        for (const pron of PRONOUNS) {
          // وزارة is not وزار + ه: a word written with ة has no ه pronoun
          if (pron === "ه" && taMarbuta) continue;
          if (d.rest.endsWith(pron) && d.rest.length - pron.length >= 2) {
            const stem = d.rest.slice(0, -pron.length);
            push({ ...base, key: stem, pron });
            // قتلوه → قتلوا + ه; a ta marbuta before a pronoun is written ت: مساعدتها → مساعده
            if (stem.endsWith("و")) push({ ...base, key: `${stem}ا`, pron });
            if (stem.endsWith("ت")) push({ ...base, key: `${stem.slice(0, -1)}ه`, pron });
          }
        }
      }
    }
  }
  return out;
}

/**
 * What is known of a readings list, kept with it: words of the same form share the list (readings are cached),
 * so a word's stems and its cue classes (see Cues in view.ts) are worked out once per form, and a token reaches
 * them through its Word without a lookup.
 */
export interface ReadingsMemo {
  /** The distinct stem keys. */
  readonly stems: ReadonlySet<string>;
  /** The Cues whose answers `cueKeys` holds (one per lexicon; another one starts the list afresh). */
  cuesOf: object | null;
  /** By cue class id: the stem by which the word is a cue of the class, null if none, undefined if not asked yet. */
  cueKeys: (string | null | undefined)[];
  /** The trigger index `hasTrigger` was worked out for (see hasTriggerReading in triggers.ts). */
  triggersOf: object | null;
  /** Whether a stem is a trigger key of that index. */
  hasTrigger: boolean;
}

const memos = new WeakMap<WordReading[], ReadingsMemo>();

export function memoOf(rs: WordReading[]): ReadingsMemo {
  let memo = memos.get(rs);
  if (memo === undefined) {
    memo = {
      stems: new Set(rs.map((r) => r.key)),
      cuesOf: null,
      cueKeys: [],
      triggersOf: null,
      hasTrigger: false,
    };
    memos.set(rs, memo);
  }
  return memo;
}

/** The distinct stem keys of a readings list (shared: readings lists are cached, so are their sets). */
export function stemSetOf(rs: WordReading[]): ReadonlySet<string> {
  return memoOf(rs).stems;
}

/** The stem keys a word can have (the full key first). */
export function stemKeys(raw: string): string[] {
  return [...new Set(readings(raw).map((r) => r.key))];
}
