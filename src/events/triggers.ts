import type { TriggerEntry } from "./lexicon.ts";
import { type Cues, isComma, type SentenceView, type Word } from "./view.ts";

/** A trigger found in a sentence: the entry and the words [first, last) it covers. */
export interface TriggerMatch {
  entry: TriggerEntry;
  first: number;
  last: number;
  /** The reading of the first word (its clitics: future س, article, preposition, pronoun). */
  fut: boolean;
  det: boolean;
  prep: string | null;
  pron: string | null;
  conj: boolean;
}

function wordMatches(word: Word | undefined, key: string): boolean {
  return !!word && !word.punct && word.stems.has(key);
}

/** Whether one of the word's stems is a key of the trigger index (memoised per word form and index). */
export function hasTriggerReading(word: Word, index: Map<string, TriggerEntry[]>): boolean {
  const memo = word.memo;
  if (memo.triggersOf !== index) {
    memo.triggersOf = index;
    memo.hasTrigger = false;
    for (const key of memo.stems) if (index.has(key)) memo.hasTrigger = true;
  }
  return memo.hasTrigger;
}

/** Longest trigger at each word; a verb reading never has the article or ب/ك, a noun never the future س. */
export function findTriggers(
  view: SentenceView,
  index: Map<string, TriggerEntry[]>,
  cues?: Cues,
): TriggerMatch[] {
  const { words } = view;
  // after a preposition, a frame word or a noun of place or time (من أجل تدخل، في قصف، أمام حشد) a verb-or-noun form
  // is the noun
  const nounSlotAt = (i: number) =>
    !!cues &&
    (cues.is(words[i - 1], "prep") ||
      cues.is(words[i - 1], "frame") ||
      cues.is(words[i - 1], "quantifier") ||
      cues.is(words[i - 1], "noun_after"));
  // asked for each verb entry of a word: decided once per word
  let slotOf = -1;
  let slot = false;
  const nounSlot = (i: number) => {
    if (slotOf !== i) {
      slot = nounSlotAt(i);
      slotOf = i;
    }
    return slot;
  };
  // whether a word within `reach` before i, in its clause (up to a sentence break or a complementiser), is `sought`
  const clauseHasBefore = (i: number, reach: number, sought: (w: Word) => boolean) => {
    if (!cues) return false;
    for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
      const w = words[k];
      if (!w || (w.punct && !isComma(w.text)) || cues.is(w, "complement")) return false;
      if (sought(w)) return true;
    }
    return false;
  };
  // أعلنت الحكومة رفضها، أكد الوزير رفض بلاده: a form with a stance-noun reading (flag voiced) after a verb that
  // voices a stance is that noun, not a verb
  const voicedSlot = (i: number, key: string) =>
    !!cues &&
    (index.get(key) ?? []).some((e) => e.pos === "noun" && e.flags.has("voiced")) &&
    clauseHasBefore(i, 6, (w) => cues.is(w, "voice") && !cues.is(w, "prep"));
  // أصدرت محكمة في برلين الاثنين حكما بسجن شاب، أصدرت المحكمة، الأحد، حكمها: the object of a verb of issuing
  // (cue class `issue`) is a noun, so a form read as a noun or as a verb (حكما a ruling or "the two ruled", حكمها
  // her ruling or "ruled her") after it in its clause is the noun
  const issuedSlot = (i: number) => !!cues && clauseHasBefore(i, 10, (w) => cues.is(w, "issue"));
  const out: TriggerMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || w.punct || w.token.kind !== "word" || !hasTriggerReading(w, index)) continue;
    let best: TriggerMatch | null = null;
    const before = out[out.length - 1];
    const afterNoun = !!before && before.last === i && before.entry.pos === "noun";
    for (const r of w.readings) {
      for (const entry of index.get(r.key) ?? []) {
        if (entry.pos === "verb" && (r.det || r.prep === "ب" || r.prep === "ك" || nounSlot(i))) continue;
        if (entry.pos === "verb" && voicedSlot(i, r.key)) continue;
        if (entry.pos === "verb" && (index.get(r.key) ?? []).some((e) => e.pos === "noun") && issuedSlot(i))
          continue;
        // اعتقال وطرد المهاجرين: a form joined by و to the event noun right before it is a noun too
        if (entry.pos === "verb" && r.conj && afterNoun) continue;
        if (entry.pos === "verb" && r.prep === "ل" && entry.tense !== "present") continue;
        if (entry.pos === "noun" && r.fut) continue;
        if (entry.pos === "verb" && r.fut && entry.tense !== "present") continue;
        let ok = true;
        for (let j = 1; j < entry.words.length; j++) {
          if (!wordMatches(words[i + j], entry.words[j] ?? "")) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const len = entry.words.length;
        // two entries of one word (ألغى a meeting: REJECT; ألغى a visa regime: SANCTION): the one whose object
        // follows
        const objHere = (e: TriggerEntry) =>
          !e.obj || !cues || cues.find(words, i + len, Math.min(words.length, i + len + 7), e.obj) >= 0;
        const better =
          !best ||
          len > best.last - best.first ||
          (len === best.last - best.first &&
            (preferReading(r, entry, best) ||
              (entry.words.join(" ") === best.entry.words.join(" ") &&
                !objHere(best.entry) &&
                objHere(entry))));
        if (better)
          best = {
            entry,
            first: i,
            last: i + len,
            fut: r.fut,
            det: r.det,
            prep: r.prep,
            pron: r.pron,
            conj: r.conj,
          };
      }
    }
    if (best) {
      out.push(best);
      i = best.last - 1;
    }
  }
  return out;
}

/** Among same-length matches prefer the reading with fewer clitics stripped, then a verb over a noun. */
function preferReading(
  r: { conj: boolean; prep: string | null; det: boolean; pron: string | null; fut: boolean },
  entry: TriggerEntry,
  best: TriggerMatch,
): boolean {
  const cost = (x: { conj: boolean; prep: string | null; det: boolean; pron: string | null; fut: boolean }) =>
    (x.conj ? 1 : 0) + (x.prep ? 1 : 0) + (x.det ? 1 : 0) + (x.pron ? 1 : 0) + (x.fut ? 1 : 0);
  const a = cost(r);
  const b = cost(best);
  if (a !== b) return a < b;
  return entry.pos === "verb" && best.entry.pos === "noun" && !r.det;
}
