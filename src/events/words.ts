import { segmentWord } from "../text/clitics.ts";
import { defaultTextLexicon, type TextLexicon } from "../text/lexicon.ts";
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
 * Two-letter verbs that و/ف is split from although the word is only three letters (وحث الرئيس، فشن الجيش): no other
 * word is written so. Not ورد، وفر، وصل، فقد, which are words of their own ("was mentioned", "provided").
 */
const CONJ_SHORT = new Set(["حث", "شن"]);

/**
 * Two-letter prepositions that و/ف is split from (وفي اتصال هاتفي، ومع ذلك، وعن الهجوم; session 23): the news write no
 * other three-letter word so, and a reading without the conjunction leaves the preposition unread. Not ومن: after a
 * partitive (أعداد من التجار ومن المواطنين) the people named there are read as actors only while ومن is no
 * preposition (mentions.ts prepOf takes من as partitive right after a quantifier only).
 */
const CONJ_PREPOSITIONS = new Set(["في", "مع", "عن"]);

/**
 * The readings of a word key with proclitics (و ف, ب ل ك س, ال) and an enclitic pronoun stripped.
 * Over-generates on purpose: a reading only counts when its stem is in a lexicon, which is what keeps
 * "وصل" (arrive) from being read as و + صل.
 */
const readingCache = new Map<string, ReadingsMemo>();

/**
 * A word as written, with what is known of it: its readings list and that list's memo (shared by every form
 * with the same key), and answers that depend on the written form itself. Forms are cached by the word, so a
 * word seen before costs one lookup.
 */
export interface WordForm {
  readonly readings: WordReading[];
  readonly memo: ReadingsMemo;
  /** The country table `demonym` was asked of (see demonymOf in mentions.ts), null if not asked yet. */
  demonymOf: object | null;
  demonym: string | null;
  /** `wordKey` of the word (computed with its readings anyway). */
  readonly key: string;
  /** The key of the word without its proclitics (`bareWord(raw).key`), null until asked (see background.ts). */
  bareKey: string | null;
}

/** The form of a word as written (cached: see WordForm). */
export const wordForm: (raw: string) => WordForm = cachedByWord(newWordForm, 100_000);

/** A new WordForm of a word as written (its memo shared through the readings cache); see `wordForm`. */
export function newWordForm(raw: string): WordForm {
  const key = wordKey(raw);
  const memo = memoOfKey(raw, key);
  return { readings: memo.readings, memo, demonymOf: null, demonym: null, key, bareKey: null };
}

/** The readings of a word as written (cached with its form). */
export const readings = (raw: string): WordReading[] => wordForm(raw).readings;

function memoOfKey(raw: string, key: string): ReadingsMemo {
  const taMarbuta = /ة[\u064B-\u065F]*$/.test(raw);
  const cacheKey = taMarbuta ? `${key}|ة` : key;
  const hit = readingCache.get(cacheKey);
  if (hit) return hit;
  const out = newMemo(computeReadings(key, taMarbuta));
  if (readingCache.size >= 100_000) readingCache.clear();
  readingCache.set(cacheKey, out);
  return out;
}

function computeReadings(key: string, taMarbuta: boolean): WordReading[] {
  const out: WordReading[] = [];
  const push = (
    key: string,
    conj: boolean,
    prep: string | null,
    fut: boolean,
    det: boolean,
    pron: string | null,
  ) => {
    if (key.length < 2) return;
    // a word has a handful of readings: comparing them beats building an id string for each
    for (const o of out)
      if (
        o.key === key &&
        o.conj === conj &&
        o.prep === prep &&
        o.fut === fut &&
        o.det === det &&
        o.pron === pron
      )
        return;
    out.push({ conj, prep, fut, det, key, pron });
  };
  /** The readings of `rest` with the article, then a pronoun, taken off (after the conjunction and preposition). */
  const stems = (rest: string, conj: boolean, prep: string | null, fut: boolean, det: boolean) => {
    withPronouns(rest, conj, prep, fut, det);
    if (!det && rest.startsWith("ال") && rest.length > 3) withPronouns(rest.slice(2), conj, prep, fut, true);
  };
  const withPronouns = (rest: string, conj: boolean, prep: string | null, fut: boolean, det: boolean) => {
    push(rest, conj, prep, fut, det, null);
    if (det) return;
    for (const pron of PRONOUNS) {
      // وزارة is not وزار + ه: a word written with ة has no ه pronoun
      if (pron === "ه" && taMarbuta) continue;
      if (rest.endsWith(pron) && rest.length - pron.length >= 2) {
        const stem = rest.slice(0, -pron.length);
        push(stem, conj, prep, fut, det, pron);
        // قتلوه → قتلوا + ه; a ta marbuta before a pronoun is written ت: مساعدتها → مساعده
        if (stem.endsWith("و")) push(`${stem}ا`, conj, prep, fut, det, pron);
        if (stem.endsWith("ت")) push(`${stem.slice(0, -1)}ه`, conj, prep, fut, det, pron);
      }
    }
  };
  const afterConj = (rest: string, conj: boolean) => {
    stems(rest, conj, null, false, false);
    if (/^[بلك]/.test(rest) && rest.length > 3) stems(rest.slice(1), conj, rest[0] ?? null, false, false);
    if (rest.startsWith("س") && rest.length > 3) stems(rest.slice(1), conj, null, true, false);
    // لل = ل + ال with the alef dropped
    if (rest.startsWith("لل") && rest.length > 4) stems(rest.slice(2), conj, "ل", false, true);
  };
  afterConj(key, false);
  if (
    /^[وف]/.test(key) &&
    (key.length > 3 || CONJ_SHORT.has(key.slice(1)) || CONJ_PREPOSITIONS.has(key.slice(1)))
  )
    afterConj(key.slice(1), true);
  return dropUnseenSplits(key, out, defaultTextLexicon());
}

