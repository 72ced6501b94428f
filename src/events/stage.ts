import { acledDate } from "../dates/clause.ts";
import type {
  Doc,
  DocEvent,
  EventActor,
  EventLocation,
  EventType,
  Place,
  Source,
  TimeExpression,
} from "../doc/types.ts";
import type { Stage } from "../pipeline/pipeline.ts";
import { capitalOf } from "../places/api.ts";
import { bareKeys, bareWord } from "../text/proclitics.ts";
import { findFrames, type ReportFrame } from "./attribution.ts";
import { townInOwnClause } from "./clause-town.ts";
import { applyConfidence, type ConfidenceModel, loadConfidenceModel } from "./confidence.ts";
import { loadConfidenceCues } from "./confidence-features.ts";
import { type CountryTable, loadCountries } from "./countries.ts";
import {
  type Candidate,
  findFatalities,
  readCandidate,
  type SentenceContext,
  withCoordinated,
} from "./detect.ts";
import { isEmbeddedHeadline } from "./headline.ts";
import { wordKey } from "./key.ts";
import { type EventRecord, laterTellings, type SentenceRecord } from "./later-sources.ts";
import { type EventLexicon, loadEventLexicon } from "./lexicon.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { actorKey, mergeCandidates, mostSpecific } from "./merge.ts";
import { countrySupport, isStrayTown } from "./place-support.ts";
import { stanceTypes } from "./stance.ts";
import { type StatementHook, statementFrame, statementMatch } from "./statement-typer.ts";
import { triedCrimes } from "./trial.ts";
import { findTriggers, hasTriggerReading } from "./triggers.ts";
import { SPEAKER_PLACED_TYPES, SPEECH_TYPES } from "./type-groups.ts";
import { Cues, HARD_BOUNDARY, isComma, type SentenceView, sentenceViews, type Word } from "./view.ts";

export interface EventResources {
  lexicon: EventLexicon;
  countries: CountryTable;
}

const GENERIC_ORG_HEADS = new Set(["تنظيم", "جماعه", "حركه", "مجموعه", "فصيل", "ميليشيا", "كتيبه"]);

/**
 * "المجلس" after "مجلس شورى ثوار بنغازي": a bare definite head names the last actor with that head;
 * "التنظيم" / "الجماعة" name the last armed group of the sentence, whatever its name.
 */
function resolveAnaphora(m: Mention, history: Mention[], sentence: Mention[]): Mention {
  if (m.source === "place" && !m.place && !m.state) return resolvePlaceAnaphor(m, [...history, ...sentence]);
  if (m.source !== "agent" || m.last - m.first !== 1 || m.country) return m;
  const word = bareWord(m.name_ar.trim());
  if (!word.definite) return m;
  const head = word.key;
  if (GENERIC_ORG_HEADS.has(head)) {
    const before = sentence.filter((x) => x.last <= m.first && !x.state && !x.place && x !== m);
    const org = [...before]
      .reverse()
      .find((x) => x.kind !== "person" && wordKey(x.name_ar).split(/\s+/).length > 1);
    if (org)
      return {
        ...m,
        name_ar: org.name_ar,
        name_en: org.name_en,
        id: org.id,
        kind: org.kind,
        country: org.country,
      };
  }
  // the antecedent may come earlier in the same sentence (أكد مصدر في "مجلس شورى ثوار بنغازي" أن المجلس استولى)
  const earlier = [...history, ...sentence.filter((x) => x.last <= m.first)];
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - 300); k--) {
    const h = earlier[k];
    if (!h || h === m || h.state || h.place) continue;
    const words = bareKeys(h.name_ar);
    if (words.length > 1 && words.includes(head))
      return { ...m, name_ar: h.name_ar, name_en: h.name_en, id: h.id, kind: h.kind, country: h.country };
  }
  return m;
}

const TOWN_HEADS = new Set(["مدينه", "بلده", "قريه"]);
const bareHead = (text: string) => bareKeys(text)[0] ?? "";

/**
 * "القطاع" after "قطاع غزة", "المدينة" after "جرادة": the last place told before whose name has the same head
 * noun, or for a town noun the last town. Unresolved, it stays a mention without a place (no evidence of where).
 */
function resolvePlaceAnaphor(m: Mention, before: Mention[]): Mention {
  const head = bareHead(m.name_ar);
  const capital = head === "عاصمه";
  for (let k = before.length - 1; k >= Math.max(0, before.length - 300); k--) {
    const h = before[k];
    if (!h?.place || h === m || (h.first === m.first && h.start === m.start)) continue;
    if (h.start >= m.start) continue;
    const sameHead = bareHead(h.text) === head && h.text.trim().split(/\s+/).length > 1;
    const town = TOWN_HEADS.has(head) && h.place.precision === 1;
    const told = capital && /^(capital|PPLC)$/i.test(h.place.feature ?? "");
    if (sameHead || town || told)
      return { ...m, place: h.place, name_en: h.name_en, id: h.id, country: h.country };
  }
  // العاصمة with no capital told before: the capital of the country last spoken of (وسط العاصمة in Iraq → Baghdad)
  const country = capital ? [...before].reverse().find((h) => h.start < m.start && h.country)?.country : null;
  const r = country ? capitalOf(country) : null;
  if (!r) return m;
  const { alternatives: _, ...fields } = r;
  const place: Place = { start: m.start, end: m.end, text: m.text, ...fields };
  return { ...m, place, name_en: r.name_en, id: r.id, country: r.country };
}

