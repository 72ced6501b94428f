// News tells an event first in the reporter's voice and names its source a sentence or two later
// ("شنت مقاتلات إسرائيلية غارات على غزة. … وأكد شهود عيان أن …"). An event told without a source takes the chain of
// a later reporting frame that speaks of it: its speaker is the one who acts (وقالت طالبان …), the frame's sentence
// refers back to an event of the same kind (نفت وزارة الصحة وقوع إصابات في الاستهداف), or the frame opens the very
// next sentence and that sentence tells no event of its own.

import type { Source } from "../doc/types.ts";
import type { ReportFrame } from "./attribution.ts";
import { wordKey } from "./key.ts";
import type { Mention } from "./mentions.ts";
import type { TriggerMatch } from "./triggers.ts";
import type { Word } from "./view.ts";

/** What the stage knows of one sentence once it has read it. */
export interface SentenceRecord {
  words: Word[];
  frames: ReportFrame[];
  mentions: Mention[];
  triggers: TriggerMatch[];
}

/** A built event as this pass sees it: its type, its actor1s, the sentences it was read from, its chain. */
export interface EventRecord {
  type: string;
  actor1: Mention[];
  sentences: number[];
  attribution: Source[];
}

/** How far after its last sentence an event may find its source. */
const REACH = 2;
const STATE_KINDS = new Set(["state", "government", "military", "police"]);

const bare = (s: string) =>
  wordKey(s)
    .split(/\s+/)
    .map((w) => w.replace(/^(وال|فال|بال|لل|ال|و)/, ""))
    .filter((w) => w.length > 2);

/** The source names the actor: same id, all the words of one in the other, or an official of the acting state. */
function sourceIsActor(src: Source, sentence: SentenceRecord, actors: Mention[]): boolean {
  const inSource = sentence.mentions.filter(
    (m) => src.start !== undefined && src.end !== undefined && m.start < src.end && src.start < m.end,
  );
  const words = new Set(bare(src.name_ar));
  return actors.some((a) => {
    if (a.id && inSource.some((m) => m.id === a.id)) return true;
    const name = bare(a.name_ar);
    if (name.length > 0 && name.every((w) => words.has(w))) return true;
    const stateSide = a.state || (!!a.kind && STATE_KINDS.has(a.kind));
    return (
      stateSide &&
      !!a.country &&
      inSource.some((m) => m.country === a.country && (m.state || (!!m.kind && STATE_KINDS.has(m.kind))))
    );
  });
}

function opensBackground(sentence: SentenceRecord): boolean {
  const first = sentence.words.find((w) => !w.punct);
  return !!first && ["وكان", "وكانت", "كان", "كانت"].includes(wordKey(first.text));
}

/**
 * For each event without a source, the chain of the first later frame (within two sentences) that speaks of it;
 * other events keep theirs. `eventSentences[s]` holds the indices of the events read from sentence s.
 */
export function laterSources(events: EventRecord[], sentences: SentenceRecord[]): Source[][] {
  const eventsIn = new Map<number, number[]>();
  events.forEach((e, i) => {
    for (const s of e.sentences) eventsIn.set(s, [...(eventsIn.get(s) ?? []), i]);
  });
  return events.map((event, self) => {
    if (event.attribution.length > 0 || event.sentences.length === 0) return event.attribution;
    const last = Math.max(...event.sentences);
    for (let k = last + 1; k <= Math.min(sentences.length - 1, last + REACH); k++) {
      const sentence = sentences[k];
      if (!sentence || opensBackground(sentence)) break;
      const others = (eventsIn.get(k) ?? []).filter((i) => i !== self);
      // a definite noun of the event's kind that is no event of its own refers back to it (في الاستهداف)
      const refersBack = sentence.triggers.some(
        (t) => t.det && t.entry.type === event.type && !others.some((i) => events[i]?.type === event.type),
      );
      for (const frame of sentence.frames) {
        const inner = frame.chain[frame.chain.length - 1];
        if (!inner) continue;
        const opensNext = k === last + 1 && frame.at <= 1 && others.length === 0;
        if (refersBack || opensNext || sourceIsActor(inner, sentence, event.actor1)) return frame.chain;
      }
    }
    return event.attribution;
  });
}
