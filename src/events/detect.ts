import { timeForClause } from "../dates/clause.ts";
import type {
  Doc,
  EventType,
  Fatalities,
  Modality,
  Source,
  Span,
  TimeExpression,
  Token,
} from "../doc/types.ts";
import { nisbaShaped } from "../text/nisba.ts";
import { type NumberReading, numberWordOf, readNumber } from "../text/numbers.ts";
import { chainAt, type ReportFrame } from "./attribution.ts";
import {
  attackTarget,
  backThen,
  caseOfEvent,
  elapsedSince,
  embeddedPluperfect,
  habitualFrame,
  inNameOrIdiom,
  nonSpecific,
  pluperfectRecap,
  protestGrievance,
  reportFinding,
  unrealisedIntent,
} from "./background.ts";
import { agrees, documentSpeaker, impliedSpeaker } from "./implied-speaker.ts";
import { wordKey } from "./key.ts";
import { type Mention, thingsPlural, verbalNounShaped, withoutProclitics } from "./mentions.ts";
import { befallsPatient, patientPronoun, pronounAntecedent } from "./object-pronoun.ts";
import { attackObject } from "./targets.ts";
import type { TriggerMatch } from "./triggers.ts";
import { type Cues, HARD_BOUNDARY, isComma, type SentenceView, someStem, type Word } from "./view.ts";

/** An event read from one trigger, before merging. */
export interface Candidate {
  sentence: number;
  match: TriggerMatch;
  type: EventType;
  mode: string | null;
  modality: Modality;
  actor1: Mention[];
  actor2: Mention[];
  /** Whether the actors were found in the trigger's own clause (not carried from an earlier one). */
  ownActors: boolean;
  /** A verb in a relative clause on a definite event noun (الهجوم الذي استهدف): it describes an event told before. */
  describes?: boolean;
  /** The first word of the event noun (same sentence) that this verb's relative clause describes. */
  describedNoun?: number;
  /** The first word of the event of this sentence that this reading is part of (an arrest operation's seizure). */
  partOf?: number;
  /**
   * Told as background (a pluperfect recap, a relative clause on a person: background.ts): it may tell more of an
   * event told as news, but is no event of its own.
   */
  background?: boolean;
  /** A definite event noun (الهجوم، إطلاق النار، انفجار العبوة): it may point back at an event told before. */
  definite?: boolean;
  /** Its actor2 is the party a patient pronoun stands for (اعتقاله، أطلقت سراحها): someone named before. */
  heldByPronoun?: Mention;
  /** An attack someone claims (أعلن التنظيم مسؤوليته عن الهجوم، تبنت الحركة التفجير): its actor1 is the claimant. */
  claimsResponsibility?: boolean;
  place: Mention | null;
  date: TimeExpression | null;
  fatalities: Fatalities | null;
  attribution: Source[];
  evidence: Span[];
}

export interface SentenceContext {
  doc: Doc;
  view: SentenceView;
  cues: Cues;
  mentions: Mention[];
  frames: ReportFrame[];
  triggers: TriggerMatch[];
  /** Triggers of this sentence already read as events: they bound the next one's left context. */
  accepted: TriggerMatch[];
  carried: Source[];
  /** Actor1 of the last event before this trigger in the sentence (a verb without its own subject continues it). */
  lastActor1: Mention[];
  /** Actor1 of the last event of the previous sentence, for a sentence opening with و + verb. */
  previousActor1: Mention[];
  /** The mentions of the sentence before (an arrest told in the passive may be by a force it names). */
  previousMentions?: Mention[];
  /** The sentence's death tolls, computed once. */
  tolls?: Toll[];
  /** A place that is a namesake of a town in a country the article does not speak of (place-support.ts). */
  strayPlace?: (m: Mention) => boolean;
  /** Target words an attack may hit (targets.tsv): key → kind. */
  targets?: Map<string, string>;
  /** Shared by the sentences of a document: whether it has told deaths of an accident (accidentCause). */
  accident?: { told: boolean };
}

const SEIZE_PREPS = [null, "علي", "ل"];
const RELEASE_PREPS = ["عن", null, "من"];
const ACTOR2_PREPS: Partial<Record<EventType, (string | null)[]>> = {
  ASSAULT: [null, "علي", "ضد", "باتجاه", "اتجاه", "تجاه", "صوب"],
  COERCE: [null, "علي"],
  AID: ["ل", "الي", null],
  CONSULT: ["مع", "ب", null],
  COOPERATE: ["مع"],
  AGREE: ["مع"],
  SANCTION: [null, "علي", "ضد"],
  PROTEST: ["ضد", "علي"],
  RETREAT: ["من"],
  THREATEN: [null, "ب"],
  ACCUSE: [null],
  REQUEST: [null, "من"],
  REJECT: [null],
  SUPPORT: [null],
  MOBILIZE: ["ضد"],
};

const inFrame = (frames: ReportFrame[], i: number) => frames.some((f) => i >= f.at && i < f.frameEnd);

/** Index of the first word of the clause holding word t (after a hard boundary, complementiser or frame). */
function clauseStart(ctx: SentenceContext, t: number): number {
  const { words } = ctx.view;
  for (let i = t - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    if (w.punct && HARD_BOUNDARY.has(w.text)) return i + 1;
    if (ctx.cues.is(w, "complement")) return i + 1;
    if (ctx.frames.some((f) => f.contentStart === i + 1 && f.contentStart > 0)) return i + 1;
  }
  return 0;
}

/** The index of the first hard boundary (a full stop, a semicolon, a colon …) at or after `t`, else the words' end. */
function sentenceEnd(ctx: SentenceContext, t: number): number {
  const { words } = ctx.view;
  for (let i = t; i < words.length; i++) if (words[i]?.punct && HARD_BOUNDARY.has(words[i]!.text)) return i;
  return words.length;
}

function clauseEnd(ctx: SentenceContext, t: number, limit = 16): number {
  const { words } = ctx.view;
  let count = 0;
  for (let i = t; i < words.length; i++) {
    const w = words[i];
    if (!w) break;
    if (w.punct && HARD_BOUNDARY.has(w.text)) return i;
    if (i > t && ctx.cues.is(w, "complement")) return i;
    if (i > t && ctx.frames.some((f) => f.at === i)) return i;
    if (!w.punct) count++;
    if (count > limit) return i;
  }
  return words.length;
}

/**
 * "حذرت الخارجية من هجمات إرهابية محتملة"، "حذرت الأمم المتحدة من أن اليمن قد يشهد مجاعة": a warning of what
 * may happen (a possibility word within the next words of its sentence) foretells a danger; the one who warns
 * threatens no act of its own, so it is no THREATEN event (unlike حذرت إيران من مغبة مهاجمة القنصلية). So does a
 * warning of a danger nobody does or of the weather (`danger`: حذرت السلطات السكان من خطر هطول أمطار، حذرت هيئة
 * الأرصاد من الظروف الجوية).
 */
function warnsOfPossibleDanger(ctx: SentenceContext, last: number, limit = 12): boolean {
  const { words } = ctx.view;
  return wordAhead(
    ctx,
    last + 1,
    limit,
    (w, i) => ctx.cues.is(w, "possible") || ctx.cues.at(words, i, "danger") > 0,
  );
}

/** Who is deterred when warned (حذرت واشنطن بيونغ يانغ من …): a state, a government, a force or an armed group. */
const DETERRED_KINDS = new Set([
  "state",
  "government",
  "military",
  "police",
  "rebel_group",
  "militia",
  "armed_group",
]);

/**
 * Whether a warning (حذر) threatens, as the lexicon has it, rather than accuses (session 23). It threatens when it
 * warns someone it deters (a state, a government, a force or an armed group right after the verb and its subject:
 * حذرت واشنطن بيونغ يانغ من …؛ or one told what to do after ب: وحذر الجيش السكان بضرورة الابتعاد); when what it warns
 * of opens with its consequences, an attack or أي (من عواقب، من مغبة، من تبعات، من اجتياح يوناني للجزر: cue class
 * `warn_threat`; من أي تدخل); when it is the speaker's own future act (a pronoun on أن with a future or لن within four words: حذرت إسرائيل من أنها لن
 * تسمح); when it names the speaker's own side (بلاده، حكومته, or a party of the speaker's country: حذر وزيران
 * إسرائيليان من أن إسرائيل ستواصل); and when it names no other party at all (حذر من أن الوضع سيتدهور: no one is
 * accused). A warning of what another party does is an accusation (حذرت المخابرات السويدية من أن التجسس الروسي هو
 * أكبر تهديد، حذر تقرير من انتهاج روسيا أساليب …).
 */
function warningThreatens(ctx: SentenceContext, match: TriggerMatch, actor1: Mention[]): boolean {
  const { words } = ctx.view;
  const inActor1 = (k: number) => actor1.some((m) => m.first <= k && k < m.last);
  // the first word after the verb and its subject, past a time and commas
  const j = pastTimesAndCommas(ctx, match.last, Number.POSITIVE_INFINITY, inActor1);
  const first = words[j];
  if (!first || first.punct) return true;
  const opensWarned =
    /^(من|مما|ممن)$/.test(wordKey(first.text)) ||
    first.readings.some((r) => r.prep === "من") ||
    ctx.cues.is(first, "complement");
  if (!opensWarned) {
    // someone warned: a state, a government, a force or an armed group is deterred (حذرت واشنطن بيونغ يانغ من …),
    // and so is one told what to do after ب (وحذر الجيش السكان بضرورة الابتعاد); a person or a public warned of
    // what another does is told of it (حذر الحزبان المستشارة من إبرام اتفاقية …)
    const warned = ctx.mentions.find((m) => m.first === j);
    if (!warned || warned.state || DETERRED_KINDS.has(warned.kind ?? "")) return true;
    const after = words[warned.last];
    if (after?.readings.some((r) => r.prep === "ب") && !ctx.cues.is(after, "complement")) return true;
  }
  const own = new Set(actor1.map((m) => m.country).filter((c) => !!c));
  let accused = false;
  // (what is warned of: twenty words at most, to the sentence's next hard boundary)
  const end = Math.min(words.length, j + 20);
  for (let k = j; k < end; k++) {
    const w = words[k] as Word;
    if (w.punct && HARD_BOUNDARY.has(w.text)) break;
    if (w.punct) continue;
    const key = wordKey(w.text);
    const from = key === "من" || w.readings.some((r) => r.prep === "من");
    if (from && ctx.cues.find(words, key === "من" ? k + 1 : k, Math.min(end, k + 3), "warn_threat") >= 0)
      return true;
    // (حذر من أي تدخل، من أي محاولة: a warning against any act deters it)
    if (key === "من" && wordKey(words[k + 1]?.text ?? "") === "اي") return true;
    if (/^[اأإب]?ان(ه|ها|هم|هما|نا)$/.test(key)) {
      const after = words.slice(k + 1, Math.min(end, k + 5));
      if (
        after.some((x) => !x.punct && (x.readings.some((r) => r.fut) || /^(لن|سوف)$/.test(wordKey(x.text))))
      )
        return true;
    }
    if (k < j + 8) {
      if (OWN_SIDE.test(key)) return true;
      const party = ctx.mentions.find((m) => m.first === k && !actor1.includes(m));
      if (party?.country && own.has(party.country)) return true;
    }
    // (another party named in what is warned of: the one it accuses)
    if (
      k < j + 12 &&
      ctx.mentions.some(
        (m) => m.first === k && !actor1.includes(m) && isActor(m) && !own.has(m.country ?? ""),
      )
    )
      accused = true;
  }
  // a warning that names no other party accuses no one (حذر من أن الوضع سيتدهور): it stays as it was, a threat
  return !accused;
}

/** Whether one of the `limit` words from `from` on (punctuation not counted, up to a hard boundary) passes `test`. */
function wordAhead(
  ctx: SentenceContext,
  from: number,
  limit: number,
  test: (w: Word, i: number) => boolean,
): boolean {
  const { words } = ctx.view;
  let count = 0;
  for (let i = from; i < words.length && count < limit; i++) {
    const w = words[i];
    if (!w || (w.punct && HARD_BOUNDARY.has(w.text))) return false;
    if (w.punct) continue;
    if (test(w, i)) return true;
    count++;
  }
  return false;
}

/**
 * "المستشفى استقبل جثمان الطفل"، "ستستقبل الملاعب نحو 7 ملايين متفرج"، "استقبلت إسبانيا قاربا يقل 60 مهاجرا": a
 * host verb with a count (not a date) or a thing, a crowd or a place that takes people in (`received_thing`) right
 * before it or in its next five words receives no guest, so it tells no meeting.
 */
function hostsNoGuest(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (!match.entry.flags.has("host")) return false;
  const { words } = ctx.view;
  if (ctx.cues.is(words[match.first - 1], "received_thing")) return true;
  return wordAhead(
    ctx,
    match.last,
    5,
    (w, i) => ctx.cues.is(w, "received_thing") || (w.token.kind === "number" && isUntimedWord(ctx, i)),
  );
}

/** Whether word i is a content word outside every time expression (، الخميس، and مساء السبت are not). */
function isUntimedWord(ctx: SentenceContext, i: number): boolean {
  const w = ctx.view.words[i];
  if (!w || w.punct) return false;
  return !(ctx.doc.times ?? []).some((x) => x.start <= w.start && w.end <= x.end);
}

/**
 * The first word from `from` on, within `limit` words, that is no comma, no word of a time expression and none that
 * `alsoSkip` passes over (حذرت، الأحد، واشنطن …: the word after a verb, past its time and commas).
 */
export function pastTimesAndCommas(
  ctx: SentenceContext,
  from: number,
  limit = Number.POSITIVE_INFINITY,
  alsoSkip: (k: number) => boolean = () => false,
): number {
  const { words } = ctx.view;
  let k = from;
  while (
    k < words.length &&
    k - from < limit &&
    (words[k]?.punct ? isComma(words[k]?.text) : alsoSkip(k) || !isUntimedWord(ctx, k))
  )
    k++;
  return k;
}

/** The index just past the n content words from t on, not counting punctuation nor words of a time expression. */
function untimedAhead(ctx: SentenceContext, t: number, n: number): number {
  let i = t;
  for (let count = 0; i < ctx.view.words.length && count < n; i++) if (isUntimedWord(ctx, i)) count++;
  return i;
}

/** The index n content words before t, not counting punctuation nor words of a time expression (، الخميس،). */
function untimedBack(ctx: SentenceContext, t: number, n: number): number {
  let i = t;
  for (let count = 0; i > 0 && count < n; ) if (isUntimedWord(ctx, --i)) count++;
  return i;
}

/** A meeting noun told as the occasion of its clause (خلال اتصال هاتفي، في زيارة رسمية، على هامش اجتماع). */
function occasionMeeting(ctx: SentenceContext, match: TriggerMatch): boolean {
  const w = ctx.view.words[match.first - 1];
  return match.entry.type === "CONSULT" && match.entry.pos === "noun" && ctx.cues.is(w, "occasion");
}

/**
 * وفي اتصال هاتفي مع نظيره المنغولي نفى وزير الخارجية التركي …، خلال لقائه بالرئيس، قال الوزير: a meeting told as the
 * occasion that opens its sentence is held by the subject of the main verb after it — the first bare party within
 * three words after the next verb of the sentence (a trigger's or a report frame's), not told inside the occasion.
 */
function openingOccasionSubject(
  ctx: SentenceContext,
  match: TriggerMatch,
  bare: (m: Mention) => boolean,
  party: (m: Mention) => boolean,
): Mention | undefined {
  const { words } = ctx.view;
  // (the occasion word opens the sentence: only على before it, على هامش القمة)
  if (words.slice(0, match.first - 1).some((w) => !w.punct && wordKey(w.text) !== "علي")) return undefined;
  // the verb: a trigger's or a report frame's, else a content word that no mention covers nor a preposition is, right
  // before a bare party (نفى | وزير الخارجية التركي), a name in apposition to the partner not counting (مع نظيره
  // المنغولي تسوغتبار دامدين)
  const covered = (k: number) => ctx.mentions.some((m) => k >= m.first && k < m.last);
  const verbAt = (k: number) =>
    ctx.triggers.some((m) => m.entry.pos === "verb" && m.last - 1 === k) ||
    ctx.frames.some((f) => f.at === k) ||
    (!!words[k] &&
      !words[k]?.punct &&
      !covered(k) &&
      !ctx.cues.is(words[k], "prep") &&
      !words[k]?.readings.some((r) => r.det || r.prep) &&
      (covered(k - 1) || !!words[k - 1]?.punct));
  // (وفق ما ذكرت السفارة الروسية: the source of a frame told after its content is no party)
  const after = (f: ReportFrame) => ctx.cues.findLast(words, Math.max(0, f.at - 2), f.at, "report_by") >= 0;
  const source = (m: Mention) => ctx.frames.some((f) => after(f) && m.first > f.at && m.first < f.frameEnd);
  const limit = Math.min(words.length, match.last + 14);
  return ctx.mentions.find(
    (m) =>
      m.first > match.last &&
      m.first < limit &&
      bare(m) &&
      party(m) &&
      verbAt(m.first - 1) &&
      !source(m) &&
      !words.slice(match.last, m.first).some((w) => /[.؛;:]/.test(w.text)),
  );
}

/**
 * A meeting noun whose other side is the press (cue classes `press`, `media`): قال الوزير في لقاء مع الصحفيين، في
 * اتصال هاتفي مع رويترز، في لقاء صحفي، في لقاء بثته وكالة بلومبرغ — an interview, no consultation. The press must
 * stand within the next three words: right after the noun (لقاء إعلامي), after مع (past quotation marks: مع "الجوهرة أف
 * أم"), after ب/ل on the outlet itself, or after a verb of airing (`aired`);
 * a source named after a comma or حسب (محادثات، بحسب وكالة الأنباء) leaves the meeting alone.
 */