/** The place the article is about: the most mentioned one, or the only one it names if a town or a province. */
function focusPlace(all: Mention[], stray: (m: Mention) => boolean): Mention | null {
  const counts = new Map<string, { n: number; m: Mention }>();
  for (const m of all) {
    // a place the gazetteer could not put in a country says nothing of where
    if (!(m.place || m.state) || !m.country || m.adjectival || stray(m)) continue;
    const k = m.place?.id ?? m.id ?? wordKey(m.name_ar);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, m });
  }
  let best: { n: number; m: Mention } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  // an article that names one place only, a town or a province (not a state, which may be a party), is about it,
  // even if it names it once (الحرس الوطني بالمنيهلة من ولاية أريانة, the town unknown: Ariana)
  const local = best?.m.place && !best.m.state;
  if (best && counts.size === 1 && local) return best.m;
  // nor do mentions of the town's own country make it less so (الصومال … مقديشو)
  const towns = [...counts.values()].filter(
    (c) => c.m.place && !c.m.state && (c.m.place.precision ?? 3) <= 2,
  );
  const only = towns[0]?.m;
  if (
    towns.length === 1 &&
    only &&
    [...counts.values()].every((c) => c.m === only || (c.m.state && c.m.country === only.country))
  )
    return only;
  return best && best.n >= 2 ? best.m : null;
}

/**
 * تمكنت الوحدات الأمنية من إيقاف …، قصف الجيش مواقع للمسلحين قرب الموصل: a state's police or army named by a common
 * noun with no country (no nisba, no name) are the forces of the country where the event happens (`forces`).
 */
const localForce = (m: Mention) =>
  m.source === "agent" && !m.country && !m.id && (m.kind === "police" || m.kind === "military");

function toActor(m: Mention, role: EventActor["role"], forces: string | null = null): EventActor {
  return {
    start: m.start,
    end: m.end,
    role,
    name_ar: m.name_ar,
    name_en: m.name_en,
    id: m.id,
    kind: m.kind,
    country: m.country ?? (forces && localForce(m) ? forces : null),
  };
}

/** Kinds of a head that a name right after it completes (رئيس الاتحاد الفلسطيني، جماعة "حزب الله"). */
const OWNER_KINDS = new Set(["government", "organization", "military", "police", "rebel_group", "militia"]);

/**
 * Whether mention `b`, told right after `a` with nothing but a space or a quotation mark between them, completes it
 * rather than naming another party: an indefinite one-word head in construct with it (رئيس الاتحاد الفلسطيني، حركة
 * "حماس"، جماعة "حزب الله"، قوات الجيش: a noun in construct takes no article, and a dual or plural in construct
 * drops its ن, so مسلحون الجيش is a subject and its object), or a definite title followed by a person's name in
 * apposition (الرئيس عبد ربه منصور هادي). A country or a place is never a head's complement here: it is told apart.
 */
