import type { DatePrecision, Doc, Span, TimeExpression } from "../doc/types.ts";
import { matchKeyWithOffsets } from "../text/normalise.ts";
import { addDays, formatDay, isoWeekStart, parseDay } from "./calendar.ts";

/** The date that governs a clause, ACLED-style: a day with the precision the text allows. */
export interface ClauseTime extends Span {
  text: string;
  /** The TIMEX3 value of the expression (2014-07-29, 2014-W31, 2014-08-01TEV …). */
  timex: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the text gives only a month or a year. */
  value: string;
  precision: DatePrecision;
  approximate: boolean;
}

// Verbs that introduce reported speech; a time between such a verb and its "أن/إن" dates the report, not what
// is reported ("قالت الصحيفة في عددها الصادر يوم أمس أن ..."). Written in matchKey form.
const SPEECH_VERB =
  /(?<![\p{L}])[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت|افاد|افادت|نقل|نقلت|اشار|اشارت|صرح|صرحت|كشف|كشفت|اوضح|اوضحت|اضاف|اضافت|اعتبر|اعتبرت|زعم|زعمت|نشرت|نشر|اوردت|اورد|اكدت|نفي|نفت|حذر|حذرت|طالب|طالبت|دعا|دعت)(?![\p{L}])/u;
const COMPLEMENTISER = /(?<![\p{L}])(?:ب|و)?(?:ان|انه|انها|انهم|لان)(?![\p{L}])/u;
const CLAUSE_BREAK = /[،,؛;:]/;

/** An ACLED-style day for a TIMEX value; null for values that are not calendar dates (P1W, PAST_REF, 199). */
export function acledDate(
  timex: string,
  published: string | null,
): { value: string; precision: DatePrecision } | null {
  let m = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(timex);
  if (m) return { value: m[1], precision: "day" };
  m = /^(\d{4})-W(\d{2})$/.exec(timex);
  if (m) {
    // The middle of the week (Wednesday), but not after publication: a past week reported mid-week.
    let day = addDays(isoWeekStart(Number(m[1]), Number(m[2])), 2);
    const pub = published ? parseDay(published) : null;
    if (pub && formatDay(day) > formatDay(pub)) day = pub;
    return { value: formatDay(day), precision: "week" };
  }
  if (/^\d{4}-\d{2}$/.test(timex)) return { value: timex, precision: "month" };
  if (/^\d{4}$/.test(timex)) return { value: timex, precision: "year" };
  return null;
}

function sentenceOf(doc: Doc, pos: number): Span {
  const s = doc.sentences?.find((x) => x.start <= pos && pos < x.end);
  return s ?? { start: 0, end: doc.text.length };
}

// Report-frame ends by sentence start, per Doc: the events stage asks for many clauses of one sentence.
const frameEnds = new WeakMap<Doc, Map<number, number | null>>();

/** Where the report frame of a sentence ends ("قالت الصحيفة يوم أمس أن|"), or null when there is none. */
function reportFrameEnd(doc: Doc, sentence: Span): number | null {
  let byStart = frameEnds.get(doc);
  if (!byStart) {
    byStart = new Map();
    frameEnds.set(doc, byStart);
  }
  const known = byStart.get(sentence.start);
  if (known !== undefined) return known;
  const end = findReportFrameEnd(doc, sentence);
  byStart.set(sentence.start, end);
  return end;
}

function findReportFrameEnd(doc: Doc, sentence: Span): number | null {
  const mapped = matchKeyWithOffsets(doc.text, sentence.start, sentence.end);
  const verb = SPEECH_VERB.exec(mapped.text);
  if (!verb) return null;
  const rest = mapped.text.slice(verb.index + verb[0].length);
  const comp = COMPLEMENTISER.exec(rest);
  if (!comp) return null;
  return mapped.offsets[verb.index + verb[0].length + comp.index + comp[0].length];
}

function clauseOf(doc: Doc, sentence: Span, pos: number, frameEnd: number | null): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (let i = pos - 1; i >= sentence.start; i--) {
    if (CLAUSE_BREAK.test(doc.text[i]) || i === frameEnd) {
      start = i + 1;
      break;
    }
  }
  for (let i = pos; i < sentence.end; i++) {
    if (CLAUSE_BREAK.test(doc.text[i])) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/**
 * The time expression that governs a clause or an event span: a calendar date (DATE or TIME) in the same sentence,
 * preferring one in the same clause and then the nearest; never the publication date itself. A date inside a
 * report frame ("قالت الصحيفة اليوم إن ...") is skipped for spans in the reported content. Null when the sentence
 * has no usable date (the caller decides whether to fall back to other sentences). `skip` lists spans whose times
 * date something else (the events stage passes its source frames: "وفق ما أعلنت السلطات السبت").
 */
export function timeForClause(
  doc: Doc,
  span: Span,
  options: { skip?: readonly Span[] } = {},
): ClauseTime | null {
  if (!doc.times || doc.times.length === 0) return null;
  const sentence = sentenceOf(doc, span.start);
  const frameEnd = reportFrameEnd(doc, sentence);
  const inContent = frameEnd !== null && span.start >= frameEnd;
  const clause = clauseOf(doc, sentence, span.start, frameEnd);

  let best: { t: TimeExpression; date: { value: string; precision: DatePrecision }; score: number } | null =
    null;
  for (const t of doc.times) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    if (t.value === null || t.start < sentence.start || t.end > sentence.end) continue;
    if (inContent && frameEnd !== null && t.end <= frameEnd) continue;
    if (options.skip?.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    const date = acledDate(t.value, doc.published);
    if (!date) continue;
    const distance = t.end <= span.start ? span.start - t.end : Math.max(0, t.start - span.end);
    const sameClause = t.start >= clause.start && t.end <= clause.end;
    const score = distance + (sameClause ? 0 : 10_000);
    if (!best || score < best.score) best = { t, date, score };
  }
  if (!best) return null;
  const { t, date } = best;
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    timex: t.value!,
    value: date.value,
    precision: t.precision === "week" && date.precision === "day" ? "week" : date.precision,
    approximate: t.approximate === true,
  };
}
