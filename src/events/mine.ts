// Mining trigger words from answer keys (session 18, README "Events", "Mined triggers"): every key lists the
// sentences that tell each event, so the dev batches say which words announce an event of which type. A word key
// becomes a trigger of a type when enough training sentences that tell a scored event of that type, and in which the
// shipped lexicon finds no trigger of that type, contain it, and few sentences contain it otherwise. Fully automatic:
// the knobs are the support and the precision; closed word classes and names never become triggers.

import type { Doc, EventType } from "../doc/types.ts";
import type { GoldKey } from "../eval/events.ts";
import { bareWord } from "../text/proclitics.ts";
import type { EventLexicon, TriggerEntry } from "./lexicon.ts";
import { findTriggers } from "./triggers.ts";
import { Cues, sentenceViews } from "./view.ts";

/** What the miner needs of one training sentence. */
export interface MiningSentence {
  /** The article (support counts articles: one article's sentences retell one event). */
  article: string;
  /** Every reading key of every word (what a one-word trigger entry of that key would match). */
  keys: string[];
  /**
   * The keys that may become triggers: each word's bare key (proclitics off: src/text/proclitics.ts) and that key
   * without its pronoun suffix, not the over-generated readings (والمكسيك، صل of وصل).
   */
  candidates: string[];
  /** Keys read with the article (الـ): a key seen so is a noun. */
  det: string[];
  /** Keys of words inside a name, place or time expression, or numbers: such keys are names, never triggers. */
  named: string[];
  /** The types of the triggers the lexicon finds in the sentence. */
  found: string[];
  /** The scored (non-optional) gold events that list the sentence: their types and mode. */
  gold: { types: string[]; mode: string | null }[];
}

/** The mining records of one article: its sentences as the events stage reads them, with the key's events. */
export function miningSentences(
  doc: Doc,
  key: GoldKey,
  lexicon: EventLexicon,
  cues = new Cues(lexicon),
): MiningSentence[] {
  const spans = [...(doc.entities ?? []), ...(doc.places ?? []), ...(doc.times ?? [])];
  // (a name's span may leave out the word's و or ب: overlapping is enough)
  const inSpan = (start: number, end: number) => spans.some((s) => s.start < end && start < s.end);
  const out: MiningSentence[] = [];
  for (const view of sentenceViews(doc)) {
    const keys = new Set<string>();
    const candidates = new Set<string>();
    const det = new Set<string>();
    const named = new Set<string>();
    for (const w of view.words) {
      if (w.punct) continue;
      const name = w.token.kind !== "word" || w.token.value !== undefined || inSpan(w.start, w.end);
      const bare = bareWord(w.text).key;
      candidates.add(bare);
      for (const r of w.readings) {
        keys.add(r.key);
        if (r.pron && bare.startsWith(r.key) && bare !== r.key) candidates.add(r.key);
        if (r.det) det.add(r.key);
        if (name) named.add(r.key);
      }
    }
    const found = new Set(findTriggers(view, lexicon.triggers, cues).map((m) => m.entry.type as string));
    const gold = key.events
      .filter((e) => !e.optional && (e.sentences ?? []).includes(view.index))
      .map((e) => ({ types: e.type, mode: e.mode ?? null }));
    out[view.index] = {
      article: doc.id ?? "",
      keys: [...keys],
      candidates: [...candidates],
      det: [...det],
      named: [...named],
      found: [...found],
      gold,
    };
  }
  return out;
}

export interface MiningOptions {
  /** Least number of articles with an unexplained positive sentence (support). */
  minSupport: number;
  /** Least share of the sentences containing the key that are unexplained positives of the type. */
  minPrecision: number;
  /** Keys that may never become triggers (closed classes: prepositions, pronouns, particles, numbers, months…). */
  closed: (key: string) => boolean;
  /** Keys the lexicon already lists (they keep their own entries). */
  known: (key: string) => boolean;
  /** Most share of a key's sentences in which it stands inside a name, place, time or number (default 0.2). */
  maxNamed?: number;
  /** Least share of a key's sentences with an article reading for the key to be a noun (default 0.1). */
  nounShare?: number;
  /** Count each key alone, or the keys of one light stem together (default: word). */
  unit?: "word" | "stem";
  /** The ACLED code of a type and mode (from the lexicon's own entries), if any. */
  acledOf?: (type: string, mode: string | null) => TriggerEntry["acled"];
}

export interface MinedTrigger {
  key: string;
  type: string;
  mode: string | null;
  pos: "noun" | "verb";
  tense: "past" | "present" | "noun";
  acled: TriggerEntry["acled"];
  /** Articles and sentences that are unexplained positives, and all training sentences containing the unit. */
  support: number;
  sentences: number;
  total: number;
}