/** How often a form must be seen whole for a split whose remainder is never seen to be no reading of it. */
const KNOWN_WHOLE = 20;
/** How often a remainder must be seen (alone or with the article) to count as a word. */
const KNOWN_REST = 5;

/**
 * Takes off the proclitic readings of a well-known word whose remainder is no word (session 22): فيما is no ف + يما,
 * ليبيا no ل + يبيا, بينما no ب + ينما, كلمة no ك + لمة. A real clitic leaves a word that news also write alone or
 * with the article (وقال → قال، للجيش → الجيش، بالمدينة → المدينة), so a remainder the news never write on its own
 * under a whole form they write often was never a clitic's, unless the text core's segmentation (src/text/clitics.ts)
 * reads the same proclitics there (بالتزامن: ب + ال + تزامن, a phrase whose noun is rare alone). A rare whole form
 * (وباستهدافهم) keeps every reading: the counts cannot tell it.
 */
function dropUnseenSplits(key: string, rs: WordReading[], lex: TextLexicon): WordReading[] {
  if (!rs.some((r) => r.conj || r.prep || r.fut) || lex.freq(key) < KNOWN_WHOLE) return rs;
  const seen = (rest: string) =>
    rest.length > 0 && lex.freq(rest) + (rest.startsWith("ال") ? 0 : lex.freqWith("ال", rest)) >= KNOWN_REST;
  let segmented: { conj: boolean; prep: string | null; fut: boolean } | undefined;
  const textReads = (r: WordReading) => {
    if (!segmented) {
      const parts = segmentWord(key, lex)[0]?.parts ?? [];
      segmented = {
        conj: parts.some((p) => p.tag === "conj"),
        prep: parts.find((p) => p.tag === "prep")?.norm ?? null,
        fut: parts.some((p) => p.tag === "fut"),
      };
    }
    return segmented.conj === r.conj && segmented.prep === r.prep && segmented.fut === r.fut;
  };
  const kept = rs.filter((r) => {
    if (!r.conj && !r.prep && !r.fut) return true;
    let rest = r.conj ? key.slice(1) : key;
    if (r.prep || r.fut)
      rest = r.prep === "ل" && r.det && rest.startsWith("لل") ? `ا${rest.slice(1)}` : rest.slice(1);
    return seen(rest) || textReads(r);
  });
  return kept.length === rs.length ? rs : kept;
}

/**
 * What is known of a readings list, kept with it: words of the same form share the list (readings are cached),
 * so a word's stems and its cue classes (see Cues in view.ts) are worked out once per form, and a token reaches
 * them through its Word without a lookup.
 */
export interface ReadingsMemo {
  /** The readings list this memo is of. */
  readonly readings: WordReading[];
  /** The distinct stem keys. */
  readonly stems: ReadonlySet<string>;
  /** The Cues whose answers `cueKeys` holds (one per lexicon; another one starts the list afresh). */
  cuesOf: object | null;
  /** By cue class id: the stem by which the word is a cue of the class, null if none, undefined if not asked yet. */
  cueKeys: (string | null | undefined)[];
  /** By cue class id: the cue sequences that start with one of the stems, undefined if not asked yet. */
  cueStarts: (string[][] | undefined)[];
  /** The trigger index `hasTrigger` was worked out for (see hasTriggerReading in triggers.ts). */
  triggersOf: object | null;
  /** Whether a stem is a trigger key of that index. */
  hasTrigger: boolean;
  /** The country table `country` was worked out for (see countryReadingAt in mentions.ts), null if not yet. */
  countryOf: object | null;
  country: unknown;
  /** The agent lexicon `agent` was worked out for (see agentFactsOf in mentions.ts), null if not yet. */
  agentOf: object | null;
  agent: unknown;
}

function newMemo(rs: WordReading[]): ReadingsMemo {
  return {
    readings: rs,
    stems: new Set(rs.map((r) => r.key)),
    cuesOf: null,
    cueKeys: [],
    cueStarts: [],
    triggersOf: null,
    hasTrigger: false,
    countryOf: null,
    country: null,
    agentOf: null,
    agent: null,
  };
}

/** Memos of readings lists not made by `readings` (the empty list of punctuation, lists built in tests). */
const memos = new WeakMap<WordReading[], ReadingsMemo>();

export function memoOf(rs: WordReading[]): ReadingsMemo {
  let memo = memos.get(rs);
  if (memo === undefined) {
    memo = newMemo(rs);
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