export function completes(a: Mention, b: Mention, text: string): boolean {
  if (a.country || b.start <= a.end || !a.kind || !OWNER_KINDS.has(a.kind)) return false;
  if (b.prep || b.coordinated || b.place || b.state || b.kind === "place") return false;
  if (!/^[\s"«»“”']+$/u.test(text.slice(a.end, b.start))) return false;
  const words = a.text.trim().split(/\s+/);
  const head = bareWord(words[0] ?? "");
  if (words.length === 1 && !head.definite && !head.prep) {
    // (not an accusative, nor a sound plural or dual that keeps its ن: رجلا، مسلحين، جنديان)
    if (/(?:[اًٌٍ]|ون|ين|ان)$/u.test(words[0] ?? "")) return false;
    return bareWord(b.text.trim().split(/\s+/)[0] ?? "").definite || b.source === "entity";
  }
  return head.definite && a.kind === "government" && b.kind === "person" && b.source === "entity";
}

/**
 * The actor-2 mention of a known country that completes an actor-1 mention of none: the speaker's own name or body
 * (طالب رئيس الاتحاد الفلسطيني … ميسي: the federation's president asks, and he speaks for Palestine). The roles stay
 * as the rules read them.
 */
function completingMention(a1: Mention[], a2: Mention[], text: string): Mention | undefined {
  return a2.find((b) => b.country && b.kind !== "place" && a1.some((a) => completes(a, b, text)));
}

function toLocation(m: Mention, countries: CountryTable, precisionFloor: 1 | 2 | 3 | null): EventLocation {
  const p = m.place;
  const c = m.country ? countries.byCode.get(m.country) : undefined;
  const state = m.state && !p;
  let precision = p?.precision ?? (m.state ? 3 : null);
  if (precisionFloor && (precision === null || precision < precisionFloor)) precision = precisionFloor;
  return {
    start: m.start,
    end: m.end,
    name_ar: state ? (c?.name_ar ?? m.name_ar) : (p?.name_ar ?? p?.text ?? m.name_ar),
    // (English names come without GeoNames' ayn marks from the gazetteer build: withoutAynMarks)
    name_en: state ? (c?.name_en ?? m.name_en) : (p?.name_en ?? m.name_en),
    id: p?.id ?? m.id,
    country: m.country,
    admin1: p?.admin1 ?? null,
    lat: p?.lat ?? null,
    lon: p?.lon ?? null,
    precision,
  };
}

/** Statements protesters voice: their demands and slogans are what the protest is about. */
const VOICED_TYPES = new Set(["REQUEST", "ACCUSE", "REJECT"]);

/**
 * "ويطالب المحتجون بتغيير النهج"، "وندد المحتجون بـ…": a demand or denunciation by the protesters of a protest told
 * in the same or the previous sentence is the protest's content, not a statement of its own; so is a participle
 * after the protest that shares its subject ("تظاهر الآلاف، مطالبين بالاستقلال").
 */
function protestersVoice(
  c: Candidate,
  here: Candidate[],
  before: Candidate[],
  cues: Cues,
  view: SentenceView,
): boolean {
  if (!VOICED_TYPES.has(c.type) || !c.actor1.length) return false;
  const protest = (x: Candidate) => x.type === "PROTEST" && x !== c;
  // تظاهر نحو 20 ألف شخص، السبت، في العاصمة، مطالبين بالاستقلال: a participle (a حال) that shares the subject of
  // the protest told before it in its sentence tells what the protesters demand or denounce
  if (
    c.match.entry.tense === "participle" &&
    here.some(
      (x) => protest(x) && x.match.last <= c.match.first && x.actor1.some((m) => c.actor1.includes(m)),
    )
  )
    return true;
  if (!c.actor1.every((m) => cues.is(view.words[m.first], "protester"))) return false;
  return here.some(protest) || before.some((x) => protest(x) && view.index - x.sentence <= 1);
}

/** How many sentences after a protest told without its actor are searched for its protesters. */
const PROTESTERS_AHEAD = 5;

/**
 * "اندلعت احتجاجات في أنحاء كتالونيا … وفي وسط برشلونة، ردد المحتجون شعارات"، "خرجت تظاهرات حاشدة في فرنسا … مسيرات
 * شارك فيها الآلاف": a protest whose sentence names no one who protests has the protesters, the crowd told by its
 * size or the residents (وأغلق السكان الطريق) that one of the next sentences names (not after a preposition:
 * اشتباكات مع المحتجين is no protester's act).
 */
function protestersAhead(
  candidates: Candidate[],
  views: SentenceView[],
  mentionsBySentence: Map<number, Mention[]>,
  cues: Cues,
): void {
  const wordsOf = new Map(views.map((v) => [v.index, v.words]));
  for (const c of candidates) {
    if (c.type !== "PROTEST" || c.actor1.length) continue;
    for (let s = c.sentence + 1; s <= c.sentence + PROTESTERS_AHEAD && !c.actor1.length; s++) {
      const words = wordsOf.get(s);
      if (!words) continue;
      const m = (mentionsBySentence.get(s) ?? []).find(
        (x) =>
          !x.prep &&
          (cues.is(words[x.first], "protester") ||
            cues.is(words[x.first], "crowd") ||
            cues.is(words[x.first], "residents")),
      );
      if (m) c.actor1 = [m];
    }
  }
}

/** Whether a candidate is a court's sentence (SANCTION convict: قضت المحكمة بالسجن). */
const sentencing = (c: Candidate) => c.type === "SANCTION" && c.match.entry.mode === "convict";

/** Whether a date lies far enough before publication to be history, not news (hard negatives). */
function longAgo(value: string | null | undefined, published: string | null): boolean {
  if (!value || !published || !/^\d{4}/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const pubYear = Number(published.slice(0, 4));
  if (year < pubYear - 1) return true;
  if (year === pubYear - 1 && /^\d{4}-\d{2}/.test(value)) {
    const months = (pubYear - year) * 12 + Number(published.slice(5, 7)) - Number(value.slice(5, 7));
    return months > 6;
  }
  return false;
}

/** The speaker's seat: a place told with في right after a speaker of the statement (السفارة الروسية في لندن). */
function speakerSeat(c: Candidate): boolean {
  const p = c.place;
  if ((p?.prep !== "في" && p?.prep !== "ب") || !(p.place || p.state)) return false;
  return (
    c.ownActors &&
    c.actor1.some(
      (a) =>
        a.kind !== "place" &&
        !a.place &&
        (p.prep === "في" ? p.first === a.last + 1 : p.first === a.last && isMission(a)),
    )
  );
}

/** A diplomatic mission or envoy, whose seat follows with بـ as well as في: السفارة الفرنسية بتونس، سفير مصر بلندن. */
const MISSION = /^و?(?:ال)?(?:سفاره|سفارات|قنصليه|سفير|سفيره|قنصل)$/;
const isMission = (a: Mention) => MISSION.test(wordKey(a.text.trim().split(/\s+/)[0] ?? ""));

/** The key of a person's name by which later mentions name them (its last word: نيكولاس مادورو … مادورو). */
const surnameKey = (name: string) => wordKey(name.split(/\s+/).pop() ?? "");

/**
 * Persons told in apposition with a title that names a country (الرئيس الفنزويلي، نيكولاس مادورو؛ نبيل أبوردينة،
 * المتحدث باسم الرئاسة الفلسطينية): the country, by the person's surname, for the later mentions that name them bare.
 */
function titledPersons(
  views: SentenceView[],
  mentionsBySentence: Map<number, Mention[]>,
): Map<string, string> {
  const bare = (m: Mention) => m.kind === "person" && !m.country;
  const titled = (m: Mention) =>
    !!m.country && !m.state && !m.place && m.kind !== "person" && m.kind !== "place";
  const out = new Map<string, string>();
  for (const view of views) {
    const ms = mentionsBySentence.get(view.index) ?? [];
    for (let k = 1; k < ms.length; k++) {
      const a = ms[k - 1];
      const b = ms[k];
      if (!a || !b) continue;
      const gap = b.first - a.last;
      const comma = isComma(view.words[a.last]?.text);
      // (or the one who speaks for it: نبيل أبوردينة، المتحدث باسم رئيس السلطة الفلسطينية)
      const forIt = gap === 3 && comma && wordKey(view.words[a.last + 2]?.text ?? "") === "باسم";
      if (!(gap === 0 || (gap === 1 && comma) || forIt)) continue;
      const [person, title] = bare(a) && titled(b) ? [a, b] : bare(b) && titled(a) ? [b, a] : [null, null];
      if (person && title?.country && !out.has(surnameKey(person.name_ar)))
        out.set(surnameKey(person.name_ar), title.country);
    }
  }
  return out;
}

/** The first person of no known country among `actors` whom a title gave one (`titledPersons`), with that country. */
function titledSpeaker(actors: Mention[], titled: Map<string, string>): Mention | undefined {
  for (const m of actors) {
    if (m.kind !== "person" || m.country) continue;
    const country = titled.get(surnameKey(m.name_ar));
    if (country) return { ...m, country };
  }
  return undefined;
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const cuesCache = new WeakMap<EventLexicon, Cues>();

/** Builds the events of a Doc from its tokens, entities, places and times. Pure given the resources. */
export function extractEvents(doc: Doc, res: EventResources, statements?: StatementHook): DocEvent[] {
  let cues = cuesCache.get(res.lexicon);
  if (!cues) {
    cues = new Cues(res.lexicon);
    cuesCache.set(res.lexicon, cues);
  }
  const views = sentenceViews(doc);
  const history: Mention[] = [];
  const sourceHistory: Source[] = [];
  let carried: Source[] = [];
  let lastActor1: Mention[] = [];
  /** The index of the last sentence read (a skipped link headline is not one): its mentions are the sentence before's. */
  let previousIndex = -1;
  const candidates: Candidate[] = [];
  const accident = { told: false };
  const allMentions: Mention[] = [];
  const mentionsBySentence = new Map<number, Mention[]>();
  const sentenceRecords: SentenceRecord[] = [];
  const support = countrySupport(doc);
  const dateline = datelineEnd(doc);
  // a name the places stage left unresolved as a namesake says nothing of where the event happened; nor does a
  // town of a country that no actor, state or other town of the article belongs to (بترا، named for the Jordanian
  // agency, resolved to Syria because the article says "السورية" once)
  const namesakes = new Set(doc.issues.filter((i) => i.code === "namesake-place").map((i) => i.start));
  const strayPlace = (m: Mention) =>
    !!m.place && (namesakes.has(m.place.start) || isStrayTown(m.place, support));
  for (const view of views) {
    // a link headline of another story or a subheading tells none of the article's events
    if (isEmbeddedHeadline(doc.text, view.start, view.end)) continue;
    const raw = findMentions(view, { doc, lexicon: res.lexicon, cues, countries: res.countries }).filter(
      (m) => m.start >= dateline,
    );
    const mentions = raw.map((m) => resolveAnaphora(m, history, raw));
    history.push(...mentions);
    allMentions.push(...mentions);
    mentionsBySentence.set(view.index, mentions);
    const isTrigger = (w: Word) => hasTriggerReading(w, res.lexicon.triggers);
    const frames = findFrames(doc, view, cues, mentions, sourceHistory, carried, isTrigger);
    for (const f of frames) for (const s of f.chain) sourceHistory.push(s);
    const triggers = findTriggers(view, res.lexicon.triggers, cues);
    // by sentence index, as events name their sentences (a skipped link headline leaves a hole)
    sentenceRecords[view.index] = {
      words: view.words,
      frames,
      mentions,
      triggers,
      times: (doc.times ?? []).filter((x) => x.start >= view.start && x.end <= view.end),
    };
    const ctx: SentenceContext = {
      doc,
      view,
      cues,
      mentions,
      frames,
      triggers,
      accepted: [],
      carried,
      lastActor1: [],
      previousActor1: lastActor1,
      previousMentions: mentionsBySentence.get(previousIndex) ?? [],
      strayPlace,
      targets: res.lexicon.targets,
      accident,
    };
    const here: Candidate[] = [];
    /** Whether this sentence tells an attack of long ago (its toll is that attack's, not a recent one's). */
    let toldHistory = false;
    for (const match of triggers) {
      const c = readCandidate(ctx, match);
      if (!c) continue;
      // حكمت المحكمة بإعدام 45 متهما … كما برأت المحكمة 22: an acquittal told after a court's sentence in the article
      // is one line of that verdict, which the keys code as the sentence
      if (match.entry.flags.has("acquit") && [...candidates, ...here].some(sentencing)) continue;
      if (longAgo(c.date?.value, doc.published)) {
        toldHistory = true;
        continue;
      }
      here.push(c);
      ctx.accepted.push(match);
      if (c.actor1.length && c.ownActors) {
        lastActor1 = c.actor1;
        ctx.lastActor1 = c.actor1;
      }
    }
    // the report verb of the sentence's statement frame read as a speech trigger of a statement type the sentence
    // has no event of, by the learned typer below or by a stance its content clause tells; `target` (the party a
    // stance is told of) is the event's actor2 when it has none
    const said = statementFrame(view.words, frames, cues);
    const readSaid = (frame: ReportFrame, type: EventType, target?: Mention) => {
      if (here.some((c) => c.type === type)) return;
      const match = statementMatch(view.words, frame, type);
      const c = match ? readCandidate(ctx, match) : null;
      if (!match || !c || longAgo(c.date?.value, doc.published)) return;
      if (target && !c.actor2.length && !c.actor1.includes(target))
        c.actor2 = withCoordinated(mentions, target);
      here.push(c);
      ctx.accepted.push(match);
    };
    // a learned statement typer (statement-typer.ts, off unless given): the types of a sentence it is sure of
    if (statements && said)
      for (const type of statements(
        { words: view.words, frame: said, has: here.map((c) => c.type) },
        doc.id ?? "",
        view.index,
      ))
        readSaid(said, type);
    // a stance told by a reporting verb with no statement word (stance.ts): a closed-class predicate of a
    // statement type in the content clause of the sentence's statement frame (قال إن بلاده لن تقبل …)
    if (said)
      for (const { type, target } of stanceTypes(view.words, said, frames, mentions, cues))
        readSaid(said, type, target);
    joinArrestSeizures(here, view.words);
    // a death toll goes to the attack whose trigger says it (مقتل), else the nearest attack told before its
    // death word in the sentence, else the first one after it
    for (const toll of findFatalities(ctx)) {
      const { cue, ...f } = toll;
      const attacks = here.filter((c) => c.type === "ASSAULT" && c.modality !== "planned");
      const target =
        attacks.find((c) => c.match.first <= cue && cue < c.match.last) ??
        [...attacks].reverse().find((c) => c.match.first <= cue) ??
        attacks[0];
      if (target && !target.fatalities) target.fatalities = f;
      else if (!target && !toldHistory) {
        // "ارتفع عدد القتلى إلى 17": a toll told in the next sentence belongs to the attack just told
        // (not the toll of an attack this sentence tells as history: تفجير شاحنة في أكتوبر أسفر عن مقتل 500)
        const last = [...candidates].reverse().find((c) => c.type === "ASSAULT" && c.modality === "asserted");
        if (
          last &&
          !last.fatalities &&
          view.index - last.sentence <= 3 &&
          !candidates.some((c) => c.fatalities && c.sentence === last.sentence)
        )
          last.fatalities = f;
      }
    }
    candidates.push(...here.filter((c) => !protestersVoice(c, here, candidates, cues, view)));
    previousIndex = view.index;
    const lastFrame = frames[frames.length - 1];
    if (lastFrame) carried = lastFrame.chain;
  }

  protestersAhead(candidates, views, mentionsBySentence, cues);
  const focus = focusPlace(allMentions, strayPlace);
  const titled = titledPersons(views, mentionsBySentence);
  // the country the article speaks of most (its actors, states and towns), when one clearly leads
  const ranked = [...support.entries()].sort((a, b) => b[1] - a[1]);
  const lead = ranked[0] && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
  const articleCountry = lead ? res.countries.byCode.get(lead) : undefined;
  // last, the country the article's actors belong to (الأمن السوداني، وزارة العدل السودانية): an article that names
  // no place still says whose country it speaks of; so does one that speaks of a single country, even once, through
  // one of its actors (اعتقلت السلطات مدير الشركة الكينية، نجحت فرقة الأبحاث للحرس الوطني بقبلي: nothing says
  // another) — but not through the bare name of a state, which may be the party an event is aimed at or the scene of
  // its cause (اتهم الحزب روسيا بالتصعيد، مدد الاتحاد العقوبات على خلفية التورط في أوكرانيا)
  const spokenOf = new Map<string, number>();
  const ofItsActors = new Set<string>();
  for (const m of allMentions) {
    if (!m.country || strayPlace(m)) continue;
    spokenOf.set(m.country, (spokenOf.get(m.country) ?? 0) + 1);
    if ((!m.state && !m.place) || m.adjectival || m.source === "demonym") ofItsActors.add(m.country);
  }
  const spoken = [...spokenOf.entries()].sort((a, b) => b[1] - a[1]);
  const actorsCountry =
    spoken[0] &&
    ((spoken.length === 1 && ofItsActors.has(spoken[0][0])) ||
      (spoken[0][1] >= 2 && spoken[0][1] > (spoken[1]?.[1] ?? 0)))
      ? res.countries.byCode.get(spoken[0][0])
      : undefined;
  /** Sentence → the town of an event told in it, for events of the same scene that name no place. */
  const sceneTowns = new Map<number, Mention>();
  const events: DocEvent[] = [];
  const records: EventRecord[] = [];
  // a trial story's attacks are the crimes tried, not news (trial.ts)
  const tried = triedCrimes(candidates, views, cues);
  for (const group of mergeCandidates(candidates.filter((c) => !tried.has(c)))) {
    const head = group[0];
    if (!head) continue;
    const specific = head.type === "ASSAULT" ? mostSpecific(group) : head;
    const modality = group.some((c) => c.modality === "asserted") ? "asserted" : head.modality;
    const a1 = dedupe(
      group.flatMap((c) => c.actor1),
      actorKey,
    );
    const a2 = dedupe(
      group.flatMap((c) => c.actor2),
      actorKey,
    ).filter((m) => !a1.some((x) => actorKey(x) === actorKey(m)));
    const attribution = dedupe(
      group.flatMap((c) => c.attribution),
      (s) => wordKey(s.name_ar),
    );
    // claimed: the one who tells it is a party to it (مصدر في المجلس: المجلس استولى)
    let finalModality = modality;
    // (a threat or an accusation told by the one who makes it is simply asserted: the telling is the event)
    if (
      modality === "asserted" &&
      !SPEECH_TYPES.has(head.type) &&
      attribution.length &&
      group.every((c) => isClaim(c, a1))
    )
      finalModality = "claimed";
    // a place the gazetteer could not put in a country says nothing of where
    const located = (c: Candidate) => !!(c.place?.country || c.place?.place?.country);
    let placed = group.find((c) => c.place?.place && located(c)) ?? group.find(located);
    let location: EventLocation | null = null;
    // (a country that only a party's own country gave says nothing of whose forces act there)
    let fromParty = false;
    // a statement is made where its speaker is: the place it names (رحب الأردن بالهدنة في جنوب سوريا، قبل
    // المغرب الدعوة إلى جنيف) is its topic, unless a town of the speaker's own country
    const statement = SPEAKER_PLACED_TYPES.has(head.type);
    // (a person of no known country speaks for the country a title in apposition gave them: الرئيس الفنزويلي،
    // نيكولاس مادورو … واتهم مادورو → Venezuela)
    // (an agreement or a joint call of parties of several states, وقعت روسيا وإيران وكازاخستان اتفاقية، حث سفراء فرنسا
    // وإيطاليا وبريطانيا في ليبيا, has no one speaker: it is not placed in the country of the party named first)
    const joint =
      (head.type === "AGREE" || head.type === "REQUEST") &&
      new Set(a1.filter((m) => m.country && m.kind !== "place").map((m) => m.country)).size > 1;
    const speaker =
      statement && !joint
        ? (a1.find((m) => m.country && m.kind !== "place") ??
          completingMention(a1, a2, doc.text) ??
          titledSpeaker(a1, titled))
        : undefined;
    const speakerCountry = speaker?.country ? res.countries.byCode.get(speaker.country) : undefined;
    // (a place told with في right after the speaker is where the speaker sits: اتهمت السفارة الروسية في لندن)
    const seated = statement ? group.find((c) => speakerSeat(c)) : undefined;
    // (an agreement is signed where its parties meet, told with في/بـ: وقعت روسيا وإيران يوم الأحد في كازاخستان
    // اتفاقية → Kazakhstan, whichever party is named first)
    const venue = head.type === "AGREE" && (placed?.place?.prep === "في" || placed?.place?.prep === "ب");
    if (seated) placed = seated;
    else if (statement && placed?.place && speaker && placed.place.country !== speaker.country && !venue)
      placed = undefined;
    if (statement && !placed && speakerCountry)
      location = {
        name_ar: speakerCountry.name_ar,
        name_en: speakerCountry.name_en,
        id: speakerCountry.code,
        country: speakerCountry.code,
        precision: 3,
      };
    else if (placed?.place) {
      location = toLocation(placed.place, res.countries, null);
      if (!placed.place.state)
        for (const c of group) if (!sceneTowns.has(c.sentence)) sceneTowns.set(c.sentence, placed.place);
    } else {
      // no place in the text: the target state's territory (aid to the Tunisian army → Tunisia), else the focus
      // (not for a statement or decision: اتهم الحزب روسيا is made where its speaker is, not in Russia)
      const byActor = statement
        ? undefined
        : // (مع نظيره التركي: a counterpart is the other side of talks, not a territory they are held in)
          a2.find(
            (m) =>
              m.country && m.agentRole !== "counterpart" && (m.state || (m.kind && STATE_KINDS.has(m.kind))),
          );
      const c = byActor?.country ? res.countries.byCode.get(byActor.country) : undefined;
      // else the town of another event told in the same sentence (one scene) or in the sentence before (the story
      // goes on where it was: تظاهر آلاف في وسط برلين … وتم توقيف ثلاثة أشخاص → Berlin), else the article's focus
      const sceneTown =
        group.map((g) => sceneTowns.get(g.sentence)).find((m) => m) ??
        group.map((g) => sceneTowns.get(g.sentence - 1)).find((m) => m);
      // and last, the country of the one who acts (السيسي يعفو، فنزويلا تطرد): a country, never a town
      const own = [...a1, ...a2].find((m) => m.country && m.kind !== "place");
      const ownCountry = own?.country ? res.countries.byCode.get(own.country) : undefined;
      // استقبل الملك الوزير الكويتي: a host receives at home
      const townActor = [...a1, ...a2].find(
        (m) => m.place && !m.state && m.country && m.kind === "place" && !strayPlace(m),
      );
      const hostActor = head.match.entry.flags.has("host") ? a1.find((m) => m.country) : undefined;
      const host = hostActor?.country ? res.countries.byCode.get(hostActor.country) : undefined;
      const countryLocation = (k: { name_ar: string; name_en: string; code: string }): EventLocation => ({
        name_ar: k.name_ar,
        name_en: k.name_en,
        id: k.code,
        country: k.code,
        precision: 3,
      });
      // اعتقلت الشرطة الأردنية رجلا: a state's forces arrest on their own soil when the text names no place
      // (the article's focus town stands when it lies in that country)
      const arrester =
        head.type === "COERCE" ? a1.find((m) => m.country && m.kind && STATE_KINDS.has(m.kind)) : undefined;
      const home =
        arrester?.country && !(focus && focus.country === arrester.country)
          ? res.countries.byCode.get(arrester.country)
          : undefined;
      // (and when the focus town does lie there, the arrest is at that town, not in the arrested one's country:
      // أوقفت الداخلية المصرية شخصا بمحيط السفارة الأمريكية → Cairo, not the United States)
      const homeTown = arrester?.country && focus && focus.country === arrester.country ? focus : undefined;
      if (host) location = countryLocation(host);
      else if (home) location = countryLocation(home);
      else if (homeTown) location = toLocation(homeTown, res.countries, 2);
      else if (byActor && c) {
        location = countryLocation(c);
        fromParty = true;
      } else if (sceneTown) location = toLocation(sceneTown, res.countries, 2);
      // a town the rules read inside an actor's phrase (دخل بحارة ولاية المهدية في إضراب، تمكنت وحدات الحرس
      // بجهة بوحجلة من إيقاف …): the ones who act are of that town and act there, whatever the article's focus
      else if (townActor) location = toLocation(townActor, res.countries, null);
      else if (focus) location = toLocation(focus, res.countries, 2);
      else if (ownCountry) {
        location = countryLocation(ownCountry);
        fromParty = true;
      } else if (articleCountry) location = countryLocation(articleCountry);
      else if (actorsCountry) location = countryLocation(actorsCountry);
    }
    // في مدينة غاو، شمالي مالي: a country told where its sentence also names a town of it in the same way (في/بـ)
    // is placed at the town
    if (location && location.precision === 3 && location.country) {
      const town = townInOwnClause(
        group.map((c) => ({ sentence: c.sentence, triggerEnd: c.match.last, attribution: c.attribution })),
        location.country,
        (i) => ({ words: views[i]?.words ?? [], mentions: mentionsBySentence.get(i) ?? [] }),
        (w) =>
          cues.is(w, "complement") ||
          cues.is(w, "report") ||
          (!!w && hasTriggerReading(w, res.lexicon.triggers)),
        strayPlace,
      );
      if (town) location = toLocation(town, res.countries, null);
    }
    // the country whose forces a police or army with no country of its own are: where the event happens
    const forces = fromParty ? null : (location?.country ?? null);
    const dated = group.find((c) => c.date);
    const fat = group.find((c) => c.fatalities)?.fatalities ?? null;
    const entry = head.match.entry;
    const trigger = {
      start: doc.tokens ? (views[head.sentence]?.words[head.match.first]?.start ?? 0) : 0,
      end: views[head.sentence]?.words[head.match.last - 1]?.end ?? 0,
    };
    events.push({
      id: `ev${events.length + 1}`,
      type: head.type,
      mode: specific?.mode ?? group.map((c) => c.mode).find((m) => m) ?? null,
      acled:
        finalModality === "asserted" || finalModality === "claimed" ? acledOf(specific ?? head, a1) : null,
      trigger: { ...trigger, text: doc.text.slice(trigger.start, trigger.end) },
      actors: [
        ...a1.map((m) => toActor(m, "actor1", forces)),
        ...a2.map((m) => toActor(m, "actor2", forces)),
      ],
      location,
      date: dated?.date
        ? {
            start: dated.date.start,
            end: dated.date.end,
            text: dated.date.text,
            value: dated.date.value,
            precision: dated.date.precision ?? precisionOf(dated.date.value),
          }
        : null,
      fatalities: fat,
      modality: finalModality,
      attribution,
      evidence: dedupe(
        group.flatMap((c) => c.evidence),
        (s) => `${s.start}:${s.end}`,
      ).map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) })),
    });
    void entry;
    records.push({
      type: head.type,
      actor1: a1,
      sentences: [...new Set(group.map((c) => c.sentence))],
      attribution,
      dated: !!dated?.date,
    });
  }
  // an event told in the reporter's voice takes the source a later sentence names for it
  const later = laterTellings(records, sentenceRecords);
  const published = doc.published?.slice(0, 10) ?? null;
  const leadDay = leadDate(sentenceRecords.find(Boolean), published);
  return events
    .map((e, i) => leadDated(e, records[i], leadDay))
    .map((e, i) => {
      const t = later[i];
      if (!t) return e;
      // (an ACLED-style day: مساء الأحد is 2018-02-18, not 2018-02-18TEV)
      const day = t.date?.value ? acledDate(t.date.value, published) : null;
      const date =
        !e.date && t.date && day && !(published && day.value > published)
          ? {
              start: t.date.start,
              end: t.date.end,
              text: t.date.text,
              value: day.value,
              precision: day.precision,
            }
          : e.date;
      if (t.attribution === e.attribution && date === e.date) return e;
      return { ...e, attribution: t.attribution, date };
    });
}

