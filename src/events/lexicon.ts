import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EventType } from "../doc/types.ts";
import { dataDir } from "../paths.ts";
import { defaultTextLexicon } from "../text/lexicon.ts";
import { wordKey } from "./key.ts";
import { nounForms, pastForms, presentForms } from "./morph.ts";

export type TriggerPos = "verb" | "noun";

/** One trigger form: a word (or words) that can report an event of `type`. */
export interface TriggerEntry {
  type: EventType;
  mode: string | null;
  pos: TriggerPos;
  /**
   * Past, present, noun, or participle (a حال after a comma: "، رافضة عرض الرئيس" — it shares the subject of the
   * clause it follows): the tense decides planned (future) and the reading of the subject.
   */
  tense: "past" | "present" | "noun" | "participle";
  passive: boolean;
  /** The keys of the words, first one inflected; later words are matched on their stems. */
  words: string[];
  lemma: string;
  flags: Set<string>;
  obj: string | null;
  acled: { event_type: string; sub_event_type: string } | null;
}

/**
 * An agent head of agents.tsv (`<kind>[/<role>]`). A rule that reads a role reads the heads apart while they keep
 * their kind (judges and prosecutors: government, role `judicial`).
 */
export interface AgentHeadEntry {
  kind: string;
  role?: string;
}

export interface EventLexicon {
  /** Trigger entries indexed by the key of their first word. */
  triggers: Map<string, TriggerEntry[]>;
  /** Cue classes (cues.tsv): class → word sequences (keys). */
  cues: Map<string, string[][]>;
  /** Generic actor heads (agents.tsv): key → kind and role. */
  agents: Map<string, AgentHeadEntry>;
  /** Nouns that name people only right after a number (counted.tsv): key → kind (12 إرهابيا، 100 مهاجر). */
  counted: Map<string, string>;
  /** What an attack hits when it is no actor (targets.tsv): key → kind (قاعدة، مقر، حافلة). */
  targets: Map<string, string>;
  /** Verbs mined from the Arabic CAMEO dictionary, a weaker source used only with an actor on both sides. */
  cameo: Map<string, TriggerEntry[]>;
}

const keyWords = (phrase: string) => phrase.trim().split(/\s+/).map(wordKey);

function dataLines(text: string): string[][] {
  return text
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()));
}

function parseAcled(cell: string | undefined): TriggerEntry["acled"] {
  if (!cell || cell === "-") return null;
  const [event_type, sub_event_type] = cell.split("|");
  return event_type && sub_event_type ? { event_type, sub_event_type } : null;
}

function addEntry(index: Map<string, TriggerEntry[]>, entry: TriggerEntry) {
  const first = entry.words[0];
  if (!first) return;
  const list = index.get(first) ?? [];
  list.push(entry);
  index.set(first, list);
}

/**
 * Whether a first person plural present form made from a verb's present (نصيب from يصيب, نصف from يصف, نشيد from
 * يشيد) is a noun the news write with the article (النصيب، النصف، النشيد) rather than "we …": news speak in the first
 * person only inside quotes, and a form seen with ال in at least one use of twenty is a noun there (session 22).
 */
function nounNotWe(form: string, present: string): boolean {
  if (!form.startsWith("ن") || present.startsWith("ن")) return false;
  const lex = defaultTextLexicon();
  const withArticle = lex.freqWith("ال", form);
  return withArticle >= 3 && withArticle >= 0.05 * lex.freq(form);
}

