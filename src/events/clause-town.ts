// في مدينة غاو، شمالي مالي: an event placed in a country whose own clause also names a town of that country with
// في/بـ is at the town. "Own clause": after the event's trigger, with no complementiser, reporting verb or other
// event word between (not "… في العراق، وقالت الشرطة إنهم كانوا يخططون لهجمات في الموصل"), and not the town of
// a source (قال مسؤول في الموصل إن …).

import type { Source } from "../doc/types.ts";
import type { Mention } from "./mentions.ts";
import type { Word } from "./view.ts";

/** One reading of the event: its sentence, where its trigger ends, and the sources it is told by. */
export interface ClauseReading {
  sentence: number;
  /** Index of the word after the trigger. */
  triggerEnd: number;
  attribution: Pick<Source, "start" | "end">[];
}

/** A sentence's words and its mentions, as the events stage read them. */
export interface ClauseSentence {
  words: Word[];
  mentions: Mention[];
}

/**
 * The town of `country` that one of the event's readings names in its own clause with في/بـ (a town or district,
 * not a nisba, not a namesake, not inside a source), or undefined.
 */
export function townInOwnClause(
  readings: ClauseReading[],
  country: string,
  sentences: (index: number) => ClauseSentence | undefined,
  breaksClause: (w: Word | undefined) => boolean,
  stray: (m: Mention) => boolean,
): Mention | undefined {
  const sources = readings.flatMap((c) => c.attribution);
  const inSource = (m: Mention) =>
    sources.some((x) => x.start !== undefined && x.end !== undefined && m.start < x.end && x.start < m.end);
  const ownClause = (c: ClauseReading, words: Word[], m: Mention) => {
    if (m.first < c.triggerEnd) return false;
    for (let k = c.triggerEnd; k < m.first; k++) if (breaksClause(words[k])) return false;
    return true;
  };
  return readings
    .flatMap((c) => {
      const s = sentences(c.sentence);
      return s ? s.mentions.filter((m) => ownClause(c, s.words, m)) : [];
    })
    .find(
      (m) =>
        m.place &&
        !m.state &&
        m.country === country &&
        (m.place.precision ?? 3) <= 2 &&
        (m.prep === "في" || m.prep === "ب") &&
        !m.adjectival &&
        !stray(m) &&
        !inSource(m),
    );
}
