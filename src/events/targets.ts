// What an attack hits when it is no actor: استهدفت قاعدة عسكرية، هجوم على مركز لتدريب القابلات، استهدف هجوم
// انتحاري قاعدة للجيش الصومالي. The object of an attack's verb (or its noun's على/ضد phrase) headed by a target word
// (data/events/targets.tsv) is the attack's actor2, with the word's kind; when the phrase names its owner with ل
// (قاعدة للجيش، مركزا للشرطة) the owner is.

import { nisbaShaped } from "../text/nisba.ts";
import { wordKey } from "./key.ts";
import type { Mention } from "./mentions.ts";
import type { Cues, SentenceView, Word } from "./view.ts";

/** The head of a target phrase at word i: its length in words and its kind, or null. */
function targetHead(
  words: Word[],
  i: number,
  targets: Map<string, string>,
): { len: number; kind: string } | null {
  const w = words[i];
  if (!w || w.punct) return null;
  const next = words[i + 1];
  if (next && !next.punct)
    for (const a of w.readings)
      for (const b of next.readings) {
        if (a.pron || a.prep) continue;
        const kind = targets.get(`${a.key} ${b.key}`) ?? targets.get(`${a.key} ال${b.key}`);
        if (kind) return { len: 2, kind };
      }
  for (const r of w.readings) {
    // (a glued preposition makes it no object: بسيارة، في مقر)
    if (r.prep || r.conj) continue;
    const kind = targets.get(r.key) ?? (r.det ? targets.get(`ال${r.key}`) : undefined);
    if (kind) return { len: 1, kind };
  }
  return null;
}

const isDefinite = (w: Word) => w.readings.some((r) => r.det && !r.prep);
const isNisba = (w: Word) => nisbaShaped(wordKey(w.text));

/**
 * The target an attack trigger at [first, last) hits, within [last, end): a target phrase right after a verb (its
 * object, possibly after a subject or a weapon: استهدف هجوم انتحاري بسيارة ملغومة قاعدة) or after على/ضد. Null when
 * there is none, when the phrase follows another preposition (في مقر: a place), or when a mention covers it.
 */
export function attackObject(
  text: string,
  view: SentenceView,
  trigger: { first: number; last: number; verb: boolean },
  end: number,
  mentions: Mention[],
  cues: Cues,
  targets: Map<string, string>,
): Mention | null {
  const { words } = view;
  const covered = (k: number) => mentions.some((m) => m.first <= k && k < m.last);
  const limit = Math.min(end, trigger.last + 8);
  for (let k = trigger.last; k < limit; k++) {
    if (covered(k)) continue;
    const head = targetHead(words, k, targets);
    if (!head) continue;
    const prev = words[k - 1];
    const prep = k > trigger.last ? cues.which(prev, "prep") : null;
    const against = prep === "علي" || prep === "ضد";
    if (prep !== null && !against) return null;
    if (!trigger.verb && !against) continue;
    // the phrase: the head, then a definite genitive or nisba adjectives (قاعدة عسكرية، مخازن صناديق الاقتراع)
    let last = k + head.len;
    const definite = isDefinite(words[k] as Word);
    for (let taken = 0; taken < 3; taken++) {
      const w = words[last];
      if (!w || w.punct || covered(last) || w.readings.some((r) => r.prep || r.conj)) break;
      if (definite ? !isDefinite(w) : !(isNisba(w) || isDefinite(w))) break;
      last++;
    }
    // قاعدة للجيش الصومالي: the owner named with ل
    const owner = mentions.find(
      (m) => m.first === last && m.prep === "ل" && (m.source !== "place" || m.state) && !m.adjectival,
    );
    if (owner) return owner;
    const first = words[k] as Word;
    const lastWord = words[last - 1] as Word;
    const phrase = text.slice(first.start, lastWord.end);
    return {
      start: first.start,
      end: lastWord.end,
      first: k,
      last,
      text: phrase,
      name_ar: phrase,
      name_en: null,
      id: null,
      kind: head.kind,
      country: null,
      source: "agent",
      place: null,
      state: false,
      prep: against ? prep : null,
      coordinated: false,
      adjectival: false,
    };
  }
  return null;
}