/**
 * "دبي، الإمارات العربية المتحدة (CNN)-- أدانت …", "بغداد (رويترز) -": the dateline at the head of an article
 * names where the story was filed, neither a party nor the place of its events. The end of that dateline, or 0.
 */
export function datelineEnd(doc: Pick<Doc, "text" | "places">): number {
  const m =
    /^\s*[^\d\n().،,:؛"«»]{2,30}(?:[،,][^\d\n().،,:؛"«»]{2,45})?\s*[-–—]?\s*\([^()\n]{1,30}\)\s*[-–—]+/u.exec(
      doc.text,
    );
  if (!m) return 0;
  // (it opens with the name of a place: "قتل ثلاثة (بينهم طفل) -" is a sentence)
  const head = m[0].indexOf("(");
  const opensWithPlace = (doc.places ?? []).some((p) => p.start <= m[0].search(/\S/) + 1 && p.end <= head);
  return opensWithPlace ? m[0].length : 0;
}

/** How far into the article an undated event is still the lead's story. */
const LEAD_SCENE_SENTENCES = 8;

/**
 * The day the article's first sentence gives (قتل … اليوم الأحد): a day, not after publication and within a week
 * before it.
 */
function leadDate(first: SentenceRecord | undefined, published: string | null): TimeExpression | null {
  if (!first || !published) return null;
  // (not the day a source spoke or printed: قالت صحيفة الوطن في عددها الصادر يوم أمس)
  const inFrame = (x: TimeExpression) =>
    first.frames.some((f) => {
      const a = first.words[f.at]?.start ?? 0;
      const b = first.words[Math.max(f.at, f.frameEnd - 1)]?.end ?? 0;
      return x.start >= a && x.start < b;
    });
  const t = (first.times ?? []).find((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.value ?? "") && !inFrame(x));
  const v = t?.value;
  if (!t || !v || v > published) return null;
  const days = (Date.parse(published) - Date.parse(v)) / 86_400_000;
  return days <= 7 ? t : null;
}