const ARABIC_KEY = /^[\u0621-\u064A]{3,}$/;
/** Larkey's light10 suffixes (../shared/data/lexicon/larkey-light10.md) on keys (ة and ية already folded to ه، يه). */
const LIGHT_SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/** A key's light stem: the light10 suffixes stripped in order, each once, while three letters remain. */
export function lightStem(key: string): string {
  let k = key;
  for (const suf of LIGHT_SUFFIXES)
    if (k.endsWith(suf) && k.length - suf.length >= 3) k = k.slice(0, -suf.length);
  return k;
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The mined triggers of a set of training sentences (deterministic: sorted by key). With `unit: "stem"` the forms of
 * one light stem (هتف، هتفوا، يهتفون share none; لافتات، لافته share لافت) are counted together and each form seen
 * becomes an entry; with `unit: "word"` each key is counted alone.
 */
export function mineTriggers(sentences: MiningSentence[], options: MiningOptions): MinedTrigger[] {
  const unitOf = options.unit === "stem" ? lightStem : (k: string) => k;
  const eligible = (k: string) => ARABIC_KEY.test(k) && !options.closed(k) && !options.known(k);
  // the forms of each unit: the candidate keys of the training sentences
  const forms = new Map<string, Set<string>>();
  for (const s of sentences)
    for (const k of s.candidates) {
      if (!eligible(k)) continue;
      const u = unitOf(k);
      const set = forms.get(u) ?? new Set<string>();
      set.add(k);
      forms.set(u, set);
    }
  const isForm = (k: string) => forms.get(unitOf(k))?.has(k) ?? false;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const total = new Map<string, number>();
  const nameds = new Map<string, number>();
  const formTotal = new Map<string, number>();
  const dets = new Map<string, number>();
  /** unit → type → positive sentences, their articles, and the modes of their events */
  const pos = new Map<
    string,
    Map<string, { n: number; articles: Set<string>; modes: Map<string, number> }>
  >();
  for (const s of sentences) {
    const units = new Set<string>();
    for (const k of s.keys)
      if (isForm(k)) {
        units.add(unitOf(k));
        bump(formTotal, k);
      }
    for (const u of units) bump(total, u);
    for (const u of new Set(s.named.filter(isForm).map(unitOf))) bump(nameds, u);
    for (const k of s.det) if (isForm(k)) bump(dets, k);
    // the types this sentence is an unexplained positive of, with the modes of the events that make it so
    const types = new Map<string, string[]>();
    for (const g of s.gold) {
      if (g.types.some((t) => s.found.includes(t))) continue;
      for (const t of g.types) types.set(t, [...(types.get(t) ?? []), g.mode ?? "-"]);
    }
    if (types.size === 0) continue;
    for (const u of new Set(s.candidates.filter(isForm).map(unitOf))) {
      const byType = pos.get(u) ?? new Map();
      pos.set(u, byType);
      for (const [t, modes] of types) {
        const cell = byType.get(t) ?? { n: 0, articles: new Set<string>(), modes: new Map<string, number>() };
        byType.set(t, cell);
        cell.n++;
        cell.articles.add(s.article);
        for (const m of modes) bump(cell.modes, m);
      }
    }
  }
  const maxNamed = options.maxNamed ?? 0.2;
  const nounShare = options.nounShare ?? 0.1;
  const out: MinedTrigger[] = [];
  for (const [unit, byType] of [...pos].sort(byKey)) {
    const all = total.get(unit) ?? 0;
    if ((nameds.get(unit) ?? 0) > maxNamed * all) continue;
    // the type with the most positive sentences (ties: the alphabetically first, to stay deterministic)
    const [type, cell] = [...byType].sort((a, b) => b[1].n - a[1].n || byKey(a, b))[0] ?? [];
    if (!type || !cell || cell.articles.size < options.minSupport || cell.n < options.minPrecision * all)
      continue;
    const mode = [...cell.modes].sort((a, b) => b[1] - a[1] || byKey(a, b))[0]?.[0] ?? "-";
    const m = mode === "-" ? null : mode;
    for (const key of [...(forms.get(unit) ?? [])].sort()) {
      const noun = (dets.get(key) ?? 0) >= nounShare * (formTotal.get(key) ?? 0);
      const present = !noun && /^[يتن]/.test(key) && key.length >= 4;
      out.push({
        key,
        type,
        mode: m,
        pos: noun ? "noun" : "verb",
        tense: noun ? "noun" : present ? "present" : "past",
        acled: options.acledOf?.(type, m) ?? null,
        support: cell.articles.size,
        sentences: cell.n,
        total: all,
      });
    }
  }
  return out;
}

/** Mined triggers as trigger entries (the flag `mined` marks them). */
export function minedEntries(mined: MinedTrigger[]): TriggerEntry[] {
  return mined.map((t) => ({
    type: t.type as EventType,
    mode: t.mode,
    pos: t.pos,
    tense: t.tense,
    passive: false,
    words: [t.key],
    lemma: t.key,
    flags: new Set(["mined"]),
    obj: null,
    acled: t.acled,
  }));
}

/** The data file of mined triggers (read back by parseMinedTriggers in lexicon.ts). */
export function formatMinedTriggers(mined: MinedTrigger[], header: string[]): string {
  const lines = mined.map((t) =>
    [
      t.key,
      t.type,
      t.mode ?? "-",
      t.pos,
      t.tense,
      t.acled ? `${t.acled.event_type}|${t.acled.sub_event_type}` : "-",
      `${t.support}:${t.sentences}/${t.total}`,
    ].join("\t"),
  );
  return `${header.map((h) => `# ${h}`).join("\n")}\n${lines.join("\n")}\n`;
}

/** The most common ACLED code of the lexicon's entries of each type and mode (null when none has one). */
export function acledByTypeMode(
  lexicon: EventLexicon,
): (type: string, mode: string | null) => TriggerEntry["acled"] {
  const counts = new Map<string, Map<string, number>>();
  for (const list of lexicon.triggers.values())
    for (const e of list) {
      if (!e.acled) continue;
      const k = `${e.type}/${e.mode ?? "-"}`;
      const c = counts.get(k) ?? new Map<string, number>();
      const code = `${e.acled.event_type}|${e.acled.sub_event_type}`;
      c.set(code, (c.get(code) ?? 0) + 1);
      counts.set(k, c);
    }
  return (type, mode) => {
    const c = counts.get(`${type}/${mode ?? "-"}`);
    if (!c) return null;
    const best = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const [event_type, sub_event_type] = (best ?? "").split("|");
    return event_type && sub_event_type ? { event_type, sub_event_type } : null;
  };
}
