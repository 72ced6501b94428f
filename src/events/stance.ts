// A stance told by a reporting verb with no statement word (session 20): "قال الوزير إن بلاده لن تقبل …"،
// "أكد أن القرار مرفوض". The report verb of the sentence's statement frame (`statementFrame`: a `report` verb whose
// content follows it, its source a person, an official or a group; no question, no negated report verb) is read as a
// `speech` trigger of a statement type when its content clause holds a closed-class predicate of that type:
//   REJECT    a refusal (cue class `stance_refusal`: مرفوض، لن نقبل، لا نعترف، لن نسمح، لن نرضخ …);
//   REQUEST   an obligation laid on a party named after على (cue class `stance_demand`: يجب على السلطات، يتعين على
//             رئيس الوزراء, or على X أن opening the clause: أن على إسبانيا أن …); an obligation with no party bound by
//             it (يجب أن نكون حذرين، يتعين علينا) is no demand;
//   THREATEN  a future of harm (cue class `stance_threat`: سنرد، سننتقم، لن نتردد، لن نقف مكتوفي الأيدي، سيدفع الثمن،
//             عواقب وخيمة …).
// The content clause runs from the frame's content to the next report frame of the sentence, else to its end. The
// speaker, the date and the place are read by `readCandidate` as for any statement (flag `said`, as for the learned
// typer of statement-typer.ts, which stays off).

import type { EventType } from "../doc/types.ts";
import type { ReportFrame } from "./attribution.ts";
import type { Mention } from "./mentions.ts";
import type { Cues, Word } from "./view.ts";

/** The cue class of each statement type's content predicate. */
export const STANCE_CLASSES: [EventType, string][] = [
  ["REJECT", "stance_refusal"],
  ["REQUEST", "stance_demand"],
  ["THREATEN", "stance_threat"],
];

const isParty = (m: Mention) => m.source !== "place" || m.state;

/** "يجب على الحكومة"، "على إسبانيا أن": على at `i` with a named party right after it (not a pronoun: علينا). */
function onParty(words: Word[], i: number, mentions: Mention[]): Mention | undefined {
  const w = words[i];
  if (!w || w.punct || w.text.replace(/^[وف]/, "") !== "على") return undefined;
  return mentions.find((m) => m.first === i + 1 && isParty(m));
}

/** The party an obligation in [from, to) is laid on (يجب على X، يتعين على X، على X أن opening the clause), if any. */
export function boundParty(
  words: Word[],
  from: number,
  to: number,
  mentions: Mention[],
  cues: Cues,
): Mention | undefined {
  for (let i = from; i < to; i++) {
    const modal = cues.at(words, i, "stance_demand");
    const bound = modal > 0 ? onParty(words, i + modal, mentions) : undefined;
    if (bound) return bound;
    // على X أن opening the content clause: the party, then its complementiser within four words
    const m = i === from ? onParty(words, i, mentions) : undefined;
    if (m && words.slice(m.last, Math.min(m.last + 4, to)).some((w) => cues.is(w, "complement"))) return m;
  }
  return undefined;
}

/** The end (exclusive) of a frame's content clause: the next report frame of the sentence, else its end. */
export function contentEnd(words: Word[], frame: ReportFrame, frames: ReportFrame[]): number {
  let end = words.length;
  for (const f of frames) if (f.at > frame.contentStart && f.at < end) end = f.at;
  return end;
}

/**
 * The first word in [from, to) where a cue of `cls` starts as a predicate: written without the article, a
 * preposition or a pronoun suffix, and not negated or after a relative (ما لن نقبل به، الذي لن نقبل); -1 when none.
 */
export function predicateAt(words: Word[], from: number, to: number, cls: string, cues: Cues): number {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    const w = words[i];
    if (!w || cues.at(words, i, cls) <= 0) continue;
    if (!w.readings.some((r) => !r.det && !r.prep && !r.pron && cues.startsWithKey(r.key, cls))) continue;
    const prev = words[i - 1];
    if (prev && (cues.is(prev, "negation") || cues.is(prev, "relative"))) continue;
    return i;
  }
  return -1;
}

/** A statement type the content clause tells, and the party it is told of when the rule names one. */
export interface Stance {
  type: EventType;
  /** The party the statement is told of (REQUEST: the one the obligation binds): the event's actor2 when it has none. */
  target?: Mention;
}

/** The statement types the content clause of `frame` tells by a closed-class predicate; empty when none. */
export function stanceTypes(
  words: Word[],
  frame: ReportFrame,
  frames: ReportFrame[],
  mentions: Mention[],
  cues: Cues,
): Stance[] {
  const from = frame.contentStart;
  if (from <= frame.at) return [];
  const to = contentEnd(words, frame, frames);
  const out: Stance[] = [];
  for (const [type, cls] of STANCE_CLASSES) {
    if (type === "REQUEST") {
      const target = boundParty(words, from, to, mentions, cues);
      if (target) out.push({ type, target });
    } else if (predicateAt(words, from, to, cls, cues) >= 0) out.push({ type });
  }
  return out;
}