/**
 * An event the lead's next sentences tell without a day of their own happened on the day the lead gives
 * (منع الأمن وقفة احتجاجية اليوم الأحد … وتم توقيف عدد من المحتجين): one scene, one day.
 */
function leadDated(e: DocEvent, record: EventRecord | undefined, lead: TimeExpression | null): DocEvent {
  if (e.date || !lead?.value || !record) return e;
  if (e.modality !== "asserted" && e.modality !== "claimed") return e;
  if (Math.min(...record.sentences) > LEAD_SCENE_SENTENCES) return e;
  return {
    ...e,
    date: { start: lead.start, end: lead.end, text: lead.text, value: lead.value, precision: "day" },
  };
}

const bareWords = (s: string) => bareKeys(s).filter((w) => w.length > 2);

/** A claim: the innermost source is (part of) a non-state actor1 — "مصدر في المجلس" telling what المجلس did. */
function isClaim(c: Candidate, actor1: Mention[]): boolean {
  const inner = c.attribution[c.attribution.length - 1];
  if (!inner) return false;
  const src = new Set(bareWords(inner.name_ar));
  return actor1.some((m) => {
    if (m.state || (m.kind && STATE_KINDS.has(m.kind) && m.source !== "agent")) return false;
    const name = bareWords(m.name_ar);
    return name.length > 0 && name.every((w) => src.has(w));
  });
}