function pressInterview(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const { cues } = ctx;
  const press = (k: number) => cues.at(words, k, "press") > 0 || cues.at(words, k, "media") > 0;
  const end = Math.min(words.length, match.last + 3);
  for (let k = match.last; k < end; k++) {
    const w = words[k];
    if (!w || w.punct) return false;
    // في لقاء صحفي، في مقابلة تلفزيونية: the adjective says it
    if (k <= match.last + 1 && cues.is(w, "press") && !w.readings.some((r) => r.prep)) return true;
    if (wordKey(w.text) === "مع" || cues.is(w, "aired")) {
      // مع "الجوهرة أف أم"، مع «رويترز»: the outlet's name in quotation marks
      let n = k + 1;
      while (words[n]?.punct && /^["«»“”']+$/.test(words[n].text)) n++;
      return press(n) || press(n + 1) || (n > k + 1 && press(n + 2));
    }
    // (بالجوهرة أف أم: the outlet's name, then its kind)
    if (
      w.readings.some((r) => r.prep === "ب" || r.prep === "ل") &&
      (press(k) || cues.at(words, k + 1, "press") > 0)
    )
      return true;
  }
  return false;
}

/** The word at k is a site named by its task (`task_site`: مركز، معسكر) heading a construct: no article of its own. */
function siteOfTask(ctx: SentenceContext, k: number): boolean {
  const w = ctx.view.words[k];
  if (!w || w.punct || !ctx.cues.is(w, "task_site")) return false;
  return !/^(و|ف)?(ب|ل|ك)?ال/.test(w.text);
}

/** إدانته بالقتل، إدانتهم في قضية: the charge a conviction is for, right after the noun, a sentence told before it. */
function convictionFor(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const w = words[match.last];
  if (!w || w.punct) return false;
  const charge =
    wordKey(w.text) === "في"
      ? ctx.cues.is(words[match.last + 1], "case_word")
      : w.readings.some((r) => r.prep === "ب" && !STRESS.has(r.key));
  // (أخلت محكمة سبيل طبيب بعد إدانته بسرقة رضع: with no sentence or execution told before it, the conviction is
  // the news)
  const told = (w: Word) => ctx.cues.is(w, "sentence") || w.stems.has(wordKey("إعدام"));
  return charge && words.slice(0, match.first).some(told);
}

/** Plural attack nouns (the keys without clitics nor article). */
const PLURAL_ATTACKS = new Set(["هجمات", "اعتداءات", "هجومات"].map(wordKey));

/** A time expression that starts within two words after the trigger (هجمات الجمعة الماضية، هجمات أمس). */
function timeRightAfter(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const from = words[match.last - 1]?.end ?? 0;
  const to = words[Math.min(words.length - 1, match.last + 1)]?.end ?? from;
  if (ctx.cues.find(words, match.last, Math.min(words.length, match.last + 2), "time_word") >= 0) return true;
  return (ctx.doc.times ?? []).some((x) => x.start >= from && x.start <= to);
}

/** بعد، إثر، عقب: what follows dates the news. */
const AFTER = new Set(["بعد", "إثر", "اثر", "عقب", "وبعد"].map(wordKey));

/** بأشد العبارات، بشدة: how hard a condemnation is, not what a conviction is for. */
const STRESS = new Set(["اشد", "شده", "قوه", "الاجماع"].map(wordKey));

/** Content words between a and b that are not part of a time expression (الأربعاء، مساء السبت). */
function untimedGap(ctx: SentenceContext, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (isUntimedWord(ctx, i)) n++;
  return n;
}

/** Content words between a and b (frames and punctuation not counted). */
function distance(ctx: SentenceContext, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (!ctx.view.words[i]?.punct && !inFrame(ctx.frames, i)) n++;
  return n;
}

/** A mention and the ones coordinated with it (الجزائر ومصر). */
export function withCoordinated(mentions: Mention[], m: Mention): Mention[] {
  // وزراء خارجية الجزائر ومصر وتونس دعوا: the last conjunct found nearest the verb stands for the whole list
  let first = mentions.indexOf(m);
  while (first > 0 && mentions[first]?.coordinated) first--;
  const head = mentions[first] ?? m;
  const out = [head];
  let k = first + 1;
  while (k < mentions.length && mentions[k]?.coordinated) {
    const next = mentions[k];
    if (next) out.push(next);
    k++;
  }
  return out;
}

const FIGHTING_KINDS = new Set(["military", "rebel_group", "militia"]);

/**
 * Who pays a visit by a verb of travel (توجه، وصل، انتقل): parties that hold talks — a state's officials, officers
 * and envoys (انتقل ضباط الاستخبارات الجزائريين إلى مصر), a named person —, not armed groups nor civilians.
 */
const OFFICIAL_KINDS = new Set(["government", "state", "organization", "person", "military"]);

const DRONE_HEADS = new Set(["طائرة", "طائرات", "طائرتين", "طائرتان"].map(wordKey));

export const isActor = (m: Mention) => m.source !== "place" || m.state;

const FORCE_KINDS = new Set(["police", "military"]);

/**
 * Who made an arrest the text tells without its agent: a police or military force named in the sentence (before the
 * arrest first), or an authority of the state that reports it (أعلنت وزارة الداخلية أنه تم …، حسبما ذكرت النيابة),
 * else a police or military force named in the sentence before. Null when the text names none.
 */
function arrestingAuthority(ctx: SentenceContext, t: number, arrested: Mention[]): Mention | null {
  const usable = (m: Mention) => !m.adjectival && !m.place && !m.state && !arrested.includes(m);
  const force = (m: Mention) => usable(m) && !!m.kind && FORCE_KINDS.has(m.kind);
  const reporter = (m: Mention) =>
    usable(m) && m.kind === "government" && !m.prep && inFrame(ctx.frames, m.first);
  const here = (ok: (m: Mention) => boolean) =>
    [...ctx.mentions].reverse().find((m) => m.last <= t && ok(m)) ??
    // (after it, only as the one who reports it: حسبما ذكرت الشرطة; not اعتقل رجل بعد هجوم على الشرطة, nor the
    // object of another event: اعتقل رجل هاجم الشرطة)
    ctx.mentions.find(
      (m) =>
        m.first > t &&
        ok(m) &&
        (inFrame(ctx.frames, m.first) ||
          (!m.prep && !ctx.triggers.some((x) => x.first > t && x.first < m.first))),
    );
  return (
    here(force) ??
    here(reporter) ??
    [...(ctx.previousMentions ?? [])].reverse().find((m) => force(m) && !m.prep) ??
    null
  );
}

/** The prepositions that name what caused a death toll (قتل 40 شخصا في تحطم طائرة، بمقتل 37 إثر اشتعال النيران). */
const CAUSE_PREPS = new Set(["في", "اثر", "جراء", "بسبب", "نتيجه", "عقب"].map(wordKey));
/**
 * The shapes of a verbal noun of a derived intransitive verb, the way Arabic names what happens of itself: تفعّل
 * (تحطم، تدهور), تفاعل (تصادم، تدافع), انفعال (انهيار، انزلاق، انقلاب), افتعال (اشتعال، اصطدام، احتراق). An act
 * done to someone is named by the transitive forms instead (قصف، تفجير، إطلاق، استهداف); the violent nouns of these
 * shapes (اشتباك، انفجار، اقتحام، اعتداء، اغتيال) are triggers themselves, and a trigger names no accident.
 */
const HAPPENING_SHAPE = /^(ت[^ا][^ا][^ا]|ت[^ا]ا[^ا][^ا]|ان[^ا][^ا]ا[^ا]|ا[^ا][تطد][^ا]ا[^ا])$/;
/** Attackers by kind: one of them in the sentence is an agent, and deaths with an agent may be an attack. */
const ATTACKER_KINDS = new Set(["rebel_group", "militia"]);

const namesAttacker = (ctx: SentenceContext) =>
  ctx.mentions.some((m) => m.kind && ATTACKER_KINDS.has(m.kind));

/**
 * A word that tells an attack done: an ASSAULT trigger that is not a victim's word (قتل، أصيب), not a passive (تعرض
 * لهجوم) and not a fall (سقوط، the word for a town taken): beside one, deaths may be that attack's.
 */
const isAttackWord = (m: TriggerMatch) =>
  m.entry.type === "ASSAULT" &&
  !m.entry.flags.has("victim") &&
  !m.entry.flags.has("passive") &&
  !m.entry.flags.has("fall");

/**
 * A word's key as written without the proclitics و، ف، ب، ل and the article ال (بالانهيار → انهيار), its pronoun
 * kept (a word's stems, someStem, are without clitics already).
 */
const withoutPrefixes = (key: string) => key.replace(/^(و|ف)?(ب|ل)?(ال)?/, "");

/** The intransitive explosion (انفجار، انفجر), unlike the bombing (تفجير، فجر) someone does. */
const BURST = new Set(["انفجار", "انفجارات", "انفجر", "ينفجر"].map(wordKey));

/**
 * "جراء انفجار خزان وقود عليه بورشة"، "انفجار شاحنة لنقل المحروقات"، "شهدت مصفاة نفط انفجارات": an explosion in a
 * sentence that names fuel (`fuel`: what bursts of itself, a refinery, fireworks) and no explosive (`explosive`),
 * no other attack word and no attacker, is an accident, not a bombing. (The fuel was first sought in the four words
 * after the explosion only: انفجارات دوت ليل السبت في مستودعات للألعاب النارية lies further off.)
 */
function fuelBlast(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.type !== "ASSAULT" || match.entry.mode !== "explosives") return false;
  const { words } = ctx.view;
  const w = words[match.first];
  if (!w || !someStem(w, (k) => BURST.has(k))) return false;
  if (ctx.cues.find(words, 0, words.length, "fuel") < 0) return false;
  if (ctx.cues.find(words, 0, words.length, "explosive") >= 0 || namesAttacker(ctx)) return false;
  return !ctx.triggers.some((m) => m !== match && isAttackWord(m));
}

/**
 * Walks the clause after a death toll (to clauseEnd, twelve words; punctuation skipped) for what it says of the
 * deaths: at each word after the toll, `other` may end the walk with an answer (another event word there); at each
 * preposition of `preps` (و off), `after` may answer from the words that follow it; null goes on. False at the
 * clause's end.
 */
function scanTollClause(
  ctx: SentenceContext,
  match: TriggerMatch,
  preps: ReadonlySet<string>,
  other: (i: number) => boolean | null,
  after: (i: number) => boolean | null,
): boolean {
  const { words } = ctx.view;
  const end = Math.min(clauseEnd(ctx, match.last, 12), words.length);
  for (let i = match.last; i < end; i++) {
    const w = words[i];
    if (!w || w.punct) continue;
    const stop = i > match.last ? other(i) : null;
    if (stop !== null) return stop;
    if (!preps.has(wordKey(w.text).replace(/^و/, ""))) continue;
    const found = after(i);
    if (found !== null) return found;
  }
  return false;
}

/**
 * "قتل 40 شخصا على الأقل في تحطم طائرة ركاب"، "أفادت تقارير بمقتل 37 شخصا، إثر اشتعال النيران في مركز تجاري":
 * "صاعقة تسببت في مقتل 16 شخصا": deaths whose cause, named after them by في، إثر، جراء، بسبب، نتيجة or عقب or as
 * the subject of a verb of causing before them (`causing`), is something that happened of itself (an accident word,
 * a `happening`, an explosion of fuel: fuelBlast, or a verbal noun of the shape of one: HAPPENING_SHAPE), in a
 * sentence that names no attacker, were caused by no one: they are no attack. The cause is looked for in the toll's
 * clause, up to the next event word; a cause that is a trigger or is followed by one within two words (في تبادل
 * لإطلاق النار) is an attack's; a time (في تموز) or a name (في تونس) is no cause.
 */
function accidentCause(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  if (namesAttacker(ctx)) return false;
  const isToll = (m: TriggerMatch) =>
    m.entry.type === "ASSAULT" && (m.entry.flags.has("victim") || m.entry.flags.has("passive"));
  const triggerAt = (k: number) =>
    ctx.triggers.find((m) => m !== match && m.first <= k && k < Math.max(m.last, m.first + 1));
  /** Whether the noun at n names a happening of itself: +1 yes, -1 an attack's cause, 0 neither. */
  const cause = (n: number): number => {
    // من جراء تعرضهم للدهس: what they were subjected to is the cause
    const first = words[n];
    if (first && someStem(first, (k) => k === "تعرض")) n++;
    const noun = words[n];
    if (!noun || noun.punct || !isUntimedWord(ctx, n)) return 0;
    for (const k of [n, n + 1, n + 2]) {
      const other = triggerAt(k);
      // (an explosion of fuel, fuelBlast, is an accident's cause: قتل 7 أشخاص في انفجار صهريج غاز)
      if (other && !isToll(other)) return fuelBlast(ctx, other) ? 1 : -1;
    }
    if (ctx.mentions.some((m) => m.first <= n && n <= m.last)) return 0;
    if (ctx.cues.is(noun, "accident") || ctx.cues.is(noun, "happening")) return 1;
    // (the word as written, clitics off: with a pronoun on it, إثر تعرضه، بسبب انتمائه، عقب تلقيه، the verbal noun is
    // what someone did or underwent, no happening of itself)
    return HAPPENING_SHAPE.test(withoutPrefixes(wordKey(noun.text))) ? 1 : 0;
  };
  // أدى انهيار المبنى إلى مقتل، صاعقة تسببت في مقتل: the subject of a verb of causing before the toll
  const start = clauseStart(ctx, match.first);
  for (let i = match.first - 1; i >= Math.max(start, match.first - 6); i--) {
    if (!ctx.cues.is(words[i], "causing")) continue;
    const c = cause(i + 1) || cause(i - 1);
    if (c) return c > 0;
  }
  // قتل 40 شخصا في تحطم طائرة، بمقتل 37 شخصا، إثر اشتعال النيران: a preposition of cause after it
  return scanTollClause(
    ctx,
    match,
    CAUSE_PREPS,
    (i) => {
      // another toll (وأصيب 23 آخرون) may stand between the deaths and their cause; another event word ends the
      // search
      const other = triggerAt(i);
      return other && !isToll(other) ? fuelBlast(ctx, other) : null;
    },
    (i) => {
      const c = cause(i + 1);
      return c ? c > 0 : null;
    },
  );
}

/** Words after which طالب is a noun: a determiner or a pronoun subject (كل طالب، أي طالب، وهو طالب). */
const STUDENT_BEFORE = new Set(["كل", "اي", "هو", "هي"].map(wordKey));

/**
 * "وهو طالب كان يبلغ من العمر 25 عاما"، "لكل طالب مقابل استمرار تعليمهم"، "في جريمة قتل طالب جامعي": the verb طالب
 * (demanded) and the noun طالب (a student) are written alike. A verb cannot follow a determiner (كل، أي) or a pronoun
 * subject (هو، هي), nor be the object of an act named just before it (قتل طالب، اعتقال طالب: an attack or a
 * coercion trigger ending right before it); and a word that names a student (`student`: جامعي، دكتوراه، كلية) right
 * after it makes it the noun. Such a طالب is no request.
 */
function studentNoun(ctx: SentenceContext, match: TriggerMatch): boolean {
  const entry = match.entry;
  if (entry.type !== "REQUEST" || entry.pos !== "verb" || entry.lemma !== "طالب") return false;
  const { words } = ctx.view;
  const prev = words[match.first - 1];
  const prevKey = prev && !prev.punct ? wordKey(prev.text).replace(/^(و|ف)?(ل)?/, "") : "";
  if (STUDENT_BEFORE.has(prevKey)) return true;
  const next = words[match.last];
  if (next && !next.punct && ctx.cues.is(next, "student")) return true;
  return ctx.triggers.some(
    (m) => m !== match && m.last === match.first && (m.entry.type === "ASSAULT" || m.entry.type === "COERCE"),
  );
}

/**
 * "تسلق قمة إفرست، أعلى قمة في العالم"، "حتى أن قمته أعلى بكثير من المنازل": قمة is also a mountain's top. Told
 * after a verb of climbing (`climb`: تسلق، صعد) or أعلى within two words before it, or before a mountain's name or a
 * word of height (`height`: جبل، إفرست، أعلى، ارتفاع) right after it, it is a top, no summit.
 */
function mountainTop(ctx: SentenceContext, match: TriggerMatch): boolean {
  const entry = match.entry;
  if (entry.type !== "CONSULT" || entry.pos !== "noun" || !["قمة", "القمة"].includes(entry.lemma))
    return false;
  const { words } = ctx.view;
  const { cues } = ctx;
  for (let k = match.first - 1; k >= Math.max(0, match.first - 2); k--) {
    const w = words[k];
    if (!w || w.punct) break;
    if (cues.is(w, "climb") || wordKey(w.text) === wordKey("أعلى")) return true;
  }
  const next = words[match.last];
  return !!next && !next.punct && cues.is(next, "height");
}

/** What a war's toll is counted from: في الحرب، منذ اندلاع النزاع، خلال الصراع. */
const WAR_PREPS = new Set(["في", "منذ", "خلال", "طيله", "طوال"].map(wordKey));
const WAR_ONSET = new Set(["بدء", "بدايه", "اندلاع", "انطلاق"].map(wordKey));

/**
 * "وقتل أكثر من 350 ألف شخص في الحرب المستمرة منذ سبعة أعوام"، "قتل أكثر من 10 آلاف شخص منذ اندلاع النزاع": deaths
 * counted over a whole war (`war` after في، منذ، خلال، طيلة in the toll's clause, with no other event word between)
 * are its running toll, background to the news, not an attack of their own.
 */
function warToll(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  return scanTollClause(
    ctx,
    match,
    WAR_PREPS,
    (i) => (ctx.triggers.some((m) => m !== match && m.first === i) ? false : null),
    (i) => {
      let n = i + 1;
      if (WAR_ONSET.has(wordKey(words[n]?.text ?? ""))) n++;
      return ctx.cues.is(words[n], "war") ? true : null;
    },
  );
}

/**
 * A verb's prepositional object: the first word with a ب reading within four words after the verb in its clause, or,
 * when `ala` is asked for, the word على when it comes first (اتصلوا على خط الطوارئ). Null when the clause ends first.
 */
function verbObjectAfter(words: Word[], from: number, ala: boolean): { at: number; ala: boolean } | null {
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    const w = words[k];
    if (!w || w.punct) return null;
    if (ala && wordKey(w.text) === wordKey("على")) return { at: k, ala: true };
    if (w.readings.some((r) => r.prep === "ب")) return { at: k, ala: false };
  }
  return null;
}

/** The word has a ب reading whose rest is in the cue class (بالحصبة، بالشرطة). */
const withBCue = (w: Word | undefined, cls: string, cues: Cues) =>
  (w?.readings ?? []).some((r) => r.prep === "ب" && cues.hasKey(r.key, cls));