/** Parses triggers.tsv (see its header) and generates every inflected form of each verb. */
export function parseTriggers(
  text: string,
  index = new Map<string, TriggerEntry[]>(),
): Map<string, TriggerEntry[]> {
  // the case and number forms of one-word nouns, added after every listed form so that a listed form keeps its
  // own line (قصفا is listed; اشتباكا, تفجيرين are generated)
  const inflected: (Omit<TriggerEntry, "pos" | "tense" | "passive" | "words"> & { keys: string[] })[] = [];
  for (const cols of dataLines(text)) {
    const [pos, type, mode, formsCell, present, passive, flagsCell, acledCell] = cols;
    if (!pos || !type || !formsCell) throw new Error(`triggers: bad line "${cols.join("\t")}"`);
    const flags = new Set<string>();
    let obj: string | null = null;
    for (const f of (flagsCell ?? "-").split(",")) {
      if (f === "-" || !f) continue;
      if (f.startsWith("obj=")) obj = f.slice(4);
      else flags.add(f);
    }
    const base = {
      type: type as EventType,
      mode: mode && mode !== "-" ? mode : null,
      flags,
      obj,
      acled: parseAcled(acledCell),
    };
    const lemmas = formsCell.split("|");
    if (pos === "P") {
      for (const form of lemmas)
        addEntry(index, {
          ...base,
          pos: "verb",
          tense: "participle",
          passive: false,
          words: keyWords(form),
          lemma: form,
        });
      continue;
    }
    if (pos === "N") {
      for (const form of lemmas) {
        const words = keyWords(form);
        addEntry(index, { ...base, pos: "noun", tense: "noun", passive: false, words, lemma: form });
        if (words.length === 1 && words[0])
          inflected.push({ ...base, keys: nounForms(words[0]), lemma: form });
      }
      continue;
    }
    for (const lemma of lemmas) {
      const [head, ...rest] = keyWords(lemma);
      if (!head) continue;
      const restKeys = rest;
      // a fixed expression (لقي حتفه) is matched as written, plus its plural/feminine past forms
      for (const f of pastForms(head)) {
        addEntry(index, {
          ...base,
          pos: "verb",
          tense: "past",
          passive: flags.has("passive"),
          words: [f, ...restKeys],
          lemma,
        });
      }
      if (present && present !== "-") {
        const [presHead, ...presRest] = keyWords(present);
        if (presHead)
          for (const f of presentForms(presHead)) {
            if (nounNotWe(f, presHead)) continue;
            addEntry(index, {
              ...base,
              pos: "verb",
              tense: "present",
              passive: flags.has("passive"),
              words: [f, ...presRest],
              lemma,
            });
          }
      }
      if (passive && passive !== "-") {
        const [passHead, ...passRest] = keyWords(passive);
        if (passHead)
          for (const f of pastForms(passHead)) {
            // identical to an active form (اعتقل): leave the voice to the context
            const sameAsActive = pastForms(head).includes(f);
            if (sameAsActive) continue;
            addEntry(index, {
              ...base,
              pos: "verb",
              tense: "past",
              passive: true,
              words: [f, ...passRest],
              lemma,
            });
          }
      }
    }
  }
  for (const { keys, ...entry } of inflected)
    for (const key of keys) {
      if (index.get(key)?.some((e) => e.pos === "noun" && e.words.length === 1)) continue;
      addEntry(index, { ...entry, pos: "noun", tense: "noun", passive: false, words: [key] });
    }
  return index;
}

export function parseCues(text: string): Map<string, string[][]> {
  const cues = new Map<string, string[][]>();
  for (const [cls, forms] of dataLines(text)) {
    if (!cls || !forms) continue;
    const list = cues.get(cls) ?? [];
    for (const f of forms.split("|")) list.push(keyWords(f));
    cues.set(cls, list);
  }
  return cues;
}

/** key → kind, of a list in the agents.tsv format whose roles nothing reads (counted.tsv, targets.tsv). */
export function parseAgents(text: string): Map<string, string> {
  return new Map([...parseAgentHeads(text)].map(([key, head]) => [key, head.kind]));
}