function precisionOf(value: string | null): "day" | "week" | "month" | "year" | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return "day";
  if (/^\d{4}-W\d{2}/.test(value)) return "week";
  if (/^\d{4}-\d{2}$/.test(value)) return "month";
  if (/^\d{4}$/.test(value)) return "year";
  return null;
}

const STATE_KINDS = new Set(["state", "government", "military", "police"]);
/** ACLED codes only what happened; a take-over by state forces is "Government regains territory". */
function acledOf(c: Candidate, actor1: Mention[]): DocEvent["acled"] {
  // a trigger retyped by its context (detect.ts retype) no longer has its word's ACLED type: an arrest by an armed
  // band is an abduction, anything else (a verbal attack, seized money) is left uncoded rather than mis-coded
  if (c.type !== c.match.entry.type)
    return c.type === "ASSAULT" && c.mode === "abduct"
      ? { event_type: "Violence against civilians", sub_event_type: "Abduction/forced disappearance" }
      : null;
  const base = c.match.entry.acled;
  if (!base) return null;
  if (base.event_type === "Battles" && c.match.entry.flags.has("seize")) {
    const stateSide =
      actor1.length > 0 && actor1.every((m) => m.kind && STATE_KINDS.has(m.kind) && m.source !== "agent");
    return {
      event_type: "Battles",
      sub_event_type: stateSide ? "Government regains territory" : "Non-state actor overtakes territory",
    };
  }
  return base;
}