export function readCandidate(ctx: SentenceContext, match: TriggerMatch): Candidate | null {
  const { words } = ctx.view;
  const { cues } = ctx;
  const entry = match.entry;
  const t = match.first;
  const tw = words[t];
  if (!tw) return null;
  const sentenceText = ctx.doc.text.slice(ctx.view.start, ctx.view.end);
  // a question reports nothing
  if (/[؟?]\s*["»”]?\s*$/.test(sentenceText.trim())) return null;
  // قال الوزير في لقاء مع الصحفيين، في اتصال هاتفي مع رويترز: an interview is no consultation
  if (entry.type === "CONSULT" && entry.pos === "noun" && pressInterview(ctx, match)) return null;
  // طائرة مسيرة is a drone, not a march
  // (an adjective may stand between: طائرات أميركية مسيرة)
  if (
    entry.type === "PROTEST" &&
    [t - 1, t - 2].some((k) => DRONE_HEADS.has(wordKey(words[k]?.text ?? "").replace(/^(و|ف)?(ال)?/, "")))
  )
    return null;
  // أصيبوا بالفزع، أصيب عشرات الأطفال بالحصبة: struck by an illness or a fright (`affliction`: the first word with ب
  // after the verb, within four words of its clause), no one is wounded
  if (entry.type === "ASSAULT" && entry.flags.has("victim") && entry.pos === "verb") {
    const object = verbObjectAfter(words, match.last, false);
    if (object && withBCue(words[object.at], "affliction", cues)) return null;
  }
  // قتل تمساح قسا، هاجم دب متنزهين: an animal as the subject right after the verb (`animal`) does no violence of
  // one side against another
  if (entry.type === "ASSAULT" && entry.pos === "verb" && cues.at(words, match.last, "animal") > 0)
    return null;
  // رفضت محكمة الاستئناف طعنا تقدم به، قضت المحكمة بعدم جواز نظر طعن اثنين من المتهمين: in a sentence that names a
  // court (`court`), طعن is an appeal against a ruling, not a stabbing
  if (
    entry.type === "ASSAULT" &&
    entry.pos === "verb" &&
    entry.lemma === "طعن" &&
    cues.find(words, 0, words.length, "court") >= 0
  )
    return null;
  // حكمت المحكمة بسجن 45 متهما … وبرأت 22: an acquittal told beside a sentence (`sentence`) in its sentence is one
  // line of that verdict, which the keys code as the sentence
  if (entry.flags.has("acquit") && cues.find(words, 0, words.length, "sentence") >= 0) return null;
  // أغلقت المحلات أبوابها، غلق مقر المعتمدية احتجاجا على التهميش: premises shutting their own doors, or shut in
  // protest or by a strike (`own_close` in the sentence), are no closure imposed
  if (entry.flags.has("own_close") && cues.find(words, 0, words.length, "own_close") >= 0) return null;
  // أغلقت الحكومة مكاتبها، أغلق الزعيم مقره: premises with a pronoun are the closer's own, shut by choice
  if (entry.obj === "premises") {
    const at = words[cues.find(words, match.last, Math.min(words.length, match.last + 8), "premises")];
    const premisesRead = (pron: boolean) =>
      !!at?.readings.some((r) => !!r.pron === pron && cues.hasKey(r.key, "premises"));
    if (premisesRead(true) && !premisesRead(false)) return null;
  }
  // رفع العراق الحظر، رفع حالة الطوارئ: what is lifted is the object, right after the verb and its subject (not
  // سيرفع بالون "ترامب الرضيع" الذي حظر رفعه: a ban told in a relative clause further on)
  if (
    entry.obj === "lifted" &&
    cues.find(words, match.last, Math.min(words.length, match.last + 3), "lifted") < 0
  )
    return null;
  // بتهمة تهديد الأمن العام: threatening security or peace names an offence, not a threat made
  if (
    entry.type === "THREATEN" &&
    entry.pos === "noun" &&
    /^(ال)?(امن|سلم)$/.test(wordKey(words[match.last]?.text ?? ""))
  )
    return null;
  // اتفاقيات وقف القتال، دعا إلى وقف المعارك: the fighting a ceasefire stops is no fight told (`halted_fight` over
  // the trigger)
  if (entry.type === "ASSAULT" && entry.pos === "noun") {
    for (let k = Math.max(0, t - 1); k <= t; k++) {
      const n = cues.at(words, k, "halted_fight");
      if (n > 0 && k + n > t) return null;
    }
  }
  // وهو طالب، لكل طالب، جريمة قتل طالب جامعي: طالب as the noun (a student), no demand
  if (studentNoun(ctx, match)) return null;
  // تسلق قمة إفرست، قمته أعلى من المنازل: a mountain's top, no summit
  if (mountainTop(ctx, match)) return null;
  // قوات المداهمة: the raid noun after a force word names the force; خطر داهم: the verb's form after a danger is an
  // adjective (imminent); neither is a raid
  if (entry.flags.has("raid") && entry.pos === "noun" && match.det && cues.is(words[t - 1], "troops"))
    return null;
  if (entry.flags.has("raid") && entry.pos === "verb" && cues.is(words[t - 1], "imminent_danger"))
    return null;
  // وتتهم إسرائيل حماس بـ…: an accusation in the present tense states a standing position, not a new accusation
  if (entry.type === "ACCUSE" && entry.lemma === "اتهم" && entry.tense === "present" && !match.fut)
    return null;
  // background, habits and names (src/events/background.ts)
  // (a recap or a relative clause may still tell more of an event told as news: see Candidate.background)
  const background =
    pluperfectRecap(ctx, match) ||
    embeddedPluperfect(ctx, match) ||
    elapsedSince(ctx, match) ||
    caseOfEvent(ctx, match) ||
    backThen(ctx, match) ||
    reportFinding(ctx, match) ||
    protestGrievance(ctx, match);
  if (habitualFrame(ctx, match) || inNameOrIdiom(ctx, match)) return null;
  if (attackTarget(ctx, match) || unrealisedIntent(ctx, match)) return null;
  // منذ اعتقاله، منذ أن تولى مهامه … أفرج: what is told after منذ is the past start of something, not news
  if (wordKey(prevContent(words, t)?.text ?? "") === "منذ") return null;
  // قطع العلاقات بسبب "الدعم العسكري الذي يقدمه حزب الله": a statement's or a decision's cause is its framing
  if (
    entry.pos === "noun" &&
    entry.type !== "ASSAULT" &&
    ["بسبب", "لسبب"].includes(wordKey(prevContent(words, t)?.text ?? "").replace(/^و/, ""))
  )
    return null;
  // رفضت قوات الدفاع التعليق: declining to comment is no rejection
  // اتفاق يستهدف السماح للاجئين بالعودة: an attack verb whose object is a verbal noun of purpose means "aims to"
  if (entry.type === "ASSAULT" && entry.pos === "verb" && cues.is(words[match.last], "aim")) return null;
  // جثث 34 طالبا: an accusative form right after a number is a counted noun (students), not a verb (the two
  // demanded); a plural verb stays a verb (من بينهم 3 أطلقوا سراحهم)
  if (
    entry.pos === "verb" &&
    !entry.passive &&
    !entry.flags.has("victim") &&
    words[t - 1]?.token.kind === "number" &&
    /[^و]ا$/.test(wordKey(tw.text))
  )
    return null;
  // (the one who declines may stand between: ورفض محاميه صامويل جاكوبسون التعليق)
  if (entry.type === "REJECT") {
    const end = Math.min(words.length, match.last + 8);
    const at = cues.find(words, match.last, end, "comment");
    if (at >= 0 && !words.slice(match.last, at).some((w) => w.punct)) return null;
  }

  const cStart = clauseStart(ctx, t);
  const prevTrigger = [...ctx.accepted].reverse().find((m) => m.last <= t);
  const leftStart = Math.max(cStart, prevTrigger ? prevTrigger.last : 0);
  // سقوط (fall) is a trigger only with أيدي after it; as "سقوط قتيلين" it does not end the clause
  const nextTrigger = ctx.triggers.find((m) => m.first >= match.last && !m.entry.flags.has("fall"));
  const rightEnd = Math.min(clauseEnd(ctx, match.last), nextTrigger ? nextTrigger.first : words.length);

  // ---- constructions that need more than the trigger word
  let fallHands = -1;
  if (entry.flags.has("fall")) {
    fallHands = cues.find(words, match.last, Math.min(words.length, match.last + 25), "hands");
    if (fallHands < 0) return null;
  }
  if (entry.flags.has("declared")) {
    // بولاية القيروان is a governorate, not a declared polity; so is one after a separate preposition (في ولاية
    // قيصري) or one named by a place (عاصمة ولاية كارابوبو: a name right after the noun)
    if (match.prep || cues.findLast(words, 0, t, "declare") < 0) return null;
    if (cues.is(words[t - 1], "prep")) return null;
    if (ctx.mentions.some((m) => m.first === match.last && (m.place || m.source === "entity"))) return null;
  }
  if (entry.obj) {
    // (a passive verb's object is its subject, before it: أن القنصل التركي استدعي)
    // (five words back, not counting punctuation nor a time fenced by commas: فرضت وزارة الخزانة، الخميس، عقوبات)
    const lo = entry.pos === "noun" || entry.passive ? Math.max(cStart, untimedBack(ctx, t, 5)) : match.last;
    // (the signers of a deal may stand between: وقع طرفا النزاع … رياك مشار، الأربعاء، اتفاق سلام)
    // (and the party talked with: بحث الرئيس خلال محادثة هاتفية ليل الأربعاء مع نظيره)
    const wide =
      entry.obj === "deal" ||
      entry.obj === "with" ||
      entry.obj === "pejorative" ||
      entry.obj === "sentence" ||
      // (the one barred may be a long phrase: منع الرئيس بيدرو بابلو كوتشينسكي البالغ من العمر 79 عاما من مغادرة)
      entry.obj === "travel" ||
      // (and the one listed: أدرجت الخارجية الأميركية منظمة "سرايا الأشتر" على قائمة المنظمات الإرهابية)
      entry.obj === "terror_list"
        ? clauseEnd(ctx, match.last)
        : // (seven words on, not counting punctuation nor a time: أعفى العاهل المغربي، الملك محمد السادس، وزير المالية)
          untimedAhead(ctx, match.last, 7);
    // (a description follows بأن, which ends the clause: وصفته السفارة بأنه "استفزاز سافر")
    const hi = entry.obj === "pejorative" && cues.is(words[wide], "complement") ? clauseEnd(ctx, wide) : wide;
    // a person may also be a name or an actor phrase (أوقفت الشرطة الرئيس الأسبق نيكولا ساركوزي)
    const personMention =
      entry.obj === "person" &&
      ctx.mentions.some((m) => m.first >= match.last && m.first < hi && !m.place && !m.state);
    // or a count of people right after the verb (ستطرد الجزائر 105 من مالي); a seizure counts its goods the same
    // way, in any unit (حجز 155 كيلوغراما من اللحوم، من حجز 1056 قارورة، حجز 27 علبة مجوهرات)
    const counts = entry.obj === "person" || entry.obj === "expellee" || entry.obj === "seized";
    const counted =
      counts && words.slice(match.last, Math.min(hi, match.last + 3)).some((w) => w.token.kind === "number");
    // أدرج X … على قائمة …: the list one is put on may stand past a relative clause or an apposition on X, anywhere
    // after the verb in its sentence
    const listed =
      entry.obj === "terror_list" &&
      cues.find(words, match.last, sentenceEnd(ctx, match.last), "listed_on") >= 0;
    // قضت محكمة ماليزية بأن …، وقضت محكمة في الأمر لصالح الأسرة، حكم القضاء البريطاني على فتيين: a court that rules
    // gives a ruling, whatever its wording (the court right after the verb, its subject)
    const courtRules =
      entry.obj === "sentence" &&
      entry.pos === "verb" &&
      cues.find(words, match.last, match.last + 2, "court") >= 0;
    if (
      cues.find(words, lo, hi, entry.obj) < 0 &&
      !listed &&
      !courtRules &&
      !personMention &&
      !counted &&
      !(entry.obj === "person" && cues.find(words, lo, hi, "quantifier") >= 0) &&
      // (حجز عدد من الهواتف الجوالة: a seizure's quantifier right after it, not a later one's: ضبط النفس وتجنب كل)
      !(
        entry.obj === "seized" &&
        cues.find(words, match.last, Math.min(hi, match.last + 2), "quantifier") >= 0
      )
    )
      return null;
  }
  // نشرت الوزارة صورا للعناصر، نشرت القوات المسلحة في شرق ليبيا صورة: publishing, not deploying
  if (entry.flags.has("deploy")) {
    const end = Math.min(words.length, match.last + 7);
    // (the subject right after the verb is no object: ونشرت القوات المسلحة … صورة)
    const subject = ctx.mentions.find((m) => m.first === match.last && !m.prep);
    const from = subject ? subject.last : match.last;
    const item = cues.find(words, from, end, "published_item");
    const troops = cues.find(words, from, end, "troops");
    if (item >= 0 && (troops < 0 || item < troops)) return null;
    // لقطات فيديو نشرتها السلطات، صور نشرها الجيش: a published item told right before the verb (a relative clause
    // without الذي) is what was published
    const before = words[t - 1];
    if (
      entry.pos === "verb" &&
      before &&
      !before.punct &&
      (cues.is(before, "published_item") || cues.is(words[t - 2], "published_item"))
    )
      return null;
  }
  // اتصلت الجارة بالشرطة، اتصل المارة بالإسعاف، اتصلوا على خط الطوارئ: calling an emergency service (`emergency`,
  // the first word with ب, or the word after على, within four words of the verb) is a call for help, not a
  // consultation between two sides
  if (entry.type === "CONSULT" && entry.mode === "phone" && entry.pos === "verb") {
    const object = verbObjectAfter(words, match.last, true);
    if (object?.ala && cues.at(words, object.at + 1, "emergency") > 0) return null;
    if (
      object &&
      !object.ala &&
      (cues.at(words, object.at, "emergency") > 0 || withBCue(words[object.at], "emergency", cues))
    )
      return null;
  }
  // استعادة الأمن والاستقرار، استعادة الأموال المنهوبة: what is restored (`restored`, the word right after it) is no
  // ground taken; استعادة السيطرة على المدينة stays a battle
  if (entry.type === "ASSAULT" && entry.flags.has("seize") && entry.lemma.startsWith("استعا")) {
    const next = words[match.last];
    if (next && !next.punct && cues.at(words, match.last, "restored") > 0) return null;
  }
  // قفز من النافذة لكي يهرب: a purpose clause tells what was meant
  if (entry.pos === "verb" && cues.is(prevContent(words, t), "purpose")) return null;
  if (voicedDuringProtest(ctx, match)) return null;
  // مما دعا قوات الأمن لتعقب: دعا after ما is "prompted", not a call
  if (entry.flags.has("call") && ["ما", "مما", "بما"].includes(wordKey(prevContent(words, t)?.text ?? "")))
    return null;
  // دعا is "called for" with إلى/ل after it (or ل glued to a verbal noun: دعاه لمواصلة التحاور، دعا البريطانيين لدعم
  // رئيسة الوزراء); with neither, it is dropped only in its other senses (otherDua: named, prayed, invited, claimed),
  // since a call's إلى/ل often stands past a long subject (session 19: the drop of every دعا without them cost both sums)
  const callEnd = Math.min(words.length, match.last + 5);
  const glued = words
    .slice(match.last, callEnd)
    .some((w) => w.readings.some((r) => r.prep === "ل" && !r.det && !r.pron && r.key.length >= 3));
  if (entry.flags.has("call") && !glued && !callFor(ctx, match.last, callEnd) && otherDua(ctx, match.last))
    return null;
  // رفض، إدانة as nouns state a stance only when a verb voices it (عبرت عن رفضها، أعلنت الكتلة رفضها), not in
  // "في ظل رفض الحكومة" nor a court's إدانة (conviction)
  if (entry.flags.has("voiced") && voiceVerb(ctx, t, prevTrigger) < 0) return null;
  // بعد إدانته باغتصاب وقتل، بعد إدانتهم بالانتماء إلى تنظيم، إثر إدانته في قضايا فساد: a conviction for a charge
  // (ب or في قضية after it) that dates the news is the ground of a court's sentence, no condemnation voiced (أعرب
  // عن إدانته للهجوم، بعد إدانتها بأشد العبارات للهجوم); the conviction itself is read from the sentence
  if (
    entry.type === "ACCUSE" &&
    entry.mode === "disapprove" &&
    AFTER.has(wordKey(words[t - 1]?.text ?? "")) &&
    convictionFor(ctx, match)
  )
    return null;
  // a visit happens at its destination: وصل إلى واشنطن، زيارة رسمية إلى تونس (a visit noun may also name none:
  // خلال زيارته), or the destination as the verb's bare object (يصل واشنطن)
  let visitPlace: Mention | null = null;
  if (entry.flags.has("visit") || entry.mode === "visit") {
    visitPlace =
      ctx.mentions.find(
        (m) =>
          m.first >= match.last &&
          m.first < Math.min(words.length, match.last + 9) &&
          (m.place || m.state) &&
          (m.prep === "الي" || m.prep === "ل" || (!m.prep && m.first === match.last && entry.pos === "verb")),
      ) ?? null;
    // يخطط لزيارة واشنطن: a visit noun's bare genitive is where it goes
    if (!visitPlace && entry.pos === "noun")
      visitPlace =
        ctx.mentions.find((m) => m.first === match.last && !m.prep && (m.place || m.state)) ?? null;
    if (!visitPlace && entry.flags.has("visit")) return null;
  }
  // قمة رباعية جمعت قادة الدول: جمع brings people together only right after a meeting noun
  if (entry.flags.has("gather") && cues.findLast(words, Math.max(0, t - 5), t, "meeting") < 0) return null;
  // فر، هرب، هروب: a flight is an event with the place it leads to or from (هروبه إلى مصر), not the people of a
  // relative clause (أولئك الذين فروا من سرت) nor attackers leaving the scene (قاموا باختطاف الصحفية وفروا)
  if (entry.flags.has("flight")) {
    if (cues.is(prevContent(words, t), "relative")) return null;
    const end = Math.min(words.length, match.last + 6);
    const where = ctx.mentions.some(
      (m) =>
        m.first >= match.last &&
        m.first < end &&
        (m.place || m.state) &&
        (m.prep === "الي" || m.prep === "من"),
    );
    if (!where) return null;
  }

  // ---- modality, negation, framing
  let modality = readModality(ctx, match, leftStart, cStart);
  if (!modality) return null;
  if (modality !== "denied" && nonSpecific(ctx, match)) return null;
  // طالب بانسحاب الحوثيين، دعا إلى وقف إطلاق النار: what is asked for has not happened (even when the asking is
  // no event of its own: لافتات تطالب بإطلاق سراح السجناء)
  if (entry.pos === "noun" && modality === "asserted") {
    const toWord = ["الي", "ل"].includes(wordKey(words[t - 1]?.text ?? ""));
    const asker = [...ctx.triggers]
      .reverse()
      .find((m) => m.last <= t && m.first >= cStart && (t - m.last <= 2 || match.prep === "ب" || toWord));
    if (asker && (asker.entry.type === "REQUEST" || asker.entry.type === "THREATEN")) return null;
  }

  // طلب السيسي أن ينفذ وزير الداخلية قرار الإفراج: what a request or threat asks for, told after أن, has not happened
  if (cStart > 0 && ctx.cues.is(words[cStart - 1], "complement") && !inFrame(ctx.frames, cStart - 1)) {
    const asker = [...ctx.accepted].reverse().find((m) => m.last <= cStart - 1 && cStart - 1 - m.last <= 3);
    if (
      asker &&
      (asker.entry.type === "REQUEST" || asker.entry.type === "THREATEN") &&
      modality === "asserted"
    )
      return null;
  }

  // ---- arguments
  const inScope = (m: Mention, a: number, b: number) =>
    m.first >= a && m.first < b && !inFrame(ctx.frames, m.first);
  // (قرب حدود الجزائر: the neighbour across a border is no party)
  const party = (m: Mention) => isActor(m) && !(m.state && acrossBorder(ctx, m));
  const right = ctx.mentions.filter((m) => inScope(m, match.last, rightEnd) && party(m));
  const left = ctx.mentions.filter((m) => inScope(m, leftStart, t) && party(m));
  let actor1: Mention[] = [];
  let actor2: Mention[] = [];
  let own = true;
  // (أفرجت السلطات عن الصحفي، الإفراج عن ثلاثة متهمين: the one a release frees follows عن)
  const preps2 = entry.flags.has("seize")
    ? SEIZE_PREPS
    : entry.mode === "release"
      ? RELEASE_PREPS
      : (ACTOR2_PREPS[entry.type] ?? [null]);
  const pickActor2 = (exclude: Mention[]) => {
    for (const prep of preps2) {
      const m = right.find((x) => !exclude.includes(x) && !x.adjectival && x.prep === prep);
      if (m) return withCoordinated(ctx.mentions, m);
    }
    return [];
  };
  const agentAfter = () => {
    const k = cues.find(words, match.last, rightEnd, "agent_marker");
    if (k < 0) return [];
    const m = ctx.mentions.find((x) => x.first > k && x.first <= k + 3 && isActor(x));
    return m ? withCoordinated(ctx.mentions, m) : [];
  };
  const bare = (m: Mention) => !m.prep && !m.adjectival;

  if (entry.flags.has("fall")) {
    const m1 = ctx.mentions.find((x) => x.first > fallHands && x.first <= fallHands + 3 && isActor(x));
    actor1 = m1 ? withCoordinated(ctx.mentions, m1) : [];
    const owner = ctx.mentions.find(
      (x) => x.first >= match.last && x.first < fallHands && isActor(x) && !x.state,
    );
    actor2 = owner ? withCoordinated(ctx.mentions, owner) : [];
  } else if (entry.flags.has("said")) {
    // a report verb read as a statement (the learned typer, statement-typer.ts): its speaker is its frame's source,
    // the other party is read in the content as for any statement
    const frame = ctx.frames.find((f) => f.at === t);
    const speaker = frame
      ? ctx.mentions.find(
          (m) =>
            m.first > frame.at &&
            m.first < Math.max(frame.frameEnd, frame.contentStart) &&
            isActor(m) &&
            !m.prep,
        )
      : undefined;
    const fromSource = frame ? frameSourceMention(frame, words) : undefined;
    if (speaker) actor1 = withCoordinated(ctx.mentions, speaker);
    else if (fromSource) actor1 = [fromSource];
    actor2 = pickActor2(actor1);
  } else if (entry.flags.has("declared")) {
    const frame = [...ctx.frames].reverse().find((f) => f.at < t);
    const speakers = ctx.mentions.filter(
      (m) =>
        frame &&
        m.first > frame.at &&
        m.first < Math.max(frame.frameEnd, frame.contentStart) &&
        isActor(m) &&
        !m.state,
    );
    actor1 = speakers.length ? speakers : [];
    const fromSource = !actor1.length && frame ? frameSourceMention(frame, words) : undefined;
    if (fromSource) actor1 = [fromSource];
  } else if (entry.tense === "participle") {
    // "، رافضة عرض الرئيس"، "ومهددا باللجوء": a حال shares the subject of the clause before it
    // the subject of the sentence's main clause: the speaker of its first frame (قال وزير الخارجية ...، متهما),
    // else its first bare actor (وانتقد الرئيس الأمريكي الاتفاق، داعيا), not the subject of a clause inside it
    const frame = ctx.frames.find((f) => f.at < t && f.frameEnd <= t);
    const speaker = frame
      ? ctx.mentions.find((m) => m.first > frame.at && m.first < frame.frameEnd && isActor(m) && !m.prep)
      : undefined;
    const mainSubject = ctx.mentions.find((m) => m.first < t && bare(m) && isActor(m));
    if (speaker) actor1 = withCoordinated(ctx.mentions, speaker);
    else if (mainSubject) actor1 = withCoordinated(ctx.mentions, mainSubject);
    else if (ctx.lastActor1.length) actor1 = ctx.lastActor1;
    own = false;
    actor2 = pickActor2(actor1);
  } else if (entry.pos === "verb") {
    // SVO: a bare actor right before the verb, or opening the clause after أن/إن (أن المجلس استولى)
    const afterComplement =
      cStart > 0 && (cues.is(words[cStart - 1], "complement") || words[cStart - 1]?.text === ":");
    // (after أن/إن the noun opening the clause is its subject, whatever follows the verb: إن مليشيات تابعة
    // للمجلس اختطفت عضو المجلس)
    const opening = afterComplement
      ? left.find((m) => bare(m) && distance(ctx, cStart, m.first) === 0)
      : undefined;
    const complementSubj = opening && distance(ctx, opening.last, t) <= 3 ? opening : undefined;
    const svo = [...left].reverse().find((m) => bare(m) && distance(ctx, m.last, t) === 0) ?? opening;
    // (8 من عناصر الحرس قتلوا في هجوم: a subject before it and no object, only "in an attack", after it)
    // (شخصين قتلا وأصيب 48 آخرون: civilians before a verb written alike in both voices, with no object after it,
    // are its victims, not its authors)
    const victimSubject = !!svo && svo.kind === "civilians" && entry.flags.has("victim") && !right.some(bare);
    const passive =
      match.entry.passive ||
      (!svo && isVictimPassive(ctx, match)) ||
      (!!svo && diedIn(ctx, match)) ||
      victimSubject;
    if (relativeDescription(ctx, match)) return null;
    if (passive) {
      // (ألقي القبض على السائق: an arrest's patient may follow على)
      const patient =
        right.find(bare) ?? (entry.type === "COERCE" ? right.find((m) => m.prep === "علي") : undefined);
      // المتعاقدون الذين قتلوا في الغارة: the antecedent of a relative clause is the one acted on
      // (or the subject before a passive: السلطاني قد اختطف من طرف مجموعة)
      const antecedent = !patient ? [...left].reverse().find(bare) : undefined;
      const victim = patient ?? antecedent;
      actor2 = victim ? withCoordinated(ctx.mentions, victim) : [];
      actor1 = agentAfter();
    } else {
      // VSO: the subject follows the verb closely; SVO: the actor before it
      // (ونناشد المسؤولين: a verb in the first person plural has "we" for subject; the noun after it is its object)
      // (قرارها طرد دبلوماسيين: the object class the verb needs, right after it, is its object, not its subject)
      const firstAfter = right.find((m) => bare(m) || quantified(ctx, m));
      const objectFirst =
        !!firstAfter &&
        !!entry.obj &&
        entry.obj !== "person" &&
        cues.is(words[firstAfter.first], entry.obj) &&
        !firstAfter.country;
      const after = firstPersonPlural(entry) || objectFirst ? undefined : firstAfter;
      const nearAfter = after && distance(ctx, match.last, after.first) <= 1 ? after : undefined;
      // رفض ترشيح نزار، طلب مساعدة الحكومة، انتقد بقاء الرئيس: an indefinite verbal noun or plural of things between
      // the verb and the party is the verb's object in construct with it (the party is its genitive, not the subject)
      const objectHead =
        !!nearAfter && entry.flags.has("speech") && objectInConstruct(ctx, match.last, nearAfter.first);
      const near = objectHead ? undefined : nearAfter;
      // وتهدد: a verb joined by و with no subject of its own shares the last one
      // الوفد الذي زار العراق: after a relative pronoun the subject is the antecedent
      const antecedentSubj = cues.is(prevContent(words, t), "relative")
        ? [...left].reverse().find(bare)
        : undefined;
      // داهمت قوات الأمن منزل الناشط واعتقلته، أوقفت الشرطة الشاب ثم أطلقت سراحه: a verb that goes on from the clause
      // before (و، ثم) carrying its object as a pronoun, with no subject after it, has that clause's subject; the party
      // right before it is that clause's object, the one the pronoun stands for (object-pronoun.ts), not its subject
      const goesOn = match.conj || wordKey(prevContent(words, t)?.text ?? "") === "ثم";
      const pronounObjectVerb = goesOn && !near && !antecedentSubj && patientPronoun(words, match) !== null;
      const coordinatedVerb =
        match.conj &&
        !near &&
        !svo &&
        (ctx.lastActor1.length > 0 || (match.first <= 1 && ctx.previousActor1.length > 0));
      // الحوثيين قصفوا مطار أبوظبي: a verb that carries a plural subject has it before (VSO verbs stay singular)
      const pluralVerb = pluralInflected(tw);
      // قال الوزير إن بلاده ترفض التدخل، أكد الرئيس أن حكومته لن تقبل: "his country" or "his government" opening the
      // content of a report is the speaker's own side; the speaker is the subject (not the party named after the verb)
      const ownSide =
        afterComplement &&
        OWN_SIDE.test(wordKey(words[cStart]?.text ?? "")) &&
        t > cStart &&
        t - cStart <= 3 &&
        !words.slice(cStart + 1, t).some((w) => w.punct && !/["«»“”]/.test(w.text)) &&
        !ctx.mentions.some((m) => m.first > cStart && m.first < t)
          ? ownSideSpeaker(ctx, cStart)
          : undefined;
      const subj =
        coordinatedVerb || pronounObjectVerb
          ? undefined
          : (ownSide ??
            antecedentSubj ??
            (pluralVerb ? svo : undefined) ??
            complementSubj ??
            near ??
            svo ??
            [...left]
              .reverse()
              .find(
                (m) =>
                  (bare(m) || quantified(ctx, m)) &&
                  distance(ctx, m.last, t) <= 3 &&
                  !words.slice(m.last, t).some((w) => w.punct && !/["«»“”]/.test(w.text)),
              ) ??
            (entry.flags.has("speech") ? undefined : after));
      // وهو ما يهدد ...: a relative clause's subject is not an actor
      if (entry.flags.has("speech") && cues.is(prevContent(words, t), "relative")) return null;
      // قال إن الحكومة لن تتراجع، لكنه دعا المعارضة إلى الحوار؛ وأشار الوزير إلى الأزمة، كما انتقد سياسة الحلف: a
      // statement verb whose subject is a pronoun glued to لكن/فإن/إلا أن or left out after كما is said by the
      // sentence's speaker (the noun after it is its object)
      const pronounSpeaker =
        entry.flags.has("speech") && !antecedentSubj && pronounOpens(ctx, t, !!near)
          ? sentenceSpeaker(ctx, t)
          : [];
      // (with no subject told before in the sentence, the clause before's subject is the sentence's first bare actor:
      // اعترض مسلحون سيارة رجل الأعمال واختطفوه)
      const goneOnFrom =
        pronounObjectVerb && !ctx.lastActor1.length && !(match.first <= 1 && match.conj)
          ? ctx.mentions.find((m) => m.first < t && bare(m) && isActor(m))
          : undefined;
      if (pronounSpeaker.length) {
        actor1 = pronounSpeaker;
        own = false;
      } else if (subj) actor1 = withCoordinated(ctx.mentions, subj);
      else if (goneOnFrom) actor1 = withCoordinated(ctx.mentions, goneOnFrom);
      if (entry.flags.has("sym")) {
        // (جمعته بالرئيس: whom a meeting brings the subject together with follows ب)
        // (التقى رئيس الوزراء نظيره الأردني: a meeting verb's bare object, right after its subject, is the other side)
        let subjectEnd = actor1.length ? Math.max(...actor1.map((m) => m.last)) : -1;
        // (تباحث وزير الخارجية الروسي سيرغي لافروف مع نظيره، التقى وزير الخارجية المصري سامح شكري نظيره الفرنسي: a
        // person's name right after the title that is the subject names its holder, in apposition; the other side
        // follows it)
        const titleEnds = actor1.some((m) => m.last === subjectEnd && m.kind !== "person");
        const apposed = titleEnds
          ? right.find((m) => m.first === subjectEnd && bare(m) && m.kind === "person" && !actor1.includes(m))
          : undefined;
        if (apposed) {
          actor1 = [...actor1, apposed];
          subjectEnd = apposed.last;
        }
        const other = right.find(
          (m) =>
            (m.prep === "مع" ||
              m.prep === "بين" ||
              (m.prep === "ب" && entry.flags.has("gather")) ||
              (entry.type === "CONSULT" && bare(m) && m.first === subjectEnd)) &&
            !actor1.includes(m),
        );
        if (other) actor1 = [...actor1, ...withCoordinated(ctx.mentions, other)];
      } else if (visitPlace) {
        actor2 = visitPlace.state ? [visitPlace] : [];
      } else {
        actor2 = pickActor2(actor1);
      }
      // أنها اعتقلت: the pronoun after أن is the one who reports, when they agree (وأوضح الوزير أنها رفضت: ها is no
      // minister)
      const complementPron =
        cStart > 0 && cues.is(words[cStart - 1], "complement")
          ? words[cStart - 1]?.readings.find((r) => r.pron)?.pron
          : undefined;
      if (!actor1.length && complementPron) {
        const frame = frameOpeningAt(ctx, cStart);
        const src = frame?.chain[frame.chain.length - 1];
        // (ه may be no one's: أعلنت الشرطة أنه تم القبض، the pronoun of the matter; ها and هم name a party)
        const agreement = complementPron === "ها" ? "f" : /^هم/.test(complementPron) ? "pl" : null;
        // the first party of the source that agrees with the pronoun (قال المتحدث باسم الشرطة إنها اعتقلت: ها is the
        // police); a country's gender varies with its name, so a country agrees with any
        const inSource = src
          ? ctx.mentions.filter(
              (x) => x.start === src.start || (x.start >= (src.start ?? 0) && x.end <= (src.end ?? 0)),
            )
          : [];
        const m = inSource.find((x) => x.state || !!x.place || agrees(x, agreement));
        if (m) actor1 = [m];
      }
      // قال الجيش الإسرائيلي إن طائراته قصفت أهدافا، أعلن الجيش أن طائرة عسكرية استهدفت: an attack whose subject is
      // an aircraft or a gun of no named side, told by a fighting force, is that force's
      if (!actor1.length && entry.type === "ASSAULT" && ownWeaponSubject(ctx, cStart, t)) {
        const frame = frameOpeningAt(ctx, cStart);
        const speaker = frame ? frameSpeakerMention(ctx, frame) : undefined;
        if (speaker?.kind && FIGHTING_KINDS.has(speaker.kind))
          actor1 = withCoordinated(ctx.mentions, speaker);
      }
      // قالت المتحدثة: "ندعو الأطراف إلى…": a verb in the first person plural is said by the quote's speaker
      if (!actor1.length && firstPersonPlural(entry)) {
        const frame = [...ctx.frames].reverse().find((f) => f.contentStart <= t && f.contentStart > f.at);
        const src = frame?.chain[frame.chain.length - 1];
        const m = src ? actorInSource(ctx.mentions, src) : undefined;
        if (m) actor1 = [m];
      }
      const inherited = ctx.lastActor1.length
        ? ctx.lastActor1
        : match.first <= 1 && match.conj
          ? ctx.previousActor1
          : [];
      if (!actor1.length && inherited.length && !match.det) {
        actor1 = inherited;
        own = false;
      }
      if (entry.flags.has("receive")) [actor1, actor2] = [actor2, actor1];
    }
  } else {
    // nouns: genitive or nisba right after, بين X و Y, من قبل X; else the subject of the light verb before
    let k = match.last;
    while (k < rightEnd && words[k] && !words[k]?.punct && isModifier(ctx, words[k] as Word)) k++;
    const adj = ctx.mentions.filter((m) => m.adjectival && m.first >= match.last && m.first <= k);
    const gen = right.find((m) => m.first === k && !m.prep && !m.adjectival);
    const between = right.find((m) => m.prep === "بين");
    const passiveNoun = entry.flags.has("passive");
    if (between && entry.flags.has("sym")) actor1 = withCoordinated(ctx.mentions, between);
    else if (match.pron && !passiveNoun) {
      // هروبه: the pronoun points at the last actor before it
      // (not the one spoken to: قال للصحفيين "خلال محادثاتهما")
      const prev = [...ctx.mentions]
        .reverse()
        .find((m) => m.last <= t && isActor(m) && !m.adjectival && m.prep !== "ل");
      // (تدريباتهما، محادثاتهم: a dual or plural pronoun points at the whole list the last actor closes, بدأت كوريا
      // الجنوبية والولايات المتحدة تدريباتهما)
      if (prev)
        actor1 = match.pron === "هما" || match.pron === "هم" ? withCoordinated(ctx.mentions, prev) : [prev];
    } else if (passiveNoun && nationalOf(ctx, match, adj, k)) {
      // اعتقال سوري آخر، مقتل أمريكيين: a nationality right after an arrest or a death is the one it befalls
      actor2 = adj.map((m) => ({
        ...m,
        name_ar: m.text,
        kind: null,
        id: null,
        state: false,
        adjectival: false,
      }));
    } else if (adj.length) actor1 = adj;
    else if (gen && !passiveNoun && !venueOf(ctx, entry.type, gen))
      actor1 = withCoordinated(ctx.mentions, gen);
    if (passiveNoun && gen) actor2 = withCoordinated(ctx.mentions, gen);
    if (!actor1.length) actor1 = agentAfter();
    // الاتفاق الذي وقعه زعماء الجماعات، إضراب ينفذه الأعوان والموظفون: a relative clause on the event noun whose verb
    // of doing carries the noun's pronoun names the doer as its subject
    if (!actor1.length) {
      const doer = relativeDoer(ctx, match.last);
      if (doer) actor1 = withCoordinated(ctx.mentions, doer);
    }
    // أعرب الوزير عن رفضه، عبرت وزارة الصحة عن إدانتها: the subject of the verb that voices the stance speaks
    if (!actor1.length && entry.flags.has("speech")) actor1 = voiceSpeaker(ctx, t, prevTrigger, match);
    if (!actor1.length) {
      // أعلن الرئيس الأمريكي انسحاب بلاده: the one who announces is the one who acts
      // (of a death only a fighting force: أعلن الجيش مقتل 10 مسلحين, not أعلنت السلطات مقتل شخصين)
      // (أعلنت حركة طالبان، الأربعاء، بدء هجوم الربيع: a time and one word such as بدء may stand between)
      const f = ctx.frames.find(
        (x) => x.frameEnd <= t && untimedGap(ctx, x.frameEnd, t) <= 1 && cues.is(words[x.at], "declare"),
      );
      const speaker = f
        ? ctx.mentions.find((m) => m.first > f.at && m.first < f.frameEnd && isActor(m) && !m.prep)
        : undefined;
      const fighter = !!speaker?.kind && FIGHTING_KINDS.has(speaker.kind);
      if (speaker && (!passiveNoun || entry.type !== "ASSAULT" || fighter))
        actor1 = withCoordinated(ctx.mentions, speaker);
    }
    const receiving = cues.findLast(words, leftStart, t, "receive") >= 0;
    const commaStart = lastFreeComma(ctx, leftStart, t);
    // the subject of a light verb (شن الجيش غارات، قررت الجزائر تسليم، الجيش تحصل على مساعدات، فرضت السلطات حظر التجول)
    // (سينتقلون للسيطرة: a verb governing the noun with ل is its light verb too)
    const governed = match.prep === "ل" && !!words[t - 1]?.readings.some((r) => r.fut || r.conj);
    const lightBetween = (m: Mention) =>
      governed ||
      ["light", "planned", "receive", "give", "approve"].some(
        (cls) => cues.find(words, m.first - 2, t, cls) >= 0,
      ) ||
      // (قرروا تنفيذ إضراب، قد يضطرون إلى تنفيذ إضراب: the verbal noun of a light verb governing the event noun, its
      // actor named before it)
      (m.last < t - 1 && cues.is(words[t - 1], "light_noun")) ||
      // (فرض imposes a restriction or a sanction only: فرضت الميليشيا السيطرة is no light verb of a take-over)
      ((entry.type === "COERCE" || entry.type === "SANCTION") &&
        cues.find(words, m.first - 2, t, "impose") >= 0) ||
      // (an arrest, a remand, a listing or a release is done by the one who orders it: أمرت المحكمة بحبس رجل
      // الأعمال، أصدرت المحكمة حكما بإدراج 1529 شخصا، قضت محكمة بالإفراج عن المتهم، أمر مدعون بالإفراج عنه)
      ((entry.type === "COERCE" || entry.type === "SANCTION" || entry.mode === "release") &&
        cues.find(words, m.first - 2, t, "order") >= 0) ||
      // نفذ مساء اليوم عدد من الأهالي وقفة: time words may stand between the light verb and its subject
      // (a whole date too, not counted: نفذ اليوم الخميس 15 جوان 2017 أعوان الشركة إضرابا)
      cues.find(
        words,
        Math.max(leftStart, Math.min(m.first - 5, untimedBack(ctx, m.first, 2))),
        m.first,
        "light",
      ) >= 0;
    const leftSubj = [...left]
      .filter((m) => m.first >= commaStart)
      .reverse()
      .find((m) => ((bare(m) || quantified(ctx, m)) && lightBetween(m)) || (m.adjectival && t - m.last <= 2));
    if (receiving && leftSubj) actor2 = withCoordinated(ctx.mentions, leftSubj);
    else if (!actor1.length && leftSubj) {
      actor1 = leftSubj.adjectival
        ? ctx.mentions.filter((m) => m.adjectival && m.first >= leftSubj.first - 2 && m.last <= t)
        : withCoordinated(ctx.mentions, leftSubj);
    }
    if (!actor2.length && !entry.flags.has("sym"))
      actor2 = pickActor2([...actor1, ...actor2]).filter((m) => m !== gen || passiveNoun);
    // وأضاف الوزير المصري أنه تم الاتفاق على …، ويشير البيان إلى أنه جرى الاتفاق: an agreement or a meeting told
    // without its doer (cue class `impersonal`) in the content of a report is the speaker's, who is a party to it
    // (not a coordination: أوضحت الوزارة أنه تم التنسيق مع الشركة للإصلاحات is a step of a repair, no cooperation)
    if (
      !actor1.length &&
      (entry.type === "AGREE" || entry.type === "CONSULT") &&
      cues.is(words[t - 1], "impersonal") &&
      cStart > 0 &&
      cues.is(words[cStart - 1], "complement")
    ) {
      const frame = frameOpeningAt(ctx, cStart);
      const speaker = frame ? frameSpeakerMention(ctx, frame) : undefined;
      // (with the one named after مع: تم الاتفاق مع النقابة)
      const partner = right.find((m) => m.prep === "مع" && distance(ctx, match.last, m.first) <= 1);
      if (speaker) actor1 = withCoordinated(ctx.mentions, speaker);
      if (speaker && partner) actor1 = [...actor1, ...withCoordinated(ctx.mentions, partner)];
    }
    // تطرق الرئيس الفرنسي، خلال اتصال هاتفي السبت مع الرئيس الفلسطيني، إلى الوضع؛ حل رئيس الحكومة بباريس في زيارة
    // رسمية؛ أكد الرؤساء الثلاثة، بعد قمة جمعتهم في أنقرة: a meeting told as the occasion of its clause (cue class
    // `occasion`) is held by the clause's subject (or the speaker of its frame), with the one named after مع
    if (!actor1.length && occasionMeeting(ctx, match)) {
      const subject =
        ctx.mentions.find(
          (m) =>
            m.first >= cStart && m.last <= t && bare(m) && party(m) && !cues.is(words[m.first], "occasion"),
        ) ?? openingOccasionSubject(ctx, match, bare, party);
      if (subject) {
        actor1 = withCoordinated(ctx.mentions, subject);
        const partner = right.find(
          (m) => m.prep === "مع" && !m.adjectival && distance(ctx, match.last, m.first) <= 3,
        );
        if (partner) actor1 = [...actor1, ...withCoordinated(ctx.mentions, partner)];
      }
    }
    // أجرى رئيس الوزراء العراقي محادثات مع الرئيس الإيراني، وأكد على هامش لقاء مع رئيس الحكومة المكلف: the party
    // named after مع right after a meeting or agreement noun is a side of it, beside the side read before or alone when
    // the text leaves the other unsaid (a dropped subject)
    if (entry.type === "CONSULT" && entry.flags.has("sym") && !between) {
      const partner = right.find(
        (m) =>
          m.prep === "مع" &&
          !m.adjectival &&
          distance(ctx, match.last, m.first) <= 3 &&
          !words.slice(match.last, m.first).some((w) => w.punct),
      );
      if (partner && !actor1.includes(partner)) {
        // (the partner alone is no subject the next verb may continue: وهدد after it is the speaker's)
        if (!actor1.length) own = false;
        actor1 = [...actor1, ...withCoordinated(ctx.mentions, partner).filter((m) => !actor1.includes(m))];
      }
    }
    // زيارة واشنطن: the state a visit goes to is the host
    if (!actor2.length && visitPlace?.state && !actor1.includes(visitPlace)) actor2 = [visitPlace];
    // تمكنت قوات النظام بعد ساعات من استقدامها تعزيزات من استعادة السيطرة: the light verb opening the clause
    // has the subject of the event told just before in it
    const lightOpens = cues.findLast(words, cStart, Math.min(t, cStart + 2), "light") >= 0;
    if (
      !actor1.length &&
      ctx.lastActor1.length &&
      (lightOpens || cues.findLast(words, leftStart, t, "planned") >= 0)
    ) {
      // وتقرر أيضا تدريب ...: a decision continues the last decider
      actor1 = ctx.lastActor1;
      own = false;
    }
  }
  // استهدفت قاعدة عسكرية، هجوم على مركز للشرطة: what an attack hits is its actor2 when no actor is
  if (entry.type === "ASSAULT" && !actor2.length && !entry.passive && ctx.targets) {
    // (the subject of the verb may be the attack or its weapon, itself an event word: استهدفت سيارة مفخخة ثكنة)
    const subjectEvent = entry.pos === "verb" && nextTrigger?.first === match.last;
    const hit = attackObject(
      ctx.doc.text,
      ctx.view,
      { first: t, last: match.last, verb: entry.pos === "verb" },
      subjectEvent ? clauseEnd(ctx, match.last) : rightEnd,
      ctx.mentions,
      cues,
      ctx.targets,
    );
    if (hit && !actor1.includes(hit)) actor2 = [hit];
  }
  const claimed = entry.type === "ASSAULT" && entry.pos === "noun" && claimedAttack(ctx, match);
  // تبنت حركة الشباب الهجوم: the one who claims it is its actor1
  if (claimed && !actor1.length) {
    const claimant = [...ctx.mentions]
      .reverse()
      .find((m) => m.last <= t && m.first >= leftStart && isActor(m) && !m.prep && !m.adjectival);
    if (claimant) actor1 = withCoordinated(ctx.mentions, claimant);
  }
  actor2 = actor2.filter((m) => !actor1.includes(m));
  // استمرت الاحتجاجات في عمان، ويطالب المحتجون …: a protest told without its actor has the protesters its
  // sentence names
  // (or the residents it names as the ones who act: تجددت الاحتجاجات … حيث قام الأهالي بقطع الطريق)
  if (entry.type === "PROTEST" && !actor1.length) {
    const named = (cls: string) =>
      ctx.mentions.find((m) => !inFrame(ctx.frames, m.first) && !m.prep && cues.is(words[m.first], cls));
    const protesters = named("protester") ?? named("residents");
    if (protesters) actor1 = [protesters];
    else {
      const organiser = protestOrganiser(ctx, t) ?? protestPurposeSubject(ctx, t);
      if (organiser) actor1 = withCoordinated(ctx.mentions, organiser);
    }
  }

  // وتم إيداعه السجن، جاء اعتقاله بعد، أطلقت سراحها، تم القبض عليهم: the patient of an arrest, a release or a
  // conviction told by a pronoun is the party before it the pronoun agrees with (object-pronoun.ts)
  let heldByPronoun: Mention | undefined;
  if (befallsPatient(entry.type, entry.mode) && !actor2.length) {
    const pron = patientPronoun(words, match);
    if (pron) {
      heldByPronoun = pronounAntecedent(ctx.mentions, ctx.previousMentions ?? [], t, pron, actor1);
      if (heldByPronoun) actor2 = [heldByPronoun];
    }
  }

  // تم القبض عليه، ألقي القبض على السائق، اعتقل تونسي … حسبما ذكرت النيابة: an arrest told in the passive or as a
  // noun with no agent is made by the force or authority its sentence names, else by a force the sentence before
  // names (داهمت وحدات الحرس الوطني منزلا … وتم إيقاف شخصين); when neither names one, actor1 stays empty
  // (so is a seizure told as a noun with no agent: أسفرت العملية عن حجز سلاحي كلاشنيكوف، تم ضبط كمية من المخدرات)
  if (
    entry.type === "COERCE" &&
    !actor1.length &&
    ((entry.mode === "arrest" && (entry.passive || entry.flags.has("passive"))) ||
      (entry.mode === "seize" && (entry.passive || entry.pos === "noun")))
  ) {
    const authority = arrestingAuthority(ctx, t, actor2);
    if (authority) actor1 = [authority];
  }

  // مراقبون من الاتحاد الأوروبي نددوا، ندد عدد من النواب: a speaker named through من after a people or quantity
  // word, right before the verb or (after a quantity word) right after it
  if (!actor1.length && entry.flags.has("speech") && entry.pos === "verb") {
    const partitive = (m: Mention) =>
      m.prep === "من" && isActor(m) && !m.adjectival && wordKey(words[m.first - 1]?.text ?? "") === "من";
    const before = [...left].reverse().find((m) => partitive(m) && distance(ctx, m.last, t) === 0);
    const after = right.find(
      (m) =>
        partitive(m) &&
        m.first - 2 >= match.last &&
        m.first - 2 <= match.last + 1 &&
        cues.is(words[m.first - 2], "quantifier"),
    );
    const speaker = before && !words[before.first - 2]?.punct ? before : after;
    if (speaker) actor1 = withCoordinated(ctx.mentions, speaker);
  }
  // رفض القاضي الأمريكي، طالبت الغرفة الوطنية للمخابز، انتقدت المتحدثة باسم الخارجية الأمريكية، دعا القيادي في
  // حزب آفاق تونس: a statement's subject headed by a speaker word the agent list lacks
  // (its head right after the verb is the subject even when another actor follows: دعت الجمعية الوطنية للصحفيين
  // الشبان وزارة الداخلية)
  if (
    entry.flags.has("speech") &&
    entry.pos === "verb" &&
    !entry.passive &&
    (!actor1.length || (own && actor1.every((m) => m.first > match.last)))
  ) {
    const headed = headedSpeaker(ctx, match);
    if (headed.length && (!actor1.length || headed.every((m) => m.first >= match.last))) {
      if (actor1.length)
        actor2 = actor2.filter((m) => !headed.includes(m) && m.first > (headed[0]?.last ?? 0));
      actor1 = headed;
    }
  }
  // انتقدت المستشارة الألمانية، أنغيلا ميركل، …؛ رفض رئيس الجمهورية الباجي قايد السبسي؛ اتهم فريق خبراء الأمم المتحدة
  // المعني باليمن ميليشيا الحوثي: VSO — the noun phrase right after an active statement verb is its subject, with its
  // title, its apposition and its genitive chain; the party the reader took for the object ends that phrase
  if (
    entry.flags.has("speech") &&
    entry.pos === "verb" &&
    !entry.passive &&
    !actor1.length &&
    actor2.length
  ) {
    const speaker = postverbalSpeaker(ctx, match, actor2[0] as Mention);
    if (speaker) {
      actor1 = ctx.mentions.includes(speaker) ? withCoordinated(ctx.mentions, speaker) : [speaker];
      actor2 = pickActor2(actor1).filter((m) => m.first > speaker.last);
    }
  }
  // هدد نواب بريطانيون، طالبت محامية هولندية قطر، ندد ناشطون فلسطينيون: people named by an indefinite noun and the nisba of
  // their country right after an active statement verb are its subject (the nisba in the nominative: not نواب
  // بريطانيين nor موقفا أمريكيا, an object)
  if (entry.flags.has("speech") && entry.pos === "verb" && !entry.passive && !actor1.length) {
    const speaker = nationalPeopleAfter(ctx, match);
    if (speaker) {
      actor1 = [speaker];
      actor2 = actor2.filter((m) => m.first >= speaker.last);
    }
  }
  // وطالب بيان صادر عن الحزب الحكومة …، ودعا البيان الحكومة إلى …: a document as the subject speaks for its issuer
  // (named after it, else the speaker told before "the statement"); the party after the document is the object
  if (entry.flags.has("speech") && entry.pos === "verb" && !entry.passive) {
    const issued = documentSpeaker(ctx, match);
    if (issued) {
      actor1 = issued.speaker;
      actor2 = pickActor2(actor1).filter((m) => m.first >= issued.end && !issued.speaker.includes(m));
      own = issued.inClause;
    }
  }
  // statements need a speaker: one the clause names, else one the discourse gives (وقال الوزير …، ودعا إلى …؛
  // أصدرت الوزارة بيانا دانت فيه …؛ "ندين …": implied-speaker.ts)
  if (entry.flags.has("speech") && !actor1.length) {
    actor1 = impliedSpeaker(ctx, match);
    own = false;
  }
  if ((entry.flags.has("speech") || entry.type === "OTHER") && !actor1.length) return null;
  // طالب الادعاء بسجنه عشر سنوات، طلب القاضي من المحكمة مهلة: a judge's or a prosecutor's demand (agents of the role
  // `judicial`) is a step of the trial, no REQUEST
  if (entry.type === "REQUEST" && actor1.length && actor1.every((m) => m.agentRole === "judicial"))
    return null;
  if (entry.flags.has("warn") && warnsOfPossibleDanger(ctx, match.last)) return null;
  if (hostsNoGuest(ctx, match)) return null;
  // وافق مجلس النواب على إسقاط عضوية النائب، وافق مجلس الأمن على تجديد العقوبات: a body approving a measure takes
  // it; the measure's own word is the event (its subject the approver, cue class approve), no agreement
  if (entry.type === "AGREE" && cues.is(tw, "approve") && approvedMeasure(ctx, match)) return null;
  if (chargedAct(ctx, match) || lastOfItsKind(ctx)) return null;

  // ---- location, date
  const place = pickPlace(ctx, leftStart, rightEnd, t, actor1, visitPlace, entry.type !== "ASSAULT");
  let date = pickDate(ctx, t, match.last, clauseEnd(ctx, match.last));
  // يزور عباس موسكو الأسبوع المقبل: an event dated after publication is planned, whatever the tense
  const pub = ctx.doc.published?.slice(0, 10);
  if (modality === "asserted" && pub && date?.value && afterPublication(date.value, pub)) {
    // (but هددت روما بإلغاء الاجتماع المقرر الجمعة: a statement told in the past was made; the later day is
    // its content's)
    if (entry.flags.has("speech") && entry.tense === "past") date = null;
    else modality = "planned";
  }
  // an event needs someone who acts or is acted on; only an attack or a protest may stand on its place
  // and date alone (قتل ثلاثة في انفجار ببغداد أمس)
  if (!actor1.length && !actor2.length) {
    if (entry.type !== "ASSAULT" && entry.type !== "PROTEST") return null;
    // a protest named with its place is news enough (وقفة احتجاجية أمام مقر الولاية بسيدي بوزيد)
    if (!place.inClause || !(date || entry.pos === "verb" || entry.type === "PROTEST" || hasToll(ctx)))
      return null;
  }

  // ووصلت (المظاهرات) إلى الناصرية: protests or protesters reaching a town pay no visit
  if (
    entry.type === "CONSULT" &&
    entry.mode === "visit" &&
    actor1.length > 0 &&
    actor1.every((m) => cues.is(words[m.first], "protester"))
  )
    return null;
  const retyped = retype(ctx, match, actor1);
  // توجهت إلى سوريا، وصل إلى ألمانيا قبل عام للقيام بعملية، وتوجه إلى بلد آخر: a verb of travel is a visit only when
  // an official party travels (a government, a state, an organisation, its officers, a named person); a young man
  // leaving to join a group, a fighter, a migrant or a traveller with no one named pays none (troops arriving are
  // retyped to a deployment by retype)
  if (
    !retyped &&
    entry.type === "CONSULT" &&
    entry.flags.has("visit") &&
    !(actor1.length > 0 && actor1.every((m) => m.state || OFFICIAL_KINDS.has(m.kind ?? "")))
  )
    return null;
  const mode = retyped ? retyped.mode || null : readMode(ctx, match, rightEnd);
  const describedNoun = entry.pos === "verb" ? describedNounOf(ctx, match) : undefined;
  const describes = describedNoun !== undefined && (!actor1.length || describedNoun.sentenceBound);
  // the event itself is the subject: whoever was read as the one who acts is not
  if (describedNoun?.subject) {
    actor1 = [];
    own = false;
  }
  return {
    background,
    describes,
    describedNoun: describedNoun?.first,
    definite: entry.pos === "noun" && definiteNoun(ctx, match),
    claimsResponsibility: claimed,
    heldByPronoun,
    sentence: ctx.view.index,
    match,
    type: retyped?.type ?? entry.type,
    mode,
    modality,
    actor1,
    actor2,
    ownActors: own && actor1.length + actor2.length > 0,
    place: place.mention,
    date,
    fatalities: null,
    // a sentence without a reporting frame is the article's own telling: no source (a "وقالت" frame carries it on)
    attribution: chainAt(ctx.frames, t) ?? [],
    evidence: [{ start: ctx.view.start, end: ctx.view.end }],
  };
}

/**
 * A nationality word standing alone as a noun right after an undefined passive event noun (اعتقال سوري، مقتل
 * أمريكيين), not an adjective agreeing with a definite one (الاعتقال الإسرائيلي) nor one followed by its object
 * (اعتقال إسرائيلي لناشط).
 */
function nationalOf(ctx: SentenceContext, match: TriggerMatch, adj: Mention[], k: number): boolean {
  const m = adj[0];
  if (!m || adj.length !== 1 || m.first !== k || match.det) return false;
  const w = ctx.view.words[k];
  if (!w || w.readings.some((r) => r.det)) return false;
  return !ctx.view.words[k + 1]?.readings.every((r) => r.prep === "ل");
}

/**
 * دعا in its other senses: "named" (تدعو نفسها الحركة القومية), "prayed for" (دعا لهم بالشفاء، بالرحمة), "invited"
 * to an occasion another verb of the clause tells (دعا الرئيس الصحفيين في باريس عندما وصل), or يدّعي "claims"
 * (أشخاص يدعون أنهم آباء الفتيات).
 */
function otherDua(ctx: SentenceContext, last: number): boolean {
  // يدعون أنهم (يدّعون: "claim") takes أن right after it
  if (ctx.cues.is(ctx.view.words[last], "complement")) return true;
  const end = clauseEnd(ctx, last);
  const words = ctx.view.words.slice(last, end);
  if (words.some((w) => w.readings.some((r) => r.key === "نفس" || r.key === "انفس"))) return true;
  if (words.some((w) => w.readings.some((r) => r.prep === "ب" && r.det))) return true;
  return ctx.triggers.some((m) => m.first >= last && m.first < end && m.entry.pos === "verb");
}

/**
 * Whether إلى/ل follows a call verb as what it calls for: within five words (دعا الرئيس الأطراف إلى), not counting
 * punctuation nor a time (دعت بريطانيا، الأحد، إيران إلى), or past a relative clause on the one called on or the one
 * calling (ودعت اللجنة جميع أطراف الصراع، التي تتقاتل منذ ثلاث سنوات، إلى تقديم ضمانات؛ ودعا الرئيس منانغاغوا الذي
 * خلف موغابي إلى الهدوء), up to the clause's end; or anywhere up to the clause's end when no verb of another event
 * stands before it (a long subject and object, a time and the call's occasion between: session 13).
 */
function callFor(ctx: SentenceContext, last: number, near: number): boolean {
  const { words } = ctx.view;
  const end = Math.max(near, untimedAhead(ctx, last, 5));
  if (ctx.cues.find(words, last, end, "to") >= 0) return true;
  // (a long subject and object may stand between, with the occasion of the call: دعا وزير الخارجية الإيراني محمد
  // جواد ظريف، الأربعاء، الرئيس الأميركي المنتخب دونالد ترامب إلى؛ دعا الوزير في ختام اجتماع مع نظرائه إلى), up to the
  // clause's end, when no other verb of an event stands before the إلى
  const far = ctx.cues.find(words, end, clauseEnd(ctx, last), "to");
  if (far >= 0 && !ctx.triggers.some((m) => m.first >= last && m.first < far && m.entry.pos === "verb"))
    return true;
  const relative = ctx.cues.find(words, last, untimedAhead(ctx, last, 8), "relative");
  if (relative < 0 || wordKey(words[relative]?.text ?? "") === "ما") return false;
  return ctx.cues.find(words, relative, clauseEnd(ctx, last), "to") >= 0;
}

/**
 * The clause of `t`, opened by أن/إن, has for subject an aircraft or a gun (cue class `weapon_subject`: طائراته،
 * طائرة عسكرية، مدفعيتها) within the three words before the verb, with no actor named there.
 */
function ownWeaponSubject(ctx: SentenceContext, cStart: number, t: number): boolean {
  const { words } = ctx.view;
  if (cStart <= 0 || !ctx.cues.is(words[cStart - 1], "complement")) return false;
  if (t - cStart > 3 || t === cStart) return false;
  if (!ctx.cues.is(words[cStart], "weapon_subject")) return false;
  return !ctx.mentions.some((m) => m.first >= cStart && m.first < t);
}

/** A verb form inflected for "we" (نناشد، ننفذ، رفضنا): its subject is the speaker. */
function firstPersonPlural(entry: TriggerMatch["entry"]): boolean {
  const form = entry.words[0] ?? "";
  const lemma = wordKey(entry.lemma.split(/\s+/)[0] ?? "");
  if (entry.tense === "past") return form.endsWith("نا") && !lemma.endsWith("نا");
  if (entry.tense !== "present") return false;
  return lemma.startsWith("ن") ? form.startsWith("نن") : form.startsWith("ن");
}

/**
 * اجتماع لوكسمبورغ، قمة الرياض، محادثات جنيف: a lone place after a meeting noun is where it meets, not a party
 * (محادثات مصر وإسرائيل names two parties).
 */
function venueOf(ctx: SentenceContext, type: EventType, gen: Mention): boolean {
  if (type !== "CONSULT" || !(gen.place || gen.state) || (gen.kind !== "state" && gen.kind !== "place"))
    return false;
  const next = ctx.mentions[ctx.mentions.indexOf(gen) + 1];
  return !next?.coordinated;
}

const NON_STATE_KINDS = new Set(["militia", "rebel_group"]);
/** Heads that name an armed band whatever its adjectives (عناصر، مجموعة alone may be police or anyone). */
const ARMED_BAND_HEADS = new Set(
  [
    "عصابة",
    "عصابات",
    "مسلحين",
    "مسلحون",
    "مسلحو",
    "مسلحي",
    "خاطفين",
    "خاطفون",
    "ميليشيا",
    "ميليشيات",
    "مليشيات",
  ].map(wordKey),
);

/**
 * An armed band named by its head word (عصابة، مسلحون، مجموعة مسلحة). Named groups are left out: some rule where
 * they are (the Houthis, Hamas in Gaza), and what they call arrests the key codes as arrests.
 */
function armedGroup(m: Mention): boolean {
  if (m.state || !m.kind || !NON_STATE_KINDS.has(m.kind) || m.source !== "agent") return false;
  const head = wordKey(m.name_ar.split(/\s+/)[0] ?? "").replace(/^(و|ف)?(ال)?/, "");
  return ARMED_BAND_HEADS.has(head) || /(مسلحه|المسلحه)$/.test(wordKey(m.name_ar));
}

/** Who attacks with words: an office-holder or a government (agents.tsv `government`), or a person by name. */
const VERBAL_ATTACKERS = new Set(["government", "person"]);

/**
 * "هاجم الرئيس الأميركي دونالد ترامب شركة أمازون"، "وهاجم أوربان المعارضة"، "نشر التنظيم شريطا صوتيا هاجم فيه
 * الرئيس": the verb of attacking whose subject is an office-holder, a government or a named person (no army, police,
 * armed band, state or crowd), or a published item it is told in (`published_item` right before it), attacks with
 * words — unless the sentence names a weapon or tells another act of violence (هاجم مسؤول سابق دورية وقتل جنديين).
 */
function verbalAttack(ctx: SentenceContext, match: TriggerMatch, actor1: Mention[]): boolean {
  const { words } = ctx.view;
  const inItem = ctx.cues.is(words[match.first - 1], "published_item");
  const bySpeaker =
    actor1.length > 0 && actor1.every((m) => VERBAL_ATTACKERS.has(m.kind ?? "") && !m.agentRole);
  if (!inItem && !bySpeaker) return false;
  for (const cls of ["weapons", "explosive", "weapon_subject"])
    if (ctx.cues.find(words, 0, words.length, cls) >= 0) return false;
  return !ctx.triggers.some((m) => m !== match && m.entry.type === "ASSAULT");
}

/**
 * The type a trigger takes from its context, following the PLOVER codebook: a withdrawal from a treaty or an
 * organisation is SANCTION (withdraw), not a retreat; a detention by a gang or an armed group is an abduction
 * (ASSAULT), not an arrest.
 */
function retype(
  ctx: SentenceContext,
  match: TriggerMatch,
  actor1: Mention[],
): { type: EventType; mode: string } | null {
  const { words } = ctx.view;
  const entry = match.entry;
  if (entry.type === "RETREAT" && entry.mode === "withdraw") {
    // (the subject may stand between: انسحبت الحكومة الأمريكية من الاتفاقية)
    for (let k = match.last; k < Math.min(words.length, match.last + 6); k++) {
      const w = words[k];
      if (!w || w.punct) break;
      const fromPact =
        ctx.cues.is(w, "pact") &&
        (w.readings.some((r) => r.prep === "من") || wordKey(words[k - 1]?.text ?? "") === "من");
      if (fromPact) return { type: "SANCTION", mode: "withdraw" };
    }
  }
  // اتفاق وقف إطلاق النار، التوصل إلى وقف لإطلاق النار بين: a ceasefire two sides reach is an agreement (AGREE);
  // one side declaring it stays RETREAT (ceasefire)
  if (entry.mode === "ceasefire") {
    const t = match.first;
    // (only punctuation between the deal word and the ceasefire parts them: وتوصلت إسرائيل والفصائل في يوليو، إلى
    // اتفاق وقف إطلاق نار is reached)
    const cue = Math.max(
      ctx.cues.findLast(words, Math.max(0, t - 4), t, "deal"),
      ctx.cues.findLast(words, Math.max(0, t - 4), t, "reach"),
    );
    const reached =
      (cue >= 0 && !words.slice(cue, t).some((w) => w.punct)) ||
      ctx.cues.find(words, match.last, Math.min(words.length, match.last + 3), "with") >= 0;
    if (reached) return { type: "AGREE", mode: "" };
  }
  // حذرت المخابرات من أن التجسس الروسي أكبر تهديد للأمن، حذر تقرير من انتهاج روسيا أساليب …: a warning of something
  // another does is an accusation (PLOVER ACCUSE: criticize, denounce); one with someone warned, or of consequences,
  // or of what the speaker's side will do, stays a threat (warningThreatens)
  if (entry.flags.has("warn") && !warningThreatens(ctx, match, actor1))
    return { type: "ACCUSE", mode: "disapprove" };
  // قضت المحكمة بالإعدام: a death sentence is a court's SANCTION (convict), not an execution
  // (وحُكم على الشاب بالإعدام، قضت محكمة جنايات الإسماعيلية، شرقي مصر، الخميس، بالإعدام: after a word of
  // sentencing in its clause too, however far the court)
  if (
    entry.type === "ASSAULT" &&
    entry.mode === "execute" &&
    match.prep === "ب" &&
    (ctx.cues.findLast(words, Math.max(0, match.first - 8), match.first, "court") >= 0 ||
      ctx.triggers.some(
        (m) =>
          m.entry.mode === "convict" &&
          m.last <= match.first &&
          clauseStart(ctx, match.first) <= m.first &&
          untimedGap(ctx, m.last, match.first) <= 8,
      ))
  )
    return { type: "SANCTION", mode: "convict" };
  // نظمت الميليشيات مسيرات مسلحة: an armed march is a show of force (MOBILIZE), not a protest
  if (entry.type === "PROTEST" && entry.pos === "noun") {
    const next = words.slice(match.last, match.last + 2).map((w) => wordKey(w.text));
    if (next.some((k) => /^(ال)?مسلح(ه|ين|ون)?$/.test(k))) return { type: "MOBILIZE", mode: "troops" };
  }
  // أدانت المحكمة ستة متهمين: a court's condemnation is a conviction (SANCTION), not a verbal accusation; a charge
  // pressed by a prosecutor or a judge stays one (وجهت النيابة تهمة القتل، اتهمت النيابة الوزير، رفعت النيابة دعوى:
  // ACCUSE allege, PLOVER's "charge, bring to trial"; a participle after the court's verb is its convicts: قضت
  // المحكمة بالحبس على ثلاثة متهمين)
  if (
    entry.type === "ACCUSE" &&
    (entry.mode !== "allege" || entry.tense === "participle") &&
    actor1.length > 0 &&
    actor1.every((m) => ctx.cues.is(ctx.view.words[m.first], "court"))
  )
    return { type: "SANCTION", mode: "convict" };
  // أيدت محكمة التمييز الحكم بإغلاق الجمعية، أيدت المحكمة الإدارية قرار حرمانها: a court upholding a ruling is its
  // ruling (SANCTION, as a sentence is), not a statement of support
  if (
    entry.type === "SUPPORT" &&
    entry.lemma === "أيد" &&
    actor1.length > 0 &&
    actor1.every((m) => ctx.cues.is(ctx.view.words[m.first], "court"))
  )
    return { type: "SANCTION", mode: "convict" };
  const near = (cls: string, n: number) =>
    ctx.cues.find(words, match.last, Math.min(words.length, match.last + n), cls) >= 0;
  // استدعت باكستان سفيرها لدى الهند، استدعت الرياض سفيرها من كندا للتشاور: an ambassador called home (one's own, a
  // pronoun on the diplomat word, or called for consultations: `consultations`) is a recall, a cut in ties
  // (SANCTION), not a summons to complain
  if (entry.type === "ACCUSE" && entry.obj === "diplomat") {
    const at = ctx.cues.find(words, match.last, Math.min(words.length, match.last + 4), "diplomat");
    const own = !!words[at]?.readings.some((r) => r.pron && ctx.cues.hasKey(r.key, "diplomat"));
    if (own || near("consultations", 10)) return { type: "SANCTION", mode: "" };
  }
  // احتجزت الميليشيا شحنة الأدوية: holding goods is a seizure (COERCE seize), whoever holds them
  if (entry.type === "COERCE" && entry.mode === "arrest" && near("funds", 4))
    return { type: "COERCE", mode: "seize" };
  // وصل مئات الجنود إلى صعدة، توجهت قوات إلى الحدود: troops arriving are a deployment (MOBILIZE), not a visit
  if (
    entry.type === "CONSULT" &&
    entry.mode === "visit" &&
    entry.flags.has("visit") &&
    (near("troops", 4) || (actor1.length > 0 && actor1.every((m) => ctx.cues.is(words[m.first], "troops"))))
  )
    return { type: "MOBILIZE", mode: "troops" };
  // أوقف القضاء الشرطي عن العمل، أوقفت السلطات المعتمد عن عمله: a suspension from duty is a SANCTION, not an arrest
  if (entry.type === "COERCE" && entry.mode === "arrest" && near("suspended", 8))
    return { type: "SANCTION", mode: "" };
  // احتجز مسلح امرأة رهينة: holding someone as a hostage is an abduction, whoever holds them
  if (entry.type === "COERCE" && entry.mode === "arrest" && near("hostage", 6))
    return { type: "ASSAULT", mode: "abduct" };
  if (entry.type === "COERCE" && entry.mode === "arrest" && actor1.length > 0 && actor1.every(armedGroup))
    return { type: "ASSAULT", mode: "abduct" };
  // هاجم الرئيس الأميركي شركة أمازون، بيانا هاجمت فيه الحظر: attacked by an office-holder, a government or a person,
  // or in a published item, with no weapon and no other act of violence told in the sentence, is criticised (ACCUSE)
  if (
    entry.type === "ASSAULT" &&
    entry.pos === "verb" &&
    entry.lemma === "هاجم" &&
    verbalAttack(ctx, match, actor1)
  )
    return { type: "ACCUSE", mode: "disapprove" };
  // شن الرئيس هجوما لاذعا على نظيره: an attack called biting or verbal is a verbal one (ACCUSE)
  if (entry.type === "ASSAULT" && /^هجو?م/.test(entry.lemma) && near("verbal", 2))
    return { type: "ACCUSE", mode: "disapprove" };
  // خاضت الجماعة معركة إعلامية ضده، معارك كلامية بين النواب: a battle called one of words (`words_fight` right after
  // the noun) is fought with accusations (ACCUSE), not arms
  if (
    entry.type === "ASSAULT" &&
    entry.pos === "noun" &&
    BATTLE_NOUN.test(words[match.first]?.text ?? "") &&
    ctx.cues.is(words[match.last], "words_fight")
  )
    return { type: "ACCUSE", mode: "disapprove" };
  // واصل كومي هجومه على الرئيس، صعد محامي ترامب هجومه على التحقيق: an attack that is its speaker's own (a pronoun on
  // the noun) on someone or something (على right after), by an office-holder, a government or a named person, with no
  // weapon and no other act of violence told, is criticism (ACCUSE), as هاجم is (verbalAttack)
  if (
    entry.type === "ASSAULT" &&
    entry.pos === "noun" &&
    /^هجو?م/.test(entry.lemma) &&
    words[match.last - 1]?.readings.some((r) => r.pron) &&
    wordKey(words[match.last]?.text ?? "") === "علي" &&
    verbalAttack(ctx, match, actor1)
  )
    return { type: "ACCUSE", mode: "disapprove" };
  // طلبت الحكومة من القنصل مغادرة البلاد: asking someone to leave the country is an expulsion
  // (the one asked may be named at length first: طلبت الخارجية من القنصل العام في اسطنبول، يوسي ليفي، المغادرة)
  if (entry.type === "REQUEST" && ctx.cues.find(words, match.last, clauseEnd(ctx, match.last), "leave") >= 0)
    return { type: "SANCTION", mode: "expel" };
  // الاستيلاء على مبالغ مالية: seizing money or goods is COERCE (seize), not taking a territory
  if (entry.type === "ASSAULT" && entry.flags.has("seize") && near("funds", 3))
    return { type: "COERCE", mode: "seize" };
  // أفرجت الولايات المتحدة عن مساعدات عسكرية: money released is aid given, not a release of people
  if (entry.type === "RETREAT" && entry.mode === "release" && near("funds", 6))
    return { type: "AID", mode: "" };
  return null;
}

/**
 * The event word of another type a few words after على in an approving verb's clause (وافق … على إسقاط عضوية), read
 * as an event of its own.
 */
function approvedMeasure(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const end = clauseEnd(ctx, match.last);
  for (let k = match.last; k < end; k++) {
    const w = words[k];
    if (!w) return false;
    if (w.punct || wordKey(w.text) !== "علي") continue;
    return ctx.triggers.some(
      (m) =>
        m.first > k &&
        m.first <= k + 3 &&
        m.entry.pos === "noun" &&
        !["AGREE", "CONSULT", "COOPERATE"].includes(m.entry.type) &&
        !words.slice(k, m.first).some((x) => x.punct) &&
        readCandidate(ctx, m) !== null,
    );
  }
  return false;
}

/**
 * "الغارة التي استهدفت موقعا", "في هجوم استهدف حافلة": a verb opening a relative clause on an event noun of its own
 * type tells more of that event (its target), not a new one. With a relative pronoun the noun may carry up to two
 * modifiers (الغارة الجوية التي); without one (an indefinite noun) the past verb follows the noun directly.
 */
function describedNounOf(
  ctx: SentenceContext,
  match: TriggerMatch,
): { first: number; sentenceBound: boolean; subject?: boolean } | undefined {
  const { words } = ctx.view;
  const t = match.first;
  const sameType = (m: TriggerMatch) => m.entry.pos === "noun" && m.entry.type === match.entry.type;
  if (ctx.cues.is(words[t - 1], "relative") && wordKey(words[t - 1]?.text ?? "") !== "ما") {
    const noun = [...ctx.triggers]
      .reverse()
      .find(
        (m) =>
          sameType(m) &&
          m.last <= t - 1 &&
          t - 1 - m.last <= 2 &&
          !words.slice(m.last, t - 1).some((w) => w.punct) &&
          !ctx.mentions.some((x) => x.first >= m.last && x.first < t - 1),
      );
    if (noun) return { first: noun.first, sentenceBound: true };
  }
  if (match.entry.tense === "past" && !match.conj) {
    const noun = ctx.triggers.find((m) => sameType(m) && m.last === t && !m.det);
    if (noun) return { first: noun.first, sentenceBound: true };
  }
  // الغارة الجوية استهدفت مركبة، واستهدف الهجوم رجال الأمن: a verb whose subject is the definite event noun right
  // before it (its adjectives between) or right after it tells more of that event
  if (!match.entry.passive) {
    const noun = ctx.triggers.find(
      (m) =>
        sameType(m) &&
        m.det &&
        (m.first === match.last ||
          (m.last <= t &&
            t - m.last <= 2 &&
            // (the noun opens the clause: بعد الهجوم قتلت القوات … has its subject after the verb)
            opensClause(ctx, m.first) &&
            !words.slice(m.last, t).some((w) => w.punct) &&
            !ctx.mentions.some((x) => x.last > m.last && x.first < t))),
    );
    if (noun) return { first: noun.first, sentenceBound: true, subject: true };
  }
  return undefined;
}

/** "قرب حدود الجزائر"، "على الحدود مع السودان": the place named is the neighbour across the border. */
function acrossBorder(ctx: SentenceContext, m: Mention): boolean {
  const { words } = ctx.view;
  const before = words[m.first - 1];
  if (ctx.cues.is(before, "border")) return true;
  return !!before && wordKey(before.text) === "مع" && ctx.cues.is(words[m.first - 2], "border");
}

/**
 * An attack that is the content of a charge (إثر إدانته بالهجوم على كمين، اتهمتها السلطات بتنفيذ التفجير) is the
 * charge's object: alleged, and told as the reason for the charge, not reported as news.
 */
function chargedAct(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  // بتهمة الإشراف على عمليات تعذيب وقتل، للاشتباه في انضمامهم للتنظيم والقتال، تهمة القتل غير العمد والحرق: what
  // a charge or a suspicion names, in its own clause, is alleged, not told as news (the charge itself is the event)
  if (match.entry.type !== "ACCUSE" && match.entry.type !== "SANCTION") {
    const at = ctx.cues.findLast(words, Math.max(0, match.first - 6), match.first, "charged_scope");
    if (at >= 0 && !words.slice(at, match.first).some((w) => w.punct && !/["«»“”]/.test(w.text))) return true;
  }
  if (match.entry.type === "ACCUSE") return false;
  const governed = (k: number) => !!words[k]?.readings.some((r) => r.prep === "ب");
  const by = governed(match.first) ? match.first : governed(match.first - 1) ? match.first - 1 : -1;
  // (دانت محكمة الجنح الرجلين بمحاولة قتل، اتهم تقرير للمنظمة جنودا نيجيريين وقوات الدفاع عن النفس، باغتصاب: the
  // court, the accuser and the accused, even a comma, may stand between)
  if (by >= 0 && (match.entry.pos === "noun" || by < match.first)) {
    const at = ctx.cues.findLast(words, Math.max(0, by - 10), by, "charge");
    if (at >= 0 && !words.slice(at, by).some((w) => w.punct && !isComma(w.text))) return true;
  }
  if (match.entry.type !== "ASSAULT" || match.entry.pos !== "noun") return false;
  // يشتبه في وقوفه وراء اغتيال الزواري، الجماعة التي تقف وراء الهجوم: who stands behind an act is asked of an act
  // already known, not told as news
  return wordKey(words[match.first - 1]?.text ?? "") === "وراء";
}

/**
 * "وكانت آخر غارة شنتها إسرائيل على غزة في 29 يوليو"، "وكان آخر هجوم كبير …": a sentence that opens with كان and
 * names the last event of its kind recalls an earlier event for background; the news is told elsewhere.
 */
function lastOfItsKind(ctx: SentenceContext): boolean {
  const { words } = ctx.view;
  const open = words.filter((w) => !w.punct).slice(0, 3);
  // (ويعود آخر هجوم كبير لبوكو حرام إلى أيار: "goes back to" recalls it too)
  if (
    !open[0]?.readings.some(
      (r) => r.key === "كان" || r.key === "كانت" || r.key === "يعود" || r.key === "تعود",
    )
  )
    return false;
  return open.some(
    (w, k) =>
      k > 0 &&
      w.readings.some((r) => r.key === "اخر") &&
      ctx.triggers.some((m) => m.entry.pos === "noun" && m.first === w.i + 1),
  );
}

/** Word k starts the sentence, follows punctuation, or follows أن/إن. */
function opensClause(ctx: SentenceContext, k: number): boolean {
  const prev = ctx.view.words[k - 1];
  return !prev || prev.punct || ctx.cues.is(prev, "complement");
}

/**
 * A noun trigger made definite by its article or, in a construct, by a definite noun after it that names no actor
 * or place (إطلاق النار، انفجار العبوة); "هجوم الجيش" is definite too, but its genitive is its actor.
 */
function definiteNoun(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.det) return true;
  const { words } = ctx.view;
  // قضية اختطاف رئيس اللجنة: the case of an event is the event already told
  if (ctx.cues.is(words[match.first - 1], "case_of")) return true;
  const lastWord = words[match.last - 1];
  if (match.last - match.first > 1 && lastWord?.readings.some((r) => r.det && !r.prep)) return true;
  const next = words[match.last];
  if (!next || next.punct || !next.readings.some((r) => r.det && !r.prep && !r.conj)) return false;
  return !ctx.mentions.some((m) => m.first <= match.last && match.last < m.last);
}

/** The speaker a reporting frame names in its own words (قال وزير الخارجية الروسي: the minister), if any. */
export function frameSpeakerMention(ctx: SentenceContext, frame: ReportFrame): Mention | undefined {
  return ctx.mentions.find(
    (m) => m.first > frame.at && m.first < frame.frameEnd && isActor(m) && !m.prep && !m.adjectival,
  );
}

/**
 * An indefinite noun of people (cue class `speaker_noun`: قادة، نواب، محامية، ناشطون …) right after a statement verb and
 * the nisba of a country after it, in the nominative (بريطانيون، هولندية; not بريطانيين nor أمريكيا): the
 * verb's subject, a speaker of that country named by the phrase.
 */
function nationalPeopleAfter(ctx: SentenceContext, match: TriggerMatch): Mention | undefined {
  const { words } = ctx.view;
  if (subjectInVerb(ctx, match)) return undefined;
  const head = words[match.last];
  if (!head || head.punct || !ctx.cues.is(head, "speaker_noun")) return undefined;
  if (head.readings.every((r) => r.det || r.prep || r.conj)) return undefined;
  const nisba = ctx.mentions.find((m) => m.adjectival && m.country && m.first === match.last + 1);
  if (!nisba || ctx.mentions.some((m) => m.first === match.last && !m.adjectival)) return undefined;
  const last = words[nisba.last - 1];
  if (!last || /(ين|ا|اً)$/.test(last.text)) return undefined;
  return phraseAgent(ctx, head.start, last.end, match.last, nisba.last, "person", nisba.country);
}

/** "His/her/their country", "his government": the speaker's own side (بلاده، بلادها، حكومته، دولتها). */
const OWN_SIDE = /^(بلاده|بلادها|بلادهم|بلادهما|حكومته|حكومتها|حكومتهم|دولته|دولتها)$/;

/** The speaker of the report whose content opens at word `cStart` (قال الوزير إن بلاده …): its mention, else its source. */
function ownSideSpeaker(ctx: SentenceContext, cStart: number): Mention | undefined {
  const frame = frameOpeningAt(ctx, cStart);
  if (!frame) return undefined;
  return frameSpeakerMention(ctx, frame) ?? frameSourceMention(frame, ctx.view.words);
}

/** The last report frame whose content opens at word `cStart` (قال الوزير إن | بلاده …). */
function frameOpeningAt(ctx: SentenceContext, cStart: number): ReportFrame | undefined {
  return ctx.frames.findLast((f) => f.contentStart === cStart);
}

/** A verb inflected for a plural subject (اتهموا، يطالبون): the subject is in the verb. */
function pluralInflected(w: Word | undefined): boolean {
  return /(وا|ون)$/.test(wordKey(w?.text ?? ""));
}

/**
 * The verb holds its subject, so no phrase after it is that subject: it carries an object pronoun (اتهمه: its subject
 * follows the pronoun), is in the first person plural (ندين) or is inflected for a plural (اتهموا المؤسسات).
 */
function subjectInVerb(ctx: SentenceContext, match: TriggerMatch): boolean {
  return !!match.pron || firstPersonPlural(match.entry) || pluralInflected(ctx.view.words[match.first]);
}

/** The actor mention that stands inside a report source's phrase (the source قال وزير الخارجية names), if any. */
export function actorInSource(mentions: Mention[], src: Source): Mention | undefined {
  return mentions.find((x) => x.start >= (src.start ?? 0) && x.end <= (src.end ?? 0) && isActor(x));
}

/** A frame's own source (the last of its chain) as a mention, when the text gives its span. */
function frameSourceMention(frame: ReportFrame, words: Word[]): Mention | undefined {
  const src = frame.chain[frame.chain.length - 1];
  return src && src.start !== undefined && src.end !== undefined ? sourceAsMention(src, words) : undefined;
}

export function sourceAsMention(src: Source, words: Word[]): Mention {
  const first = words.findIndex((w) => w.start === src.start);
  const last = words.findIndex((w) => w.end === src.end) + 1;
  return {
    start: src.start ?? 0,
    end: src.end ?? 0,
    first,
    last,
    text: src.name_ar,
    name_ar: src.name_ar,
    name_en: src.name_en ?? null,
    id: null,
    kind: src.kind === "person" ? "person" : null,
    country: null,
    source: "entity",
    place: null,
    state: false,
    prep: null,
    coordinated: false,
    adjectival: false,
  };
}

const STATEMENT_KINDS = new Set(["ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"]);
const DURING_IT = /^و?(خلال|اثناء)(ها|ه|هما|هم)$/;

/**
 * "نفذوا وقفة احتجاجية عبروا خلالها عن رفضهم للبرنامج"، "وقفة احتجاجية طالبوا خلالها بخلاص أجورهم": what protesters
 * voice during a protest named before in the sentence (خلالها، أثناءها within two words of the statement word, no
 * punctuation between) is the protest's own demand, told with it: no statement of its own.
 */
function voicedDuringProtest(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (!STATEMENT_KINDS.has(match.entry.type)) return false;
  const { words } = ctx.view;
  const t = match.first;
  let at = -1;
  for (let k = Math.max(0, t - 2); k <= Math.min(words.length - 1, match.last + 1); k++) {
    const w = words[k];
    if (w && !w.punct && DURING_IT.test(wordKey(w.text))) at = k;
  }
  if (at < 0 || words.slice(Math.min(at, t), Math.max(at, match.last)).some((w) => w.punct)) return false;
  const a = Math.min(at, t);
  const protest = ctx.triggers.findLast(
    (m) => m.last <= a && m.entry.type === "PROTEST" && m.entry.pos === "noun",
  );
  if (!protest) return false;
  return !words.slice(protest.last, a).some((w) => w.punct && HARD_BOUNDARY.has(w.text));
}

/**
 * A verb describing a standing state rather than an event: present-tense control verbs (تسيطر عليها = controls)
 * and present verbs in relative clauses (التي تدعم، الذي يقوده).
 */
function relativeDescription(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.tense !== "present" || match.fut) return false;
  if (match.entry.flags.has("seize")) return true;
  return ctx.cues.is(prevContent(ctx.view.words, match.first), "relative");
}

function hasToll(ctx: SentenceContext): boolean {
  ctx.tolls ??= findFatalities(ctx);
  return ctx.tolls.length > 0;
}

const tw = (words: Word[], t: number) => words[t]?.text ?? "";

/** The word before t, skipping quotes. */
function prevContent(words: Word[], t: number): Word | undefined {
  let k = t - 1;
  while (k >= 0 && words[k]?.punct && /["«»“”']/.test(words[k]?.text ?? "")) k--;
  return words[k];
}

/** After the last comma before t that does not just fence a source (، وفق الصحيفة ،). */
function lastFreeComma(ctx: SentenceContext, from: number, t: number): number {
  for (let i = t - 1; i >= from; i--) {
    const w = ctx.view.words[i];
    if (!w?.punct || !isComma(w.text)) continue;
    if (inFrame(ctx.frames, i - 1) || inFrame(ctx.frames, i + 1)) continue;
    // ، الأربعاء ،: a comma that only fences a time does not end the subject's phrase
    const isTime = (w: Word | undefined) =>
      !!w && (ctx.doc.times ?? []).some((x) => x.start <= w.start && w.end <= x.end);
    if (isTime(ctx.view.words[i - 1]) || isTime(ctx.view.words[i + 1])) continue;
    // يؤدي وزير الخارجية الإيطالي، باولو جانتلوني، زيارة: a name fenced by two commas is an apposition
    const fenced = ctx.mentions.find((m) => m.first === i + 1 && m.kind === "person");
    const after = fenced ? ctx.view.words[fenced.last] : undefined;
    if (fenced && after?.punct && isComma(after.text)) continue;
    return i + 1;
  }
  return from;
}

/**
 * Who a protest told without its actor is by, from its sentence (cue classes `organiser`, `took_to`): the one
 * named right after من تنظيم، بدعوة من، تلبية لدعوة (مسيرة من تنظيم عمادة المهندسين، إضراب عام تلبية لدعوة
 * النقابات), else the subject of a verb of taking to the streets (نزل عشرات الآلاف من الأشخاص إلى الشوارع في
 * مسيرات: a crowd counted with من is its noun). None when the sentence names neither: the text must give it.
 */
function protestOrganiser(ctx: SentenceContext, t: number): Mention | undefined {
  const { words } = ctx.view;
  const usable = (m: Mention) =>
    isActor(m) && !m.adjectival && !m.place && !m.state && !inFrame(ctx.frames, m.first);
  // (people or a body of them: not a government nor a force, which call no strike)
  const organises = (m: Mention) => usable(m) && PROTESTING_KINDS.has(m.kind ?? "");
  for (let k = 0; k < words.length; k++) {
    const n = ctx.cues.at(words, k, "organiser");
    if (!n) continue;
    const m = ctx.mentions.find((x) => x.first === k + n && organises(x));
    if (m) return m;
  }
  // (before the protest, in its clause: خرج رئيس الحكومة من الاجتماع، فيما تواصل الإضراب is no one's march)
  for (let k = clauseStart(ctx, t); k < t; k++) {
    if (!ctx.cues.is(words[k], "took_to")) continue;
    const end = untimedAhead(ctx, k + 1, 4);
    const m = ctx.mentions.find(
      (x) =>
        x.first > k &&
        x.first < Math.min(end, t) &&
        usable(x) &&
        x.kind === "civilians" &&
        (!x.prep || (x.prep === "من" && ctx.cues.is(words[x.first - 2], "crowd")) || quantified(ctx, x)),
    );
    if (m) return m;
  }
  return undefined;
}

const PROTESTING_KINDS = new Set(["civilians", "organization", "person"]);

/**
 * The doer a relative clause on an event noun names (الاتفاق الذي وقعه زعماء الجماعات، إضراب ينفذه الأعوان، الهجوم
 * الذي شنه مسلحون): within two words after the noun (its adjective, a relative pronoun), a verb of doing (cue class
 * `relative_doer`; not أصدر or فرض, whose decision is the background of the news) with a pronoun suffix, and a bare
 * actor starting within three words after it. Not a verb of undergoing (الهجوم الذي تعرض له: the one it befalls).
 */
function relativeDoer(ctx: SentenceContext, after: number): Mention | undefined {
  const { words } = ctx.view;
  const { cues } = ctx;
  for (let j = after; j < Math.min(words.length, after + 3); j++) {
    const w = words[j];
    if (!w || w.punct) return undefined;
    if (cues.is(w, "relative")) continue;
    const doing = w.readings.some((r) => r.pron && !r.det) && cues.is(w, "relative_doer");
    if (!doing) continue;
    return ctx.mentions.find(
      (m) => m.first > j && m.first <= j + 3 && !m.prep && !m.adjectival && isActor(m) && !m.place,
    );
  }
  return undefined;
}

/**
 * Who protests by an act told with the accusative of purpose (cue class `protest_purpose`: قام التجار بإغلاق
 * الطريق احتجاجا على …، عاد عدد من السكان إلى قطع الطريق، احتجاجا على …): the subject of the clause it qualifies,
 * the first people or body of them the clause names before it (after the reporting frame that tells it: أن …), bare
 * or counted (عدد من السكان، عشرات من القضاة). Officials count when named as a body of people (cue class
 * `protesting_officials`: غادر دبلوماسيون القاعة احتجاجا), not an office or an institution (استدعت الوزارة السفير احتجاجا).
 */
function protestPurposeSubject(ctx: SentenceContext, t: number): Mention | undefined {
  const { words } = ctx.view;
  const { cues } = ctx;
  if (!cues.is(words[t], "protest_purpose")) return undefined;
  const start = Math.max(0, ...ctx.frames.filter((f) => f.contentStart <= t).map((f) => f.contentStart));
  return ctx.mentions.find(
    (m) =>
      m.first >= start &&
      m.last <= t &&
      isActor(m) &&
      !m.adjectival &&
      !m.place &&
      !m.state &&
      !inFrame(ctx.frames, m.first) &&
      (PROTESTING_KINDS.has(m.kind ?? "") ||
        (m.kind === "government" && cues.is(words[m.first], "protesting_officials"))) &&
      (!m.prep ||
        quantified(ctx, m) ||
        (m.prep === "من" &&
          (cues.is(words[m.first - 2], "quantifier") || cues.is(words[m.first - 2], "crowd")))),
  );
}

/** "عدد من الضباط": a quantified noun phrase is a bare subject. */
function quantified(ctx: SentenceContext, m: Mention): boolean {
  return m.prep === null && m.first > 0 && ctx.cues.is(ctx.view.words[m.first - 1], "quantifier");
}

/** Words that modify a noun trigger without ending its phrase: mode adjectives (العسكرية), وشيك. */
function isModifier(ctx: SentenceContext, w: Word): boolean {
  for (const cls of ["mode:military", "mode:intelligence", "mode:security", "mode:economic", "planned_adj"])
    if (ctx.cues.is(w, cls)) return true;
  return false;
}

/** قتل، اعتقل، أصيب ... are written alike in both voices: a victim or a number right after reads passive. */
/** A killing verb followed straight by في/جراء/خلال + an event word or by an agent marker (قتلوا في هجوم). */
function diedIn(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (!match.entry.flags.has("victim")) return false;
  const { words } = ctx.view;
  const next = words[match.last];
  if (!next) return false;
  if (ctx.cues.at(words, match.last, "agent_marker") > 0) return true;
  const prep = ctx.cues.which(next, "prep") ?? wordKey(next.text);
  let k = match.last + 1;
  while (words[k]?.punct && /["«»“”]/.test(words[k]?.text ?? "")) k++;
  return ["في", "جراء", "خلال", "اثر"].includes(prep) && ctx.triggers.some((m) => m.first === k);
}

function isVictimPassive(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (!match.entry.flags.has("victim")) return false;
  const w = ctx.view.words[match.first];
  if (w && /^[\u0621-\u064A]\u064F/.test(w.text)) return true; // قُتل written with its damma
  const next = ctx.view.words[match.last];
  if (!next) return false;
  if (next.token.kind === "number" || next.token.value !== undefined) return true;
  // قتلوا في الغارة، قتل جراء القصف، أصيب برصاص
  if (["في", "جراء", "خلال", "اثر", "بعد"].includes(ctx.cues.which(next, "prep") ?? wordKey(next.text)))
    return true;
  if (ctx.cues.at(ctx.view.words, match.last, "agent_marker") > 0) return true;
  // (قتلت مجموعة إرهابية جنديا: a group word an armed adjective follows names the band that acts)
  if (ctx.cues.is(next, "quantifier") && ctx.cues.is(ctx.view.words[match.last + 1], "armed_adjective"))
    return false;
  return ctx.cues.is(next, "person") || ctx.cues.is(next, "quantifier");
}

/** The index of the word before t that carries its modality: quotes and قد/سوف/تم and the like skipped. */
function modalSlotBefore(ctx: SentenceContext, t: number): number {
  const { words } = ctx.view;
  let p = t - 1;
  while (p >= 0 && words[p]?.punct && /["«»“”']/.test(words[p]?.text ?? "")) p--;
  while (
    p >= 0 &&
    words[p] &&
    ["قد", "سوف", "تم", "يتم", "جري", "يجري", "ان"].includes(wordKey(words[p]?.text ?? ""))
  )
    p--;
  return p;
}

/** A battle or a confrontation (معركة، معارك، مواجهة، مواجهات), the nouns an adjective may make a fight of words. */
const BATTLE_NOUN = /معرك|معارك|مواجه/;

/** Measures an authority takes by deciding them (قررت المحكمة إخلاء سبيله، قرر الوزير إيقافه عن العمل). */
const DECIDED_TYPES = new Set<string>(["SANCTION", "COERCE", "RETREAT", "REJECT", "ACCUSE"]);

function readModality(
  ctx: SentenceContext,
  match: TriggerMatch,
  leftStart: number,
  cStart: number,
): Modality | null {
  const { words } = ctx.view;
  const { cues } = ctx;
  const t = match.first;
  const entry = match.entry;
  const p = modalSlotBefore(ctx, t);
  const prev = words[p];
  const prevKey = prev
    ? (prev.readings.find((r) => !r.det && !r.pron && !r.prep)?.key ?? wordKey(prev.text))
    : "";
  // لم تطلق الشرطة النار على، لم يشن الجيش أي غارة: a noun's light verb carries the negation for the noun it
  // governs (its object, with only the subject between; لم تعلن جهة مسؤوليتها عن الهجوم governs no attack)
  const light =
    entry.pos === "noun" && !match.prep ? cues.findLast(words, Math.max(cStart, t - 4), t, "light") : -1;
  const governs =
    light >= 0 &&
    words
      .slice(light + 1, t)
      .every((w) => !w.punct && !cues.is(w, "prep") && !w.readings.every((r) => r.prep));
  const lightPrev = governs ? words[modalSlotBefore(ctx, light)] : undefined;
  const negated =
    (prev && cues.is(prev, "negation") && !(prevKey === "ما" && match.entry.tense !== "past")) ||
    (entry.pos === "noun" && prevKey === "عدم") ||
    (lightPrev !== undefined && cues.is(lightPrev, "negation") && wordKey(lightPrev.text) !== "ما");
  const sentenceStart = 0;
  // نفى الجيش قصف المدينة: the denial governs the event near it, not every event of the sentence
  const denial = cues.findLast(words, Math.max(sentenceStart, t - 8), t, "denial") >= 0;
  if (denial) return "denied";
  if (negated) return null;
  // فجر اليوم، في فجر الأحد: the dawn, not "blew up"
  if (entry.lemma === "فجر" && entry.pos === "verb" && !match.pron) {
    const next = words[match.last];
    if (
      wordKey(tw(words, t)) === "فجر" &&
      (!next || next.readings.some((r) => r.det) || cues.is(next, "time_word") || cues.is(prev, "prep"))
    )
      return null;
  }
  // الاحتلال، التحرير alone name a power or a cause; only the indefinite noun is the act
  if (entry.flags.has("nodet") && match.det) return null;
  // هذه التظاهرة: a demonstrative points back at something told before
  if (entry.pos === "noun" && prev && cues.is(prev, "demonstrative")) return null;
  // بمركز الإيقاف، مراكز تدريب لعناصرها، معسكر اعتقال: a task noun after the site it is done at, in a construct (the
  // head without the article), names the site's function, no act (a campaign keeps its act: حملة اعتقال واسعة)
  if (entry.pos === "noun" && !match.prep && siteOfTask(ctx, t - 1)) return null;
  // رفضت المحكمة طلب التسليم، رفضت محكمة الاستئناف يوم الأربعاء طلبا ثانيا بإخلاء السبيل: a request named as what a
  // rejection or an acceptance in the same clause is about is that decision's object (the noun, not the verb
  // طلب), no request of its own
  if (entry.type === "REQUEST" && entry.pos === "verb") {
    const decided = ctx.triggers.some(
      (m) =>
        m !== match &&
        (m.entry.type === "REJECT" || m.entry.type === "AGREE") &&
        m.last <= t &&
        t - m.last <= 7 &&
        !words.slice(m.last, t).some((w) => isComma(w.text) || cues.is(w, "complement")),
    );
    if (decided) return null;
  }
  // deaths in a fire or a crash are no attack
  // (حادث سقوط حافلة في واد: a fall, the word for a town taken, is no attack word beside an accident)
  if (entry.type === "ASSAULT" && (entry.flags.has("victim") || entry.flags.has("passive"))) {
    const attackWord = ctx.triggers.some((m) => m !== match && isAttackWord(m) && !fuelBlast(ctx, m));
    if (!attackWord && cues.find(words, 0, words.length, "accident") >= 0) {
      if (ctx.accident) ctx.accident.told = true;
      return null;
    }
    // (once an article has told deaths of an accident, its later tolls with no attack word and no attacker in
    // their sentence tell more of the same deaths: "لقد قتل 31 شخصا في المكان وتوفي تسعة آخرون في مستشفيين")
    if (warToll(ctx, match)) return null;
    if (!attackWord && (accidentCause(ctx, match) || (ctx.accident?.told && !namesAttacker(ctx)))) {
      if (ctx.accident) ctx.accident.told = true;
      return null;
    }
  }
  if (fuelBlast(ctx, match)) {
    if (ctx.accident) ctx.accident.told = true;
    return null;
  }
  // generic statements: أي هجوم، كل الهجمات، هجمات سابقة
  if (prev && cues.is(prev, "generic") && p >= t - 1) return null;
  // هجمات سابقة، غارات مماثلة سابقة: earlier attacks in general
  for (let k = match.last; k < Math.min(words.length, match.last + 3); k++) {
    const key = wordKey(words[k]?.text ?? "");
    if (key === "سابقه" || key === "السابقه") return null;
  }

  // المخاوف من هجمات إيرانية، شهدت في الآونة الأخيرة هجمات عدة، ضحايا هجمات إيتا، يخططون لشن هجمات: "attacks" in
  // the plural, carried out by no light verb (شن مسلحون هجمات، هجمات نفذها) and dated by nothing right after them
  // (هجمات الجمعة الماضية),
  // name a pattern or a threat, no single attack told as news (a raid's plural, غارات, is left alone: it is
  // mostly news)
  if (
    entry.type === "ASSAULT" &&
    entry.pos === "noun" &&
    !match.pron &&
    (words[t]?.readings ?? []).some((r) => !r.pron && PLURAL_ATTACKS.has(r.key)) &&
    cues.findLast(words, Math.max(cStart, t - 8), t, "light") < 0 &&
    cues.find(words, match.last, Math.min(words.length, match.last + 3), "light") < 0 &&
    !timeRightAfter(ctx, match)
  )
    return null;
  // معركة قضائية، المعركة القانونية، مواجهة انتخابية: a battle or a confrontation called judicial, legal, political,
  // electoral, economic or diplomatic (`bloodless` right after the noun) is fought with no violence: no attack (the
  // battle nouns only: مقتل السياسي is a politician's killing)
  if (
    entry.type === "ASSAULT" &&
    entry.pos === "noun" &&
    BATTLE_NOUN.test(words[t]?.text ?? "") &&
    cues.is(words[match.last], "bloodless")
  )
    return null;
  // عشرات الهجمات، العديد من الغارات: a count of many events is no event
  if (entry.pos === "noun" && cues.findLast(words, Math.max(0, t - 3), t, "many") >= 0) {
    const k = cues.findLast(words, Math.max(0, t - 3), t, "many");
    // (شارك آلاف الأشخاص في مسيرة، خرج المئات في مظاهرات: a preposition between counts the people, not the events)
    const counted = words.slice(k + 1, t).some((w) => {
      const prep = cues.which(w, "prep");
      return prep !== null && prep !== "من";
    });
    if (!words.slice(k, t).some((w) => w.punct) && !counted) return null;
  }
  // منذ بداية العام، منذ ثلاث سنوات، منذ 2013، منذ ذلك الحين: a running total or a habit since a long-past start is
  // no event (منذ مساء أمس dates the event itself and is kept)
  {
    const a = Math.max(cStart, t - 8);
    const b = Math.min(words.length, match.last + 8);
    for (let k = a; k < b; k++) {
      if (wordKey(words[k]?.text ?? "") !== "منذ") continue;
      const span = [1, 2, 3].some(
        (d) => cues.at(words, k + d, "since_long") > 0 || /^\d{4}$/.test(words[k + d]?.text ?? ""),
      );
      const lo = Math.min(k, t);
      const hi = Math.max(k, match.last);
      const sameClause = !words.slice(lo, hi).some((w) => w.punct && !isComma(w.text));
      if (span && sameClause) return null;
    }
  }
  // اللقاء الذي كان مقررا أن يجمعه: what was scheduled, told so, did not take place as planned
  if (
    entry.pos === "noun" &&
    (cues.find(words, match.last, Math.min(words.length, match.last + 4), "was_planned") >= 0 ||
      cues.findLast(words, Math.max(0, t - 5), t, "was_planned") >= 0)
  )
    return null;
  // لم يتمكن من تفجيره، لم تستطع اقتحام: a negated "could" negates what it governs
  {
    const ableAt = cues.findLast(words, Math.max(0, t - 3), t, "able");
    if (ableAt > 0 && cues.is(words[ableAt - 1], "negation")) return null;
  }
  // وفي حال أدانت المحكمة، إذا هاجمت إسرائيل: a condition has not happened (a threat may still be made in one)
  // (an aside in parentheses neither closes the condition nor counts in its reach: لو لم يكن ابني الأكبر نبيل
  // (25 عاما) قد توجه)
  const conditionAt = cues.findLast(
    words,
    Math.max(cStart, t - 6 - parenthesised(words, t - 12, t)),
    t,
    "conditional",
  );
  if (
    entry.type !== "THREATEN" &&
    conditionAt >= 0 &&
    !words.slice(conditionAt, t).some((w) => w.punct && !/^["«»“”()]+$/.test(w.text))
  )
    return null;

  // threats: هدد بقصف ... is a THREATEN event; the attack itself is not coded
  if (entry.type !== "THREATEN" && cues.findLast(words, Math.max(leftStart, t - 4), t, "threatened") >= 0)
    return null;

  // لم يكن ينوي قتل الصحفي، لا تعتزم الحكومة نشر قوات: an intention denied is no plan (the negation may stand before
  // a `copula`, the word itself, as written)
  {
    const intent = cues.findLast(words, Math.max(cStart, t - 6), t, "planned");
    const before =
      intent > 0 && cues.hasKey(wordKey(words[intent - 1]?.text ?? ""), "copula") ? intent - 2 : intent - 1;
    if (intent > 0 && before >= 0 && cues.is(words[before], "negation")) return null;
  }
  // قررت النيابة حبس أربعة أمناء شرطة، قرر النائب العام إخلاء سبيل نجل الرئيس: a measure an authority decided (a
  // sentence, an arrest, a release, a suspension, a refusal, a complaint) is taken by the decision, not planned (a
  // date after publication still makes it planned: readCandidate)
  const plannedAt = cues.findLast(words, Math.max(cStart, t - 6), t, "planned");
  const decidedMeasure =
    plannedAt >= 0 && cues.is(words[plannedAt], "decided") && DECIDED_TYPES.has(entry.type);
  const plannedNear =
    plannedAt >= 0 ||
    (entry.pos === "noun" && cues.find(words, match.last, match.last + 3, "planned_adj") >= 0);
  const govFuture =
    entry.pos === "noun" &&
    match.prep === "ل" &&
    !!prev &&
    prev.readings.some((r) => r.fut) &&
    !prev.readings.some((r) => r.det);
  const future = match.fut || prevKey === "سوف" || govFuture;
  // رفضت المحكمة الإفراج، فشل مفاوضات إطلاق سراح: the noun names what did not happen
  if (entry.pos === "noun" && cues.findLast(words, Math.max(cStart, t - 3), t, "blocked") >= 0) return null;
  // مقابل الإفراج عن الجنديين، العمل على إطلاق سراح المساجين، سيلتمس الإفراج عن الوزير: a release named as what is
  // sought, bargained for or called for (`sought`, in its clause, up to four words before) has not happened
  if (entry.type === "RETREAT" && entry.mode === "release" && entry.pos === "noun") {
    const at = cues.findLast(words, Math.max(cStart, t - 4), t, "sought");
    if (at >= 0 && !words.slice(at, t).some((w) => w.punct)) return null;
  }
  // رافضة عرض الرئيس إجراء محادثات سلام: what is offered or proposed has not happened
  // (the offer's own noun phrase may stand between: عرض رئيس البلاد أشرف عبد الغني إجراء محادثات)
  const offerAt = cues.findLast(words, Math.max(cStart, t - 8), t, "offer");
  // (أصدر أمرا ملكيا يقضي بإعفاء، قرارا يقضي بضبط وإيقاف: what a decree, a decision or a ruling provides for is done
  // by it, no offer; an adjective may stand between, أمرا ملكيا — session 20)
  const decreed =
    offerAt > 0 &&
    cues.is(words[offerAt], "provides") &&
    cues.findLast(words, Math.max(0, offerAt - 2), offerAt, "decree") >= 0;
  if (entry.pos === "noun" && offerAt >= 0 && !decreed && !words.slice(offerAt, t).some((w) => w.punct))
    return null;
  // الزيارة ألغيت، زيارة إدوار فيليب ألغيت: a meeting cancelled after it is named did not happen
  if (
    entry.pos === "noun" &&
    (entry.type === "CONSULT" || entry.type === "AGREE") &&
    cues.find(words, match.last, Math.min(words.length, match.last + 5), "cancelled") >= 0
  )
    return null;
  // a bare تدخل is an event only when planned or military
  if (
    entry.flags.has("weak") &&
    !plannedNear &&
    !future &&
    cues.find(words, match.last, match.last + 2, "military") < 0 &&
    entry.words.length === 1
  )
    return null;

  // a noun after a purpose or frame phrase (من أجل التنسيق، في إطار التعاون، لمواجهة) is not a separate event
  if (entry.pos === "noun" && !plannedNear && !future) {
    if (isFramed(ctx, match, leftStart)) return null;
  }
  if (future || plannedNear) return decidedMeasure && !future ? "asserted" : "planned";
  const possibleAt = cues.findLast(words, Math.max(leftStart, t - 4), t, "possible");
  // قد + past is "has done" (asserted); قد + present is "may do"
  const qad = possibleAt >= 0 && words[possibleAt]?.stems.has("قد");
  const afterQad = qad ? words[possibleAt + 1] : undefined;
  const possibleNear =
    possibleAt >= 0 &&
    (!qad ||
      (!!afterQad &&
        /^[يتن]/.test(wordKey(afterQad.text).replace(/^[وف]/, "")) &&
        !(afterQad === words[t] && entry.tense === "past")));
  if (possibleNear) return "possible";
  const claim = cues.findLast(words, cStart, t + 3, "claim") >= 0;
  return claim ? "claimed" : "asserted";
}

/** How many words among [a, b) stand inside parentheses, the parentheses included. */
function parenthesised(words: Word[], a: number, b: number): number {
  let n = 0;
  let depth = 0;
  for (let k = Math.max(0, a); k < b; k++) {
    const text = words[k]?.text ?? "";
    if (text.includes("(")) depth++;
    if (depth > 0) n++;
    if (text.includes(")")) depth = Math.max(0, depth - 1);
  }
  return n;
}

/**
 * An attack noun that is what someone claims: right after مسؤولية (عن) (أعلن التنظيم مسؤوليته عن الهجوم) or the
 * object of a claim verb (تبنت الحركة التفجير).
 */
function claimedAttack(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const t = match.first;
  const before = prevContent(words, t);
  const beforeThat = before ? prevContent(words, before.i) : undefined;
  if (ctx.cues.is(before, "responsibility")) return true;
  if (wordKey(before?.text ?? "") === "عن" && ctx.cues.is(beforeThat, "responsibility")) return true;
  return ctx.cues.findLast(words, Math.max(0, t - 6), t, "claim") >= 0;
}

/**
 * Whether the one word at [from, to) is an indefinite noun that is an object, not a speaker: a verbal noun of a derived
 * stem, a sound feminine plural that is no nisba, a decree (قرار، مرسوم) or an event noun (ترشيح، مصافحة، تصرفات، هجوم).
 */
function objectInConstruct(ctx: SentenceContext, from: number, to: number): boolean {
  const w = ctx.view.words[from];
  if (to - from !== 1 || !w || w.punct || w.readings.some((r) => r.det || r.prep || r.pron)) return false;
  const stem = w.text.replace(/[\u064B-\u065F\u0640]/g, "");
  if (thingsPlural(stem)) return true;
  return verbalNounShaped(stem) || ctx.cues.is(w, "decree") || isTriggerWord(ctx, w);
}

function isTriggerWord(ctx: SentenceContext, w: Word): boolean {
  return ctx.triggers.some((m) => ctx.view.words[m.first] === w);
}

function isFramed(ctx: SentenceContext, match: TriggerMatch, leftStart: number): boolean {
  const { words } = ctx.view;
  const t = match.first;
  // (تعرض المقر لهجوم، تصدت الدفاعات لغارات: what one undergoes or confronts took place)
  if (match.prep === "ل")
    return (
      ctx.cues.findLast(words, Math.max(leftStart, t - 8), t, "reach") < 0 &&
      ctx.cues.findLast(words, Math.max(leftStart, t - 8), t, "undergo") < 0
    );
  // بالتعاون مع، بالتنسيق مع: manner, not an event (but أفاد بمقتل reports one)
  if (match.prep === "ب" && match.entry.flags.has("sym")) return true;
  // للمساعدة في تدريب، لتنفيذ ضربات، لسياسة انسحاب: a noun governed by a purpose (ل + verbal noun) is no event
  for (const k of [t - 1, t - 2]) {
    const w = words[k];
    if (!w || k < leftStart || w.punct) break;
    if (k === t - 2 && !ctx.cues.is(words[t - 1], "prep")) break;
    const purpose =
      /^[وف]?ل/.test(wordKey(w.text)) &&
      w.readings.some((r) => r.prep === "ل" && r.key.length >= 4 && !r.pron) &&
      !isTriggerWord(ctx, w) &&
      !ctx.mentions.some((m) => m.first <= k && k < m.last);
    if (purpose) return true;
  }
  for (let back = 1; back <= 3; back++) {
    const k = t - back;
    if (k < leftStart) break;
    const n = ctx.cues.at(words, k, "frame");
    if (n > 0 && k + n >= t - 1) return true;
  }
  // و + a noun coordinated with a framed trigger (في إطار التعاون والتنسيق)
  const prevTrig = [...ctx.triggers].reverse().find((m) => m.last <= t);
  if (prevTrig && match.conj && prevTrig.last === t && prevTrig.entry.pos === "noun")
    return isFramed(ctx, prevTrig, clauseStart(ctx, prevTrig.first));
  return false;
}

function readMode(ctx: SentenceContext, match: TriggerMatch, rightEnd: number): string | null {
  const entry = match.entry;
  const adjustable = ["COOPERATE", "AGREE", "AID", "CONSULT", "MOBILIZE"].includes(entry.type);
  if (adjustable) {
    for (let k = match.last; k < Math.min(rightEnd, match.last + 3); k++) {
      const w = ctx.view.words[k];
      if (!w) break;
      for (const mode of ["intelligence", "military", "security", "economic"])
        if (ctx.cues.is(w, `mode:${mode}`)) return entry.type === "CONSULT" && entry.mode ? entry.mode : mode;
    }
  }
  return entry.mode;
}

/**
 * Where the event's own clause ends for its place, right of the trigger at t: at a charge or suspicion
 * (اعتقلت الشرطة الإيطالية 3 أشخاص للاشتباه في تهريب أسلحة إلى ليبيا، بتهمة التخابر مع إسرائيل) and at a relative
 * clause on someone or something other than the event (أفرجت محكمة تركية عن القس، الذي أثار أزمة بين واشنطن
 * وأنقرة): the places there are the alleged act's or the person's, not the event's. A relative clause on the event
 * itself (الهجوم الذي وقع في كابول) still tells where it happened.
 */
function governedClauseEnd(ctx: SentenceContext, t: number, rightEnd: number, attack: boolean): number {
  const { words } = ctx.view;
  for (let k = t + 1; k < rightEnd; k++) {
    const w = words[k];
    if (!w || w.punct) continue;
    if (ctx.cues.is(w, "charge") || ctx.cues.is(w, "suspicion")) return k;
    // طرد دبلوماسيين ردا على إجراء مماثل على خلفية تسميم جاسوس في بريطانيا: a cause is told with its own place (an
    // attack's cause, قتل ثلاثة إثر انفجار في بغداد, happened where the attack did)
    if (!attack && ctx.cues.at(words, k, "cause") > 0) return k;
    // ألقت الشرطة القبض على قس، كان يعمل في سفارة لدى الولايات المتحدة: كان after a comma describes the one named
    if (isComma(words[k - 1]?.text) && ["كان", "كانت"].includes(wordKey(w.text))) return k;
    if (ctx.cues.is(w, "relative") && wordKey(w.text) !== "ما") {
      let a = k - 1;
      while (a > t && words[a]?.punct) a--;
      const antecedent = words[a];
      const onEvent = a <= t + 1 || (!!antecedent && isTriggerWord(ctx, antecedent));
      if (!onEvent) return k;
    }
  }
  return rightEnd;
}

/** A mention's preposition, or for a conjunct without its own that of the first conjunct (إلى إيران وليبيا). */
function coordinatedPrep(mentions: Mention[], m: Mention): string | null {
  if (m.prep || !m.coordinated) return m.prep;
  let k = mentions.indexOf(m);
  while (k > 0 && mentions[k]?.coordinated) k--;
  return mentions[k]?.prep ?? null;
}

const DIRECTION_PREPS = new Set(["باتجاه", "اتجاه", "تجاه", "نحو", "صوب"]);

interface PlacePick {
  mention: Mention | null;
  inClause: boolean;
}

function pickPlace(
  ctx: SentenceContext,
  leftStart: number,
  rightEnd: number,
  t: number,
  actor1: Mention[],
  visitPlace: Mention | null,
  bareStatesAreParties: boolean,
): PlacePick {
  if (visitPlace) return { mention: visitPlace, inClause: true };
  // اتهم فيلق الرحمن روسيا، رفضت الحكومة الاقتراح الفرنسي …: a country named without a preposition after the
  // trigger is a party or the topic, not where the event happens (only an attack's bare object, قصفت تركيا سوريا,
  // is the territory it hits)
  // (nor, for any event, a country named with ل: المليشيات الموالية لإيران is loyal to Iran, not in it)
  const bareState = (m: Mention) =>
    (bareStatesAreParties && m.state && !coordinatedPrep(ctx.mentions, m)) ||
    (m.state && coordinatedPrep(ctx.mentions, m) === "ل");
  // a destination or origin is not where the event happens, nor (but for an attack's aim: صواريخ باتجاه إسرائيل)
  // a direction (ضبط خرطوشة لدى مسافرة تقدمت للسفر باتجاه باريس)
  const awayTo = (prep: string | null) =>
    prep === "الي" || prep === "من" || (bareStatesAreParties && !!prep && DIRECTION_PREPS.has(prep));
  const places = ctx.mentions.filter(
    (m) =>
      (m.place || m.state) &&
      !actor1.includes(m) &&
      !m.adjectival &&
      !ctx.strayPlace?.(m) &&
      !acrossBorder(ctx, m),
  );
  // right of the trigger any place but a destination or origin, up to a charge or a description of someone;
  // left of it only "في/بـ X"
  const ownEnd = Math.min(rightEnd, governedClauseEnd(ctx, t, rightEnd, !bareStatesAreParties));
  const scoped = places.filter(
    (m) =>
      (m.first > t && m.first < ownEnd && !bareState(m) && !awayTo(coordinatedPrep(ctx.mentions, m))) ||
      (m.first >= leftStart && m.first < t && (m.prep === "في" || m.prep === "ب")) ||
      // تشهد مدينة كيمنتس تظاهرات: the bare subject of شهد is where it happens
      (m.first >= leftStart &&
        m.first < t &&
        !m.prep &&
        ctx.cues.find(ctx.view.words, m.first - 2, m.first, "witness") >= 0),
  );
  const byPreference = (list: Mention[]) =>
    list.find((m) => m.prep === "في" || m.prep === "ب") ??
    list.find((m) => m.first > t) ??
    list[list.length - 1] ??
    null;
  const inClause = byPreference(scoped);
  if (inClause) return { mention: inClause, inClause: true };
  // (not from a clause that opens after the event's own: اعتقلت رجلا تعتقد أنه كان مسؤولا في داعش في سوريا، nor
  // from a charge: أوقفت الشرطة شابا بتهمة القتال في سوريا)
  const { words } = ctx.view;
  let nested = words.length;
  for (let k = t + 1; k < words.length; k++)
    if (
      ctx.cues.is(words[k], "complement") ||
      ctx.cues.is(words[k], "relative") ||
      ctx.cues.is(words[k], "charge") ||
      ctx.cues.is(words[k], "suspicion") ||
      (bareStatesAreParties && ctx.cues.at(words, k, "cause") > 0)
    ) {
      nested = k;
      break;
    }
  // (nor, but for an attack, from the reporting clause whose content tells the event: وقال هولاند في بروكسل إنه
  // سيستقبل النقابات is no meeting in Brussels; an attack's toll told by officials on the spot, قالت وزارة الصحة في غزة
  // إن …, keeps their place)
  const reportedFrom = (m: Mention) =>
    bareStatesAreParties &&
    ctx.frames.some(
      (f) => f.contentStart >= 0 && f.contentStart <= t && f.at <= m.first && m.first < f.contentStart,
    );
  const inSentence = byPreference(
    places.filter((m) => (!m.state || m.prep === "في") && m.first < nested && !reportedFrom(m)),
  );
  return { mention: inSentence, inClause: false };
}

/**
 * The date of the event: the dates stage's clause date (timeForClause, ACLED-style values), skipping times that
 * date a source frame (وفق ما أعلنت السلطات السبت) rather than the event. Null when the sentence gives none.
 */
function pickDate(ctx: SentenceContext, t: number, last: number, rightEnd: number): TimeExpression | null {
  const { words } = ctx.view;
  const skip: Span[] = [];
  /** Times that date an announcement whose content is a noun (أعلنت السلطات، الخميس، مقتل): the fallback. */
  const announced: Span[] = [];
  // زيارة كان يفترض أن يجريها في 31 أيار: a time in a clause that opens after the event's clause dates that clause
  const next = words[rightEnd];
  if (next && (ctx.cues.is(next, "complement") || ctx.cues.is(next, "relative")))
    skip.push({ start: next.start, end: ctx.view.end });
  // مذكرة توقيف بحق رجل يشتبه بتواطئه في الاعتداء الذي استهدف سوقا في برلين في 2016، دعا الرئيس منانغاغوا الذي
  // خلف موغابي في نوفمبر إلى الهدوء: a time in a relative clause on a later word dates what that clause tells, not the
  // event (up to the clause's comma or full stop); one set off by a comma may still tell of the event's own phrase
  // (تبنى التنظيم عملية الدهس في سوق الميلاد، الذي وقع مساء أمس)
  for (let k = last + 1; k < words.length; k++) {
    if (!ctx.cues.is(words[k], "relative_pronoun") || isComma(words[k - 1]?.text)) continue;
    let end = k + 1;
    while (
      end < words.length &&
      !(words[end]?.punct && (HARD_BOUNDARY.has(words[end]!.text) || isComma(words[end]!.text)))
    )
      end++;
    skip.push({ start: words[k]!.start, end: words[end - 1]!.end });
  }
  for (const f of ctx.frames) {
    const start = words[f.at]?.start ?? 0;
    const frameEnd = words[Math.max(f.at, f.frameEnd - 1)]?.end ?? 0;
    const content = words[f.contentStart]?.start ?? Number.POSITIVE_INFINITY;
    // the frame's own words, and a time just after them that still precedes the reported content
    const own = { start, end: Math.min(frameEnd + 40, content) };
    skip.push(own);
    const opener = words[f.contentStart - 1];
    if (f.contentStart > 0 && !(ctx.cues.is(opener, "complement") || opener?.text === ":"))
      announced.push(own);
  }
  const span = { start: words[t]?.start ?? ctx.view.start, end: words[last - 1]?.end ?? ctx.view.end };
  // an event announced without أن (أعلنت حركة طالبان، الأربعاء، بدء هجوم) happens when it is announced,
  // unless its own clause dates it
  const found =
    timeForClause(ctx.doc, span, { skip }) ??
    (announced.length
      ? timeForClause(ctx.doc, span, { skip: skip.filter((x) => !announced.includes(x)) })
      : null);
  if (!found) return null;
  return {
    start: found.start,
    end: found.end,
    text: found.text,
    type: "DATE",
    value: found.value,
    precision: found.precision,
    ...(found.approximate ? { approximate: true } : {}),
  };
}

/** A death toll and the word that says "dead" (the toll goes to the attack told nearest before that word). */
export interface Toll extends Fatalities {
  cue: number;
}

/** Words that may stand between a death word and its number: مقتل ما لا يقل عن 13، لقي 3 أشخاص حتفهم. */
function tollFiller(ctx: SentenceContext, k: number): boolean {
  const w = ctx.view.words[k];
  if (!w || w.punct) return false;
  const { cues } = ctx;
  return (
    cues.is(w, "approx") ||
    cues.is(w, "prep") ||
    cues.is(w, "negation") ||
    cues.is(w, "quantifier") ||
    cues.is(w, "person") ||
    ["علي", "الاقل", "اقل", "يقل", "يزيد", "يربو"].includes(wordKey(w.text)) ||
    ctx.mentions.some((m) => m.first <= k && k < m.last && !m.place && !m.state)
  );
}

/** The number phrase (digits in any script, or words: خمسة وعشرون) ending at word `end`, or null. */
function numberEndingAt(ctx: SentenceContext, tokens: Token[], end: number) {
  for (let k = Math.max(0, end - 3); k <= end; k++) {
    const n = readNumber(tokens, k);
    if (n && n.last === end) return isCount(ctx, k, end) && !vague(tokens, n) ? n : null;
  }
  return null;
}

/** عشرات، مئات الآلاف: a vague quantity is no number of dead (the key gives none). */
function vague(tokens: Token[], n: NumberReading): boolean {
  const first = tokens[n.first];
  if (!first || first.kind === "number") return false;
  const w = numberWordOf(first);
  return w?.type === "approx" || w?.type === "scale-plural";
}

/** A number that is a count, not part of a date or a duration (يوم الاثنين، عام 2014، في 7 أبريل). */
function isCount(ctx: SentenceContext, first: number, last: number): boolean {
  const { words } = ctx.view;
  const a = words[first];
  const b = words[last];
  if (!a || !b) return false;
  if (["يوم", "عام", "العام", "سنه", "منذ"].includes(wordKey(words[first - 1]?.text ?? ""))) return false;
  return !(ctx.doc.times ?? []).some((x) => x.start < b.end && a.start < x.end);
}

const NO_CASUALTY_NEGATIONS = new Set(
  ["لم", "لن", "لا", "دون", "بدون", "عدم", "ولم", "ولا", "ولن", "فلم", "ودون"].map(wordKey),
);

/** Death tolls in a sentence: "حوالي 60 قتيلا", "مقتل خمسة أشخاص", "لقي 3 حتفهم", "30 من عناصر الحوثي قتلوا". */
export function findFatalities(ctx: SentenceContext): Toll[] {
  const { words } = ctx.view;
  const tokens = words.map((w) => w.token);
  const out: Toll[] = [];
  const text = (a: Word, b: Word) => ctx.doc.text.slice(a.start, b.end);
  for (let i = 0; i < words.length; i++) {
    // لم يسفر عن سقوط قتلى، دون وقوع إصابات، لم تسجل خسائر بشرية: nobody was killed
    const none = ctx.cues.at(words, i, "no_casualty");
    // (نفت الوزارة وقوع أي إصابات: a denial says it too)
    const negAt =
      none > 0
        ? Math.max(
            ctx.cues.findLast(words, Math.max(0, i - 5), i, "negation"),
            ctx.cues.findLast(words, Math.max(0, i - 8), i, "denial"),
          )
        : -1;
    // (ما أدى إلى سقوط قتلى: ما is no negation here)
    if (
      negAt >= 0 &&
      (NO_CASUALTY_NEGATIONS.has(wordKey(words[negAt]?.text ?? "")) || ctx.cues.is(words[negAt], "denial"))
    ) {
      const neg = words[negAt] as Word;
      const endW = words[i + none - 1] as Word;
      out.push({
        value: 0,
        approximate: false,
        start: neg.start,
        end: endW.end,
        text: text(neg, endW),
        cue: i,
      });
      i += none - 1;
      continue;
    }
    const len = ctx.cues.at(words, i, "death");
    if (len === 0) continue;
    const cueEnd = i + len;
    const w = words[i] as Word;
    // سقوط قتيلين: a dual death word is two deaths
    if (ctx.cues.at(words, i, "death_dual") > 0) {
      out.push({ value: 2, approximate: false, start: w.start, end: w.end, text: text(w, w), cue: i });
      continue;
    }
    // مقتل وإصابة 10 أشخاص: a number after them counts the dead and the wounded together
    const withWounded = ctx.cues.is(words[cueEnd], "injury") && !!words[cueEnd]?.readings.some((r) => r.conj);
    let found: { first: number; last: number; value: number; approximate: boolean } | null = null;
    // 1. right before: 60 قتيلا، خمسة قتلى
    const before = numberEndingAt(ctx, tokens, i - 1);
    if (before) found = before;
    // 2. after, over approximators and nouns of people: مقتل 12 شخصا، مقتل ما لا يقل عن 25، بحياة 21
    if (!found && !withWounded)
      for (let k = cueEnd; k < Math.min(words.length, cueEnd + 6); k++) {
        const n = readNumber(tokens, k);
        if (n && isCount(ctx, k, n.last) && !vague(tokens, n)) {
          found = n;
          break;
        }
        if (!tollFiller(ctx, k)) break;
      }
    // 3. before, over the victims' noun phrase: لقي ثلاثة جنود مصرعهم، 30 من عناصر ميليشيات الحوثي قتلوا
    if (!found) {
      for (let k = i - 1; k >= Math.max(0, i - 9); k--) {
        const x = words[k];
        if (!x || (x.punct && !/["«»“”]/.test(x.text))) break;
        if (ctx.cues.is(x, "injury")) break;
        const n = numberEndingAt(ctx, tokens, k);
        if (n) {
          found = n;
          break;
        }
        const inMention = ctx.mentions.some((m) => m.first <= k && k < m.last && !m.place && !m.state);
        const nisba = nisbaShaped(wordKey(x.text));
        if (!(x.punct || inMention || nisba || tollFiller(ctx, k) || wordKey(x.text) === "لقي")) break;
      }
    }
    if (!found) {
      // مقتل شخص، قتل جندي: one victim named by a singular noun; قتل فيها جنديان: two
      const next = withWounded ? undefined : words[cueEnd];
      const two = !!next && ctx.cues.is(next, "two_persons");
      if (next && (two || ctx.cues.is(next, "one_person")) && !next.readings.some((r) => r.pron))
        out.push({
          value: two ? 2 : 1,
          approximate: false,
          start: w.start,
          end: next.end,
          text: text(w, next),
          cue: i,
        });
      continue;
    }
    // حوالي 60، أكثر من 20، ما لا يقل عن 13: an approximator ending right before the number; 28 على الأقل
    let approxAt = -1;
    for (let k = found.first - 1; k >= Math.max(0, found.first - 4); k--) {
      const n = ctx.cues.at(words, k, "approx");
      // (ما لا يقل عن عن 30: a doubled عن is a common slip)
      if (n > 0 && k + n >= found.first - 2) {
        approxAt = k;
        break;
      }
    }
    const tail = Math.max(found.last, cueEnd - 1);
    const atLeast = [1, 2, 3].some(
      (d) =>
        wordKey(words[tail + d]?.text ?? "") === "الاقل" &&
        wordKey(words[tail + d - 1]?.text ?? "") === "علي",
    );
    // مقتل 500 مدني منذ بدء القصف: a count since some past start is a running total, not this event's toll
    let since = false;
    for (let k = tail + 1; k < Math.min(words.length, tail + 8); k++) {
      const x = words[k];
      if (!x || (x.punct && !isComma(x.text))) break;
      if (wordKey(x.text) === "منذ") since = true;
    }
    if (since) continue;
    const approximate = found.approximate || approxAt >= 0 || atLeast;
    const startW = words[approxAt >= 0 ? Math.min(approxAt, i) : Math.min(found.first, i)] as Word;
    const endW = words[Math.max(found.last, cueEnd - 1)] as Word;
    out.push({
      value: found.value,
      approximate,
      start: startW.start,
      end: endW.end,
      text: text(startW, endW),
      cue: i,
    });
  }
  return out;
}

/** Whether a resolved date (day, month or ISO week) lies wholly after the publication day. */
function afterPublication(value: string, published: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10) > published;
  if (/^\d{4}-\d{2}$/.test(value)) return value > published.slice(0, 7);
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // Monday of ISO week: the week holding 4 January, moved on by (week - 1) weeks
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
    monday.setUTCDate(monday.getUTCDate() + (Number(week[2]) - 1) * 7);
    return monday.toISOString().slice(0, 10) > published;
  }
  return false;
}

/**
 * The verb voicing a stance noun at t (أعرب، عبر، أبدى، جدد، أكد، أعلن: cue class `voice`) within the eight words
 * before it (25 before عن) and after the previous event word; -1 when none. عبر alone is also "via": then عن must precede the noun.
 */
function voiceVerb(ctx: SentenceContext, t: number, prevTrigger: TriggerMatch | undefined): number {
  const { words } = ctx.view;
  // (أعرب/عبر … عن: the عن phrase may come after a long subject and its frame: عبر الناطق باسم النقابة في مداخلة
  // له اليوم عن إدانته)
  const reach = wordKey(words[t - 1]?.text ?? "") === "عن" ? 25 : 8;
  const k = ctx.cues.findLast(words, Math.max(prevTrigger?.last ?? 0, t - reach), t, "voice");
  if (k < 0) return -1;
  if (ctx.cues.is(words[k], "prep") && wordKey(words[t - 1]?.text ?? "") !== "عن") return -1;
  if (words.slice(k + 1, t).some((w) => w.punct && !isComma(w.text))) return -1;
  return k;
}

/**
 * Who voices the stance noun at t: the actor after the voicing verb (VSO: عبرت وزارة الصحة عن إدانتها), else the one
 * right before it (SVO), else, for a verb joined by و with no subject of its own, the last actor (وأعرب عن رفضه).
 */
export function voiceSpeaker(
  ctx: SentenceContext,
  t: number,
  prevTrigger: TriggerMatch | undefined,
  match: TriggerMatch,
): Mention[] {
  const k = voiceVerb(ctx, t, prevTrigger);
  if (k < 0) return [];
  const words = ctx.view.words;
  const after = ctx.mentions.find(
    (m) => m.first > k && m.last <= t && !m.prep && !m.adjectival && isActor(m),
  );
  if (after) return withCoordinated(ctx.mentions, after);
  const before = [...ctx.mentions]
    .reverse()
    .find((m) => m.last <= k && !m.prep && !m.adjectival && isActor(m) && distance(ctx, m.last, k) === 0);
  if (before) return withCoordinated(ctx.mentions, before);
  if (words[k]?.readings.some((r) => r.conj) && !match.det) {
    if (ctx.lastActor1.length) return ctx.lastActor1;
    if (k <= 1) return ctx.previousActor1;
  }
  return [];
}

/**
 * The speaker an active statement verb names right after it (VSO) that the actor reader took for its object: the
 * first noun phrase after the verb is its subject. `a2` ends that phrase when it is
 * - a person's name in apposition after a title and a comma (انتقدت المستشارة الألمانية، أنغيلا ميركل؛ أدان الكاتب
 *   العام لاتحاد الشغل، فتحي الغزواني);
 * - a person's name right after an office (رفض رئيس الجمهورية الباجي قايد السبسي، انتقد الرئيس ترامب), or after a
 *   person's title and its definite adjectives (نددت المستشارة الألمانية أنغيلا ميركل: cue class `person_title`);
 * - a body at the end of a genitive chain of indefinite heads opened by a group or office word (cue class
 *   `group_head`: اتهم فريق خبراء الأمم المتحدة، دعت بعثة الاتحاد الأوروبي).
 * Not when the verb carries an object pronoun (اتهمه: its subject follows the pronoun), is inflected for a plural
 * or for "we" (اتهموا المؤسسات: the subject is in the verb), or the phrase opens with a preposition.
 */
function postverbalSpeaker(ctx: SentenceContext, match: TriggerMatch, a2: Mention): Mention | undefined {
  const { words } = ctx.view;
  if (a2.prep || a2.adjectival || a2.coordinated || a2.first <= match.last) return undefined;
  if (subjectInVerb(ctx, match)) return undefined;
  const gap = words.slice(match.last, a2.first);
  if (!gap.length || gap.length > 7) return undefined;
  // (the name after the comma may begin with a first name the mention leaves out: ، أنغيلا ميركل)
  const at = gap.findIndex((w) => isComma(w.text));
  const comma = at >= 0 && gap.length - at - 1 <= 2;
  const phrase = comma ? gap.slice(0, at) : gap;
  const named = comma ? gap.slice(at + 1) : [];
  const head = phrase[0];
  if (!head || phrase.some((w) => w.punct) || head.readings.every((r) => r.prep || r.conj)) return undefined;
  const definite = (w: Word) => w.readings.some((r) => r.det);
  const person = a2.kind === "person" && !a2.state && a2.source === "entity";
  const office = ctx.cues.is(head, "office") || ctx.cues.is(head, "speaker_for");
  // a person's title with its definite adjectives (نددت المستشارة الألمانية أنغيلا ميركل، طالب المرشد الأعلى علي
  // خامنئي): the name is the title's; a nisba among the adjectives gives the speaker its country
  if (!comma && person && ctx.cues.is(head, "person_title") && phrase.length <= 3 && phrase.every(definite)) {
    const nisba = ctx.mentions.find(
      (m) => m.adjectival && m.country && m.first > match.last && m.last <= a2.first,
    );
    return nisba && !a2.country ? { ...a2, country: nisba.country } : a2;
  }
  if (comma)
    return person && (definite(head) || office) && named.every((w) => !w.punct && !definite(w))
      ? a2
      : undefined;
  if (person && office && phrase.length <= 4) return a2;
  const body = !a2.state && !!a2.kind && OWNER_BODY_KINDS.has(a2.kind);
  if (
    body &&
    phrase.length <= 3 &&
    ctx.cues.is(head, "group_head") &&
    phrase.every((w) => !definite(w) && !/[اًٌٍ]$/u.test(w.text))
  )
    return a2;
  return undefined;
}

const OWNER_BODY_KINDS = new Set([
  "government",
  "organization",
  "military",
  "police",
  "rebel_group",
  "militia",
]);

const SPEAKER_HEADS = ["speaker_body", "speaker_for"] as const;

/**
 * The subject of a statement verb headed by a speaker word of the cue classes `speaker_body` (a bloc, a chamber, an
 * association: organization) and `speaker_for` (a spokesperson, a party's leader or member), right after the verb
 * (VSO) or ending right before it (SVO). A spokesperson speaks for the actor after باسم (المتحدثة باسم الخارجية
 * الأمريكية → الخارجية الأمريكية) and a member for the one after في/عن/من/ب (القيادي في حزب آفاق تونس → the
 * party); a body for the actor it is the bloc or chamber of, right after it (كتلة نداء تونس); otherwise a body is
 * itself the speaker, with the definite adjectives after it (الغرفة الوطنية, الجمعية التونسية). A spokesperson or
 * member with no party named gives none: the speaker stays empty. (Judges and prosecutors are agents, agents.tsv.)
 */
function headedSpeaker(ctx: SentenceContext, match: TriggerMatch): Mention[] {
  const { words } = ctx.view;
  const t = match.first;
  const starts = [match.last];
  for (let i = t - 1; i >= Math.max(0, t - 6) && !words[i]?.punct; i--) starts.push(i);
  for (const i of starts) {
    const cls = SPEAKER_HEADS.find((c) => ctx.cues.at(words, i, c) > 0);
    if (!cls) continue;
    const svo = i < t;
    // (VSO: the head opens the phrase; not the object of another one: طالب بإقالة النائب العام)
    const w0 = words[i];
    if (!w0 || w0.readings.every((r) => r.prep || r.conj)) continue;
    let k = i + ctx.cues.at(words, i, cls);
    const mentionAt = (j: number) =>
      ctx.mentions.find((m) => m.first === j && isActor(m) && !m.adjectival && !(m.place && !m.state));
    // the definite adjectives after the head (العام، الوطنية، الأمريكي), not a mention or an event word
    const adjectives: Mention[] = [];
    while (k < i + 6 && k < (svo ? t : words.length)) {
      const w = words[k];
      // (written with its article: إلغاء is no ال + غاء)
      if (!w || w.punct || !/^ال/.test(w.text) || !w.readings.some((r) => r.det && !r.prep && !r.conj)) break;
      const adj = ctx.mentions.find((m) => m.first === k && m.adjectival);
      if (!adj && (mentionAt(k) || isTriggerWord(ctx, w))) break;
      if (adj) adjectives.push(adj);
      k++;
    }
    let speaker: Mention | undefined;
    let end = k;
    if (cls === "speaker_for" || cls === "speaker_body") {
      const link = ctx.cues.is(words[k], "speaker_link") && !words[k]?.readings.some((r) => r.det);
      const spokes = wordKey(words[k]?.text ?? "") === "باسم";
      const party =
        cls === "speaker_body"
          ? ctx.mentions.find((m) => m.first === k && !m.prep && isActor(m) && !m.adjectival && !m.place)
          : link &&
              (spokes ||
                !/^(المتحدث|المتحدثه|متحدث|متحدثه|الناطق|الناطقه|ناطق|ناطقه)$/.test(wordKey(w0.text)))
            ? mentionAt(k + 1)
            : ctx.mentions.find(
                (m) => m.first === k && m.prep === "ب" && isActor(m) && !m.adjectival && !m.state,
              );
      if (party) {
        speaker = party;
        end = party.last;
      }
      // المتحدث باسم الخارجية الأمريكية: an office named by a noun and its nisba speaks for that country's government
      const nisba = ctx.mentions.find((m) => m.first === k + 2 && m.adjectival && m.country);
      if (!party && link && nisba && !isTriggerWord(ctx, words[k + 1] as Word)) {
        const a = words[k + 1] as Word;
        speaker = phraseAgent(ctx, a.start, nisba.end, k + 1, nisba.last, "government", nisba.country);
        end = nisba.last;
      }
    }
    if (!speaker && cls !== "speaker_for") {
      const lastWord = words[k - 1] as Word;
      const { start } = withoutProclitics(w0);
      const country = adjectives.find((m) => m.country)?.country ?? null;
      speaker = phraseAgent(ctx, start, lastWord.end, i, k, "organization", country);
    }
    if (!speaker) continue;
    // SVO: the phrase ends right before the verb
    if (svo && distance(ctx, end, t) !== 0) continue;
    return ctx.mentions.includes(speaker) ? withCoordinated(ctx.mentions, speaker) : [speaker];
  }
  return [];
}

/**
 * An actor named by a phrase no agent head gives (المتحدث باسم الخارجية الأمريكية → الخارجية الأمريكية; الغرفة
 * الوطنية): an agent mention of its own text over chars [start, end) and words [first, last), bare.
 */
function phraseAgent(
  ctx: SentenceContext,
  start: number,
  end: number,
  first: number,
  last: number,
  kind: string,
  country: string | null,
): Mention {
  const text = ctx.doc.text.slice(start, end);
  return {
    start,
    end,
    first,
    last,
    text,
    name_ar: text,
    name_en: null,
    id: null,
    kind,
    country,
    source: "agent",
    place: null,
    state: false,
    prep: null,
    coordinated: false,
    adjectival: false,
  };
}

/**
 * Whether the verb at t has a pronoun for subject told by the word before it: لكنه، فإنها، إلا أنه، غير أنهم (the
 * pronoun glued to the particle: the noun after the verb is its object), or كما with no subject right after the
 * verb (كما انتقد سياسة الحلف).
 */
function pronounOpens(ctx: SentenceContext, t: number, nounAfter: boolean): boolean {
  const { words } = ctx.view;
  const prev = words[t - 1];
  if (!prev || prev.punct) return false;
  const key = wordKey(prev.text);
  if (/^و?(لكن|ولكن|فان)(ه|ها|هم|هما)$/.test(key)) return true;
  if (/^ان(ه|ها|هم|هما)$/.test(key) && ["الا", "غير"].includes(wordKey(words[t - 2]?.text ?? "")))
    return true;
  // (كما دعا الرئيس: the subject after the verb is its own)
  return !nounAfter && (key === "كما" || key === "وكما");
}

/**
 * The speaker of the sentence before t: the speaker of its first reporting frame (قال الوزير …), else its first bare
 * actor (وأشار الرئيس الروسي إلى الأزمة …), else the last actor of the sentence before.
 */
export function sentenceSpeaker(ctx: SentenceContext, t: number): Mention[] {
  const frame = ctx.frames.find((f) => f.at < t && f.frameEnd <= t);
  const speaker = frame ? frameSpeakerMention(ctx, frame) : undefined;
  const main = ctx.mentions.find(
    (m) => m.last <= t && isActor(m) && !m.prep && !m.adjectival && !inFrame(ctx.frames, m.first),
  );
  const first = speaker ?? (frame ? undefined : main);
  if (first) return withCoordinated(ctx.mentions, first);
  return frame && frame.at === 0 ? ctx.previousActor1 : [];
}
