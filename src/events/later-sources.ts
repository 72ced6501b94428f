// News tells an event first in the reporter's voice and names its source a sentence or two later
// ("شنت مقاتلات إسرائيلية غارات على غزة. … وأكد شهود عيان أن …"). An event told without a source takes the chain of
// a later reporting frame that speaks of it: its speaker is the one who acts (وقالت طالبان …), the frame's sentence
// refers back to an event of the same kind (نفت وزارة الصحة وقوع إصابات في الاستهداف), or the frame opens the very
// next sentence and that sentence tells no event of its own.

import type { Source, TimeExpression } from "../doc/types.ts";
import { bareKeys } from "../text/proclitics.ts";
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
  /** The dates stage's times inside the sentence. */
  times?: TimeExpression[];
}

/** A built event as this pass sees it: its type, its actor1s, the sentences it was read from, its chain. */
export interface EventRecord {
  type: string;
  actor1: Mention[];
  sentences: number[];
  attribution: Source[];
  /** Whether the event already has a date. */
  dated?: boolean;
}

/** What a later sentence tells of an event told before without a source: its chain, and maybe its date. */
export interface LaterTelling {
  attribution: Source[];
  /** The time the later sentence gives the event (التي نظمت الأحد; a statement's own time), or null. */
  date: TimeExpression | null;
}

const SPEECH = new Set(["THREATEN", "ACCUSE", "REJECT", "REQUEST", "SUPPORT", "AGREE", "CONCEDE"]);
const isDate = (t: TimeExpression) => !!t.value && /^\d{4}/.test(t.value);

/** How far after its last sentence an event may find its source. */
const REACH = 2;
const STATE_KINDS = new Set(["state", "government", "military", "police"]);

const bare = (s: string) => bareKeys(s).filter((w) => w.length > 2);

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
  return laterTellings(events, sentences).map((t) => t.attribution);
}

/**
 * Like `laterSources`, with the date the later sentence gives an undated event: the time right after the noun that
 * refers back to it (وتوضح المظاهرات التي نظمت الأحد), or for a statement its speaker's own frame time
 * (وقال أردوغان الأحد إن …).
 */
export function laterTellings(events: EventRecord[], sentences: SentenceRecord[]): LaterTelling[] {
  const eventsIn = new Map<number, number[]>();
  events.forEach((e, i) => {
    for (const s of e.sentences) eventsIn.set(s, [...(eventsIn.get(s) ?? []), i]);
  });
  return events.map((event, self): LaterTelling => {
    const none = { attribution: event.attribution, date: null };
    if (event.sentences.length === 0) return none;
    // an event with its source already may still take its day from a later sentence that refers back to it
    const sourced = event.attribution.length > 0;
    /** The time right after a later noun that refers back to the undated event (ودخل هذا الاتفاق حيز التنفيذ السبت). */
    let backDate: TimeExpression | null = null;
    // after each sentence that tells it: a reading merged in from far later (a recap) hides no source named
    // right after the first telling
    const told = [...new Set(event.sentences)].sort((a, b) => a - b);
    for (const last of told)
      for (let k = last + 1; k <= Math.min(sentences.length - 1, last + REACH); k++) {
        if (told.includes(k)) continue;
        const sentence = sentences[k];
        if (!sentence || opensBackground(sentence)) break;
        const others = (eventsIn.get(k) ?? []).filter((i) => i !== self);
        // a definite noun of the event's kind that is no event of its own refers back to it (في الاستهداف)
        const back = sentence.triggers.find(
          (t) => t.det && t.entry.type === event.type && !others.some((i) => events[i]?.type === event.type),
        );
        if (back && !event.dated && !backDate) {
          const at = sentence.words[back.last - 1]?.end ?? 0;
          backDate =
            (sentence.times ?? []).filter(isDate).find((t) => t.start >= at && t.start - at <= 30) ?? null;
        }
        if (sourced) continue;
        for (const frame of sentence.frames) {
          const inner = frame.chain[frame.chain.length - 1];
          if (!inner) continue;
          const opensNext = k === last + 1 && frame.at <= 1 && others.length === 0;
          const ownSpeaker = sourceIsActor(inner, sentence, event.actor1);
          if (!(back || opensNext || ownSpeaker)) continue;
          let date: TimeExpression | null = null;
          const times = (sentence.times ?? []).filter(isDate);
          if (!event.dated && back) {
            const at = sentence.words[back.last - 1]?.end ?? 0;
            date = times.find((t) => t.start >= at && t.start - at <= 30) ?? null;
          } else if (!event.dated && ownSpeaker && SPEECH.has(event.type)) {
            const from = sentence.words[frame.at]?.start ?? 0;
            const to = sentence.words[Math.max(frame.at, frame.frameEnd - 1)]?.end ?? 0;
            date = times.find((t) => t.start >= from && t.end <= to) ?? null;
          }
          return { attribution: frame.chain, date: date ?? backDate };
        }
      }
    return { attribution: event.attribution, date: backDate };
  });
}