/** The events stage: runs last (requires tokens, entities, places, times) and assigns `events`. */
export function createEventsStage(
  res: EventResources = { lexicon: loadEventLexicon(), countries: loadCountries() },
  options: EventsStageOptions = {},
): Stage {
  // the learned confidence of each event and the precision filter on it (confidence.ts)
  const model = options.confidence === undefined ? loadConfidenceModel() : options.confidence;
  const featureRes = { lexicon: res.lexicon, cues: loadConfidenceCues() };
  return {
    name: "events",
    requires: ["sentences", "tokens", "entities", "places", "times"],
    assigns: ["events"],
    run(doc: Doc): Doc {
      const events = extractEvents(doc, res, options.statements);
      return {
        ...doc,
        events: applyConfidence(doc, events, model, featureRes, { keepAll: options.keepAll }),
      };
    },
  };
}

export interface EventsStageOptions {
  /** The confidence model (default: the shipped one; null: no confidence and no filter). */
  confidence?: ConfidenceModel | null;
  /** Keep events under the confidence threshold (each still carries its confidence). */
  keepAll?: boolean;
  /** A statement typer's hook (statement-typer.ts): proposes statement events on report verbs; none by default. */
  statements?: StatementHook;
}

/** The COERCE modes of one police operation: an arrest and a seizure told in one clause (joinArrestSeizures). */
const POLICE_OPERATION_MODES = new Set(["arrest", "seize"]);

/**
 * "تمكنت وحدات الحرس من إيقاف 10 سيارات … وحجز البضاعة"، "ألقت القبض على 5 أشخاص … كما تم حجز أسلحة": an arrest and a
 * seizure told in one clause (no comma nor sentence break between their words) are one police operation, one COERCE
 * event; the later reading joins the earlier one (`partOf`). Told apart by a comma (حجزت الوحدات مخدرات بالوادي، في
 * حين تم القبض على 8 مهربين) they stay two.
 */
function joinArrestSeizures(here: Candidate[], words: Word[]): void {
  for (const c of here) {
    if (c.type !== "COERCE" || !POLICE_OPERATION_MODES.has(c.mode ?? "") || c.partOf !== undefined) continue;
    const earlier = here.find(
      (x) =>
        x !== c &&
        x.type === "COERCE" &&
        x.mode !== c.mode &&
        POLICE_OPERATION_MODES.has(x.mode ?? "") &&
        x.modality === c.modality &&
        x.match.last <= c.match.first &&
        !words
          .slice(x.match.last, c.match.first)
          .some((w) => w.punct && (HARD_BOUNDARY.has(w.text) || isComma(w.text))),
    );
    if (earlier) c.partOf = earlier.match.first;
  }
}