/** key → the kind and role of the line that lists it first (`<kind>[/<role>]`; none when the kind is empty). */
export function parseAgentHeads(text: string): Map<string, AgentHeadEntry> {
  const agents = new Map<string, AgentHeadEntry>();
  const seen = new Set<string>();
  const accusatives: [string, AgentHeadEntry][] = [];
  for (const [cell, forms] of dataLines(text)) {
    if (!cell || !forms) continue;
    const [kind = "", role] = cell.split("/");
    const head: AgentHeadEntry = role ? { kind, role } : { kind };
    for (const f of forms.split("|")) {
      const k = keyWords(f).join(" ");
      if (!seen.has(k) && kind) agents.set(k, head);
      seen.add(k);
      const acc = accusativeOf(k);
      if (acc) accusatives.push([acc, head]);
    }
  }
  // (a listed form wins over a generated one)
  for (const [k, head] of accusatives) {
    if (!seen.has(k) && head.kind) agents.set(k, head);
    seen.add(k);
  }
  return agents;
}

/**
 * The accusative of a one-word indefinite noun with its tanween alef, as counted nouns are written (16 شخصا،
 * زوارا شيعة، 25 جنديا): none for a definite word, a sound plural or dual (ين، ون، ان، ات), or a word ending in
 * ة، ا، ى، ء (their accusative is a diacritic only).
 */
export function accusativeOf(key: string): string | null {
  if (key.includes(" ") || key.length < 3 || key.startsWith("ال")) return null;
  if (/(ين|ون|ان|ات)$/.test(key) || /[هاىءو]$/.test(key)) return null;
  return `${key}ا`;
}

let cached: EventLexicon | null = null;

/** Loads the shipped event lexicon from data/events (once). */
export function loadEventLexicon(dir = join(dataDir, "events")): EventLexicon {
  if (cached && dir === join(dataDir, "events")) return cached;
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  let cameoText = "";
  try {
    cameoText = read("cameo-verbs.tsv");
  } catch {
    cameoText = "";
  }
  const lexicon: EventLexicon = {
    triggers: parseTriggers(read("triggers.tsv")),
    cues: parseCues(read("cues.tsv")),
    agents: parseAgentHeads(read("agents.tsv")),
    counted: parseAgents(read("counted.tsv")),
    targets: parseAgents(read("targets.tsv")),
    cameo: parseTriggers(cameoText),
  };
  if (dir === join(dataDir, "events")) cached = lexicon;
  return lexicon;
}

/**
 * Parses a mined trigger list (mined-triggers.tsv, written by `formatMinedTriggers` in mine.ts): one word key a line,
 * `<key> <type> <mode|-> <noun|verb> <past|present|noun> <acled event_type|sub_event_type|-> …`. Each key is matched
 * as written (no inflection is generated: the miner saw the forms themselves); the entries carry the flag `mined`.
 */
export function parseMinedTriggers(text: string): TriggerEntry[] {
  return dataLines(text).map((cols) => {
    const [key, type, mode, pos, tense, acled] = cols;
    if (!key || !type || (pos !== "noun" && pos !== "verb") || !tense)
      throw new Error(`mined triggers: bad line "${cols.join("\t")}"`);
    if (!["past", "present", "noun"].includes(tense)) throw new Error(`mined triggers: bad tense "${tense}"`);
    return {
      type: type as EventType,
      mode: mode && mode !== "-" ? mode : null,
      pos,
      tense: tense as TriggerEntry["tense"],
      passive: false,
      words: [key],
      lemma: key,
      flags: new Set(["mined"]),
      obj: null,
      acled: parseAcled(acled),
    };
  });
}

/**
 * The lexicon with `extra` trigger entries added to a copy of its trigger index. A word that is already a key of
 * the index keeps its own entries only (a mined entry adds words, it never changes how a listed word reads).
 */
export function withExtraTriggers(lexicon: EventLexicon, extra: TriggerEntry[]): EventLexicon {
  if (extra.length === 0) return lexicon;
  const triggers = new Map(lexicon.triggers);
  for (const entry of extra) {
    const first = entry.words[0];
    if (!first || lexicon.triggers.has(first)) continue;
    triggers.set(first, [...(triggers.get(first) ?? []), entry]);
  }
  return { ...lexicon, triggers };
}
