import type { Doc, Entity, Place } from "../doc/types.ts";
import { capitalOf, type ResolvedPlace, resolvePlace } from "../places/api.ts";
import { nisbaShaped } from "../text/nisba.ts";
import type { CountryTable } from "./countries.ts";
import { wordKey } from "./key.ts";
import type { EventLexicon } from "./lexicon.ts";
import { type Cues, type SentenceView, someStem, type Word } from "./view.ts";
import type { WordReading } from "./words.ts";

/** A phrase in a sentence that can fill an actor slot, or a place. */
export interface Mention {
  start: number;
  end: number;
  /** Word indices in the sentence: [first, last). */
  first: number;
  last: number;
  text: string;
  name_ar: string;
  name_en: string | null;
  id: string | null;
  kind: string | null;
  country: string | null;
  source: "entity" | "place" | "country" | "agent" | "demonym";
  /** A place; a country-level place can also act (الجزائر ومصر تعملان). */
  place: Place | null;
  state: boolean;
  /** The preposition governing it (separate word or clitic), null when it is a bare noun phrase. */
  prep: string | null;
  /** Joined by و to the mention before it (الجزائر ومصر). */
  coordinated: boolean;
  /** A nisba adjective standing for its country (استعداد جزائري مصري). */
  adjectival: boolean;
  /** The role of an agent head that has one in agents.tsv (judges and prosecutors: `judicial`). */
  agentRole?: string;
}

export interface MentionContext {
  doc: Doc;
  lexicon: EventLexicon;
  cues: Cues;
  countries: CountryTable;
}

const QUOTES = /^["«»“”'([)\]]+$/;

/** The word whose span holds `offset` (words are in text order and do not overlap: a binary search). */
function wordAt(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid];
    if (offset < w.start) hi = mid - 1;
    else if (offset >= w.end) lo = mid + 1;
    else return w.i;
  }
  return -1;
}

/** Word index range covered by a char span. */
function wordRange(words: Word[], start: number, end: number): [number, number] | null {
  const a = wordAt(words, start);
  const b = wordAt(words, end - 1);
  if (a < 0 || b < 0) return null;
  return [a, b + 1];
}

function prepOf(words: Word[], first: number, start: number, cues: Cues): string | null {
  const w = words[first];
  if (w && start > w.start) {
    // the mention starts inside its token: بالقاهرة، لتونس → the clitic before it
    const before = wordKey(w.text.slice(0, start - w.start)).replace(/^[وف]/, "");
    if (/^[بلك]/.test(before)) return before[0] ?? null;
  } else if (w) {
    const r = w.readings.find((x) => x.prep && x.key.length >= 3);
    if (r && w.readings.every((x) => x.prep)) return r.prep;
  }
  let j = first - 1;
  while (j >= 0 && words[j]?.punct && QUOTES.test(words[j]?.text ?? "")) j--;
  const prev = words[j];
  const prep = cues.which(prev, "prep");
  if (prep) {
    // عدد من الضباط: من after a quantifier is partitive, not a preposition
    if (prep === "من" && cues.is(words[j - 1], "quantifier")) return null;
    return prep;
  }
  return null;
}

function isCountryPlace(place: Place, countries: CountryTable): boolean {
  if (place.feature && /country|PCL/i.test(place.feature)) return true;
  if (!place.country) return false;
  const c = countries.byCode.get(place.country);
  if (!c) return false;
  const key = wordKey(place.text).replace(/^[وفبلك]?(ال)?/, "");
  const name = wordKey(c.name_ar).replace(/^ال/, "");
  return key === name || wordKey(place.name_ar ?? "") === wordKey(c.name_ar);
}

/** Country names written in the sentence (الجزائر، لتونس، ومصر), found with the country table. */
function countryNameAt(words: Word[], i: number, countries: CountryTable): string | null {
  return countryReadingAt(words, i, countries)?.code ?? null;
}

type CountryReading = { code: string; prep: string | null; conj: boolean } | null;

/** The country a word names, found once per readings list (they are cached and shared) and country table. */
function countryReadingAt(words: Word[], i: number, countries: CountryTable): CountryReading {
  const w = words[i];
  if (!w || w.punct) return null;
  const memo = w.memo;
  if (memo.countryOf !== countries) {
    memo.country = findCountryReading(w.readings, countries);
    memo.countryOf = countries;
  }
  return memo.country as CountryReading;
}

/** The country of a nisba adjective (الجزائرية → DZ), asked once per written form and country table. */
function demonymOf(w: Word, countries: CountryTable): string | null {
  if (w.punct) return countries.demonym(w.text);
  const form = w.form;
  if (form.demonymOf !== countries) {
    form.demonym = countries.demonym(w.text);
    form.demonymOf = countries;
  }
  return form.demonym;
}

function findCountryReading(readings: WordReading[], countries: CountryTable): CountryReading {
  for (const r of readings) {
    if (r.pron) continue;
    // الجزائر is a name with the article; القطر ("the country") is no Qatar: a reading with the article names a
    // country only when the name itself has it
    const hit = r.det ? countries.named(`ال${r.key}`) : countries.named(r.key);
    if (hit) return { code: hit, prep: r.prep, conj: r.conj };
  }
  return null;
}

/** The words after a generic actor head that belong to its noun phrase: adjectives, a genitive, من + country. */
function extendAgent(
  words: Word[],
  head: number,
  headLen: number,
  ctx: MentionContext,
  role?: string,
): { last: number; country: string | null } {
  let last = head + headLen;
  let country: string | null = null;
  const headWord = words[head + headLen - 1];
  // (نظيره، نظيرتها: a head listed with its pronoun, role `counterpart`, is definite by it)
  const headDet = (headWord?.readings.some((r) => r.det) ?? false) || role === "counterpart";
  // مقاتلينا: a noun with a pronoun is a whole phrase
  if (
    headWord?.readings.every((r) => r.pron || r.key === wordKey(headWord.text)) &&
    agentWithPronoun(headWord, ctx)
  )
    return { last, country };
  let genitive = false;
  // an adjective taken closes the construct: no genitive can follow it (مسؤول فلسطيني | إسرائيل)
  let described = false;
  let taken = 0;
  while (taken < 4) {
    const w = words[last];
    if (!w || w.punct) break;
    // النقابة الوطنية للصحافيين التونسيين، القوات الخاصة للجيش العراقي: a genitive told with لـ whose own nisba
    // follows it says whose the body is (its country), and ends the phrase
    const lamNisba = words[last + 1];
    if (
      !country &&
      lamNisba &&
      !lamNisba.punct &&
      w.readings.some((r) => r.prep === "ل" && r.det && !r.conj) &&
      lamNisba.readings.some((r) => r.det && !r.prep && !r.conj)
    ) {
      const lc = demonymOf(lamNisba, ctx.countries);
      if (lc) {
        country = lc;
        last += 2;
        break;
      }
    }
    const c = demonymOf(w, ctx.countries);
    // وكان الرجل نمساوي الجنسية: an indefinite nisba after a definite head is its predicate, not its adjective
    if (c && headDet && !w.readings.some((r) => r.det)) break;
    if (c && !w.readings.every((r) => r.conj)) {
      country ??= c;
      described = true;
      last++;
      taken++;
      // (نظيره التركي | الأزمة السورية: a counterpart is told by its nationality alone; what follows is the talks')
      if (role === "counterpart") break;
      continue;
    }
    if (w.readings.length && w.readings.every((r) => r.conj || r.prep || r.fut)) break;
    if (
      ctx.cues.is(w, "prep") ||
      ctx.cues.is(w, "complement") ||
      ctx.cues.is(w, "report") ||
      ctx.cues.is(w, "relative")
    ) {
      // من + a country: ضباط استخبارات من الجزائر
      if (wordKey(w.text) === "من") {
        const cc = countryNameAt(words, last + 1, ctx.countries);
        if (cc) {
          country ??= cc;
          last += 2;
        }
      }
      break;
    }
    // مسلحون مجهولون، الشبان الملثمون: a perpetrator word that names an actor alone (agents.tsv) is the head's
    // adjective when it follows it with the same article (cue class `agent_adjective`)
    if (
      ctx.cues.is(w, "agent_adjective") &&
      headDet === w.readings.some((r) => r.det && !r.prep && !r.conj) &&
      !w.readings.every((r) => r.conj || r.prep)
    ) {
      last++;
      taken++;
      continue;
    }
    // another actor word starts another phrase: المتظاهرون | الحكومة; but an indefinite head in construct with
    // an indefinite actor word that a country closes is one office: رئيس وزراء العراق، قائد قوات فرنسا
    if (agentAt(words, last, ctx) && !(!headDet && !genitive && officeOfCountry(words, last, ctx))) break;
    // an event word is no adjective of the actor: ألقت الشرطة | القبض، تبنت حركة الشباب | الهجوم
    if (someStem(w, (k) => ctx.lexicon.triggers.get(k)?.some((e) => e.pos === "noun") ?? false)) break;
    // a country name or a named place ends the phrase: وزير الخارجية الفرنسي | الجزائر; but a country right after
    // an indefinite head is its genitive (إضافة): وزراء خارجية الجزائر، سفراء فرنسا are Algeria's, France's
    const named = countryReadingAt(words, last, ctx.countries);
    if (named) {
      // (the reading that names the country must have no و/ف of its own: ومصر is another party, while فرنسا
      // also reads as ف + رنسا and is still France's genitive in وزير خارجية فرنسا)
      // (nor after a word in the accusative: 23 دبلوماسيا روسيا، جنديا بريطانيا are a Russian diplomat and a British
      // soldier, the nisba written as the country's name, not the diplomats "of Russia")
      // (nor after an adjective: اتهم مسؤول فلسطيني إسرائيل، دعت دول غربية روسيا — the country is the object)
      if (!headDet && !genitive && !described && !named.prep && !named.conj && !accusative(words[last - 1])) {
        country ??= named.code;
        last++;
      }
      break;
    }
    if (placeWords(ctx).has(w.start)) break;
    // a time is no adjective either: تظاهر آلاف الأشخاص | الأحد
    if (timeWords(ctx).has(w.start)) break;
    const det = w.readings.some((r) => r.det && !r.prep && !r.conj) && !hamzaNotArticle(w);
    if (headDet || genitive) {
      // definite phrase: only definite adjectives follow
      if (!det) break;
      // ورفض الحزب | القرار، نفت الحكومة | الاتهامات: a definite noun that no adjective is shaped like starts the
      // object of the verb before the phrase
      if (definiteNounNoAdjective(w, words[last - 1], ctx)) break;
    } else if (det) {
      // indefinite head + definite genitive: ضباط الاستخبارات
      genitive = true;
    } else if (
      taken > 0 ||
      // (nominative and genitive forms only: taking the accusative too, جنديا | يمنيا، moved an event's merge and
      // its sources on dev with no gain in F1)
      !(
        nisbaShaped(wordKey(w.text), { minLength: 5, accusative: false }) ||
        isModeWord(w, ctx) ||
        // (رئيس وزراء العراق: a genitive that a country closes)
        officeOfCountry(words, last, ctx)
      )
    )
      break;
    if (!det && !officeOfCountry(words, last, ctx)) described = true;
    last++;
    taken++;
  }
  return { last, country };
}

/**
 * A definite word that is a noun, never an adjective agreeing with the definite phrase before it, so it starts
 * another phrase (the verb's object): a document or decree noun (القرار، البيان); a verbal noun of the derived
 * stems, whose shapes no adjective has (التحقيق، التوقف، التشاور، الاعتماد، الاستمرار، الإطاحة); a sound feminine
 * plural after a word that is none (الحكومة | الاتهامات، الحزب | الانتخابات), which an adjective would only be
 * after a feminine plural (الناشطات المعتقلات) or as a participle (النساء المسلمات). Nisba adjectives (التنفيذي، الانتخابية) keep their own shape.
 */
function definiteNounNoAdjective(w: Word, before: Word | undefined, ctx: MentionContext): boolean {
  if (ctx.cues.is(w, "document") || ctx.cues.is(w, "decree")) return true;
  const text = w.text.replace(/[\u064B-\u065F\u0640]/g, "");
  const m = /^ال(.+)$/.exec(text);
  if (!m?.[1]) return false;
  const stem = m[1];
  if (/(ي|ية|يين|يون|يان|يات|يتين)$/.test(stem)) return false;
  // (a participle's plural still agrees with a woman's plural: النساء المسلمات، للنساء المعنفات)
  if (thingsPlural(stem)) return !!before && !/ات$/.test(wordKey(before.text));
  return verbalNounShaped(stem) && !stem.startsWith("م");
}

/**
 * A word (without its article, diacritics stripped) shaped as a sound feminine plural of things: ـات, not a nisba's
 * (ـيات) nor a participle's (مـ…ات: المعتقلات), so no adjective agreeing with a person (الاتهامات، تصرفات).
 */
export function thingsPlural(stem: string): boolean {
  return /^[^م].+ات$/.test(stem) && !/يات$/.test(stem);
}

/**
 * A word (without its article, diacritics stripped) shaped as a verbal noun of a derived stem, a shape no adjective
 * or person noun has: تفعيل (تحقيق)، تفعّل (توقف)، تفاعل (تشاور)، افتعال، انفعال، استفعال (bare alef: اعتماد،
 * استمرار)، إفعال (hamza under the alef: إطاحة)، مفاعلة (مصافحة، مساعدة). Not the tens number of the تفعيل shape
 * (سرب المقاتلات التسعين).
 */
export function verbalNounShaped(stem: string): boolean {
  if (/^ت[^ا]{2}ي[^اوي]$/.test(stem) && stem !== "تسعين") return true;
  if (/^ت[^ا]{3}$/.test(stem) || /^ت[^ا]ا[^ا]{2}$/.test(stem)) return true;
  if (/^ا[^ا]{3,4}ا[^ا]ة?$/.test(stem)) return true;
  if (/^إ[^ا]{2}ا[^ا]ة?$/.test(stem)) return true;
  return /^م[^ا]ا[^ا]{2}ة$/.test(stem);
}

/**
 * A word written with a hamza on its first alef (ألقت، أعلنت، إلغاء، آل) whose folded key reads as the article + a
 * stem (القت → ال + قت): the article is written with a bare alef, so this is a verb or a noun, never a definite
 * adjective of the actor before it (الشرطة | ألقت القبض، السلطات | ألقت، آل ثاني).
 */
function hamzaNotArticle(w: Word): boolean {
  return /^[أإآ]ل/.test(w.text.replace(/[\u064B-\u065F\u0640]/g, ""));
}

/**
 * An indefinite word (no article, clitic or pronoun, not in the accusative) right before a country name read without
 * و/ف or a preposition: the rest of an office's genitive chain (رئيس وزراء | العراق).
 */
function officeOfCountry(words: Word[], at: number, ctx: MentionContext): boolean {
  const w = words[at];
  if (!w || w.punct || accusative(w) || !w.readings.some((r) => !r.det && !r.conj && !r.prep && !r.pron))
    return false;
  // (أطفالا شمال اليمن: a compass word names where, and a head in the accusative governs no genitive)
  if (ctx.cues.is(w, "compass") || accusative(words[at - 1])) return false;
  const named = countryReadingAt(words, at + 1, ctx.countries);
  return !!named && !named.prep && !named.conj;
}

/** A word ending in the alif of the indefinite accusative (جنديا، دبلوماسيا): no head of a genitive. */
function accusative(w: Word | undefined): boolean {
  return !!w && /[^اى]ا$/.test(wordKey(w.text)) && !w.readings.some((r) => r.det);
}

function isModeWord(w: Word, ctx: MentionContext): boolean {
  return ["mode:intelligence", "mode:military", "mode:security"].some((c) => ctx.cues.is(w, c));
}

function agentWithPronoun(w: Word, ctx: MentionContext): boolean {
  return (
    w.readings.some((r) => r.pron && ctx.lexicon.agents.has(r.key)) &&
    !ctx.lexicon.agents.has(wordKey(w.text))
  );
}

const overlapCache = new WeakMap<object, Set<number>>();
/** Start offsets of the document's tokens that overlap one of `spans`, computed once per span list. */
function tokensOverlapping(
  spans: readonly { start: number; end: number }[],
  ctx: MentionContext,
): Set<number> {
  let set = overlapCache.get(spans);
  if (!set) {
    set = new Set<number>();
    for (const t of ctx.doc.tokens ?? [])
      if (spans.some((x) => x.start < t.end && t.start < x.end)) set.add(t.start);
    overlapCache.set(spans, set);
  }
  return set;
}

/** Start offsets of tokens inside a time expression (الأحد، مساء السبت), computed once per document. */
function timeWords(ctx: MentionContext): Set<number> {
  return tokensOverlapping(ctx.doc.times ?? [], ctx);
}

/** Start offsets of tokens that hold a place, computed once per document. */
function placeWords(ctx: MentionContext): Set<number> {
  return tokensOverlapping(ctx.doc.places ?? [], ctx);
}

/** What a mention names: the fields after its span, preposition and flags. */
type MentionFields = Pick<
  Mention,
  "name_ar" | "name_en" | "id" | "kind" | "country" | "source" | "place" | "state" | "agentRole"
>;

/** People named by a phrase or a nisba, not by a name in the lexicon: no id and no English name. */
function peopleFields(
  name_ar: string,
  kind: Mention["kind"],
  country: string | null,
  source: "agent" | "demonym",
): MentionFields {
  return { name_ar, name_en: null, id: null, kind, country, source, place: null, state: false };
}

/** A state named by its country name or by a nisba: the country table's names, else the word as written. */
function stateFields(
  code: string,
  countries: CountryTable,
  written: string,
  source: "country" | "demonym",
): MentionFields {
  const c = countries.byCode.get(code);
  return {
    name_ar: c?.name_ar ?? written,
    name_en: c?.name_en ?? null,
    id: code,
    kind: "state",
    country: code,
    source,
    place: null,
    state: true,
  };
}

/** All actor and place mentions of a sentence, left to right, non-overlapping. */
export function findMentions(view: SentenceView, ctx: MentionContext): Mention[] {
  const { words } = view;
  const found: Mention[] = [];
  // a mention is kept only if none of its words is taken yet: checked before it is built (prepOf, the text)
  const covered = new Uint8Array(words.length);
  const free = (first: number, last: number) => {
    for (let i = first; i < last; i++) if (covered[i]) return false;
    return true;
  };
  // one object shape for every mention (spreading two objects into one made slow, large objects)
  const take = (
    start: number,
    end: number,
    first: number,
    last: number,
    prep: string | null,
    f: MentionFields,
    adjectival = false,
  ) => {
    for (let i = first; i < last; i++) covered[i] = 1;
    found.push({
      start,
      end,
      first,
      last,
      text: ctx.doc.text.slice(start, end),
      prep,
      coordinated: false,
      adjectival,
      name_ar: f.name_ar,
      name_en: f.name_en,
      id: f.id,
      kind: f.kind,
      country: f.country,
      source: f.source,
      place: f.place,
      state: f.state,
      ...(f.agentRole ? { agentRole: f.agentRole } : {}),
    });
  };
  const prepAt = (first: number, start: number) => prepOf(words, first, start, ctx.cues);
  const inSentence = (s: { start: number; end: number }) => s.start >= view.start && s.end <= view.end;
  const places = (ctx.doc.places ?? []).filter(inSentence);
  const entities = (ctx.doc.entities ?? []).filter(inSentence);
  // الفتيات اللواتي عدن إلى مدينة دابتشي، حيث عمد عدد من المواطنين إلى الاعتداء: a verb follows a relative pronoun
  // or حيث, so a town's name written there bare is the verb it spells ("they returned", "set about"), not the town
  const verbSlot = (first: number, start: number) => {
    const w = words[first];
    const prev = words[first - 1];
    if (!w || w.start !== start || !prev || prev.punct || prepAt(first, start)) return false;
    return (ctx.cues.is(prev, "relative") && wordKey(prev.text) !== "ما") || wordKey(prev.text) === "حيث";
  };

  // اتهمت قطر السعودية بـ…: country names side by side that the tagger took as one place (which names no
  // country) are one state each, read in step 3
  const statesSideBySide = (first: number, last: number, place: Place | null) => {
    if (last - first < 2 || (place && isCountryPlace(place, ctx.countries))) return false;
    for (let i = first; i < last; i++) if (!countryReadingAt(words, i, ctx.countries)) return false;
    return true;
  };
  // 1. named entities (with their canonical actor when the places stage found one)
  for (const e of entities) {
    const range = wordRange(words, e.start, e.end);
    if (!range || !free(range[0], range[1])) continue;
    const [first, last] = range;
    // بقيمة 5 ملايين دولار، سلاحين من نوع كلاشنيكوف: a currency or a weapon's make that NER tags is no party
    if (e.type !== "LOC" && notAnActor(words, first, last, ctx)) continue;
    if (
      e.type === "LOC" &&
      statesSideBySide(first, last, places.find((p) => p.start < e.end && e.start < p.end) ?? null)
    )
      continue;
    const place = places.find((p) => p.start < e.end && e.start < p.end) ?? null;
    if (e.type === "LOC" && verbSlot(first, e.start)) continue;
    const prep = prepAt(first, e.start);
    if (e.type !== "LOC" && programmeOrContest(words, first, ctx)) continue;
    if (e.type === "LOC" && place && !isCountryPlace(place, ctx.countries)) {
      take(e.start, e.end, first, last, prep, placeFields(place, ctx, false));
      continue;
    }
    // قطاع غزة، مدينة جرادة read as a person's name: a name headed by a place noun is a place when the
    // gazetteer knows it
    const named = !place && ctx.cues.is(words[first], "place_head") ? gazetteerPlace(e) : null;
    if (named) {
      take(e.start, e.end, first, last, prep, placeFields(named, ctx, false));
      continue;
    }
    // ووزير الداخلية، للمجلس الرئاسي: clitics the entity stage kept are not part of the name (a preposition
    // among them governs it)
    const w0 = words[first];
    const trimmed = w0 && w0.start === e.start ? withoutProclitics(w0) : null;
    if (trimmed && trimmed.start > e.start) {
      const fields = entityFields(e, place, ctx);
      take(trimmed.start, e.end, first, last, prepAt(first, trimmed.start), {
        ...fields,
        name_ar: fields.name_ar === e.text ? ctx.doc.text.slice(trimmed.start, e.end) : fields.name_ar,
      });
      continue;
    }
    take(e.start, e.end, first, last, prep, entityFields(e, place, ctx));
  }
  // 2. places the entity stage missed
  for (const p of places) {
    const range = wordRange(words, p.start, p.end);
    if (!range || !free(range[0], range[1])) continue;
    const [first, last] = range;
    if (statesSideBySide(first, last, p)) continue;
    if (verbSlot(first, p.start)) continue;
    take(
      p.start,
      p.end,
      first,
      last,
      prepAt(first, p.start),
      placeFields(p, ctx, isCountryPlace(p, ctx.countries)),
    );
  }
  // 3. country names, and generic actor noun phrases (الجيش التونسي، الميليشيات الإسلامية، مصادر أمنية)
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const w = words[i];
    if (!w || w.punct) continue;
    const cr = countryReadingAt(words, i, ctx.countries);
    if (cr) {
      const cc = cr.code;
      const c = ctx.countries.byCode.get(cc);
      const start = w.start + (w.text.length - stripLen(w.text, c?.name_ar ?? ""));
      take(
        start,
        w.end,
        i,
        i + 1,
        cr.prep ?? prepAt(i, start),
        stateFields(cc, ctx.countries, w.text, "country"),
      );
      continue;
    }
    // بالعاصمة الجزائرية: the capital of the country its adjective names, when no name follows (Algiers)
    const nisba = words[i + 1];
    const capitalCountry = ctx.cues.is(w, "capital_head") && nisba ? ctx.countries.demonym(nisba.text) : null;
    // العاصمة الليبية طرابلس: the nisba of a capital told by its name describes the capital (a place), no party
    if (capitalCountry && covered[i + 2]) {
      i++;
      continue;
    }
    if (capitalCountry) {
      const r = capitalOf(capitalCountry);
      if (r && r.country === capitalCountry) {
        const { start } = withoutProclitics(w);
        const place: Place = {
          start,
          end: nisba.end,
          text: ctx.doc.text.slice(start, nisba.end),
          ...gazetteerFields(r),
        };
        take(start, nisba.end, i, i + 2, prepAt(i, start), placeFields(place, ctx, false));
        continue;
      }
    }
    // داخل الأراضي السورية، الأجواء اللبنانية، التراب التونسي: a country's territory named by its nisba is a place in
    // that country (where an event happens), never a party to it
    const territoryCountry =
      ctx.cues.is(w, "territory_head") && nisba && !covered[i + 1] ? ctx.countries.demonym(nisba.text) : null;
    const territoryOf = territoryCountry ? ctx.countries.byCode.get(territoryCountry) : undefined;
    if (territoryCountry && territoryOf) {
      const { start } = withoutProclitics(w);
      const place: Place = {
        start,
        end: nisba.end,
        text: ctx.doc.text.slice(start, nisba.end),
        id: territoryCountry,
        name_en: territoryOf.name_en,
        name_ar: territoryOf.name_ar,
        country: territoryCountry,
        admin1: null,
        lat: null,
        lon: null,
        precision: 3,
        feature: "country",
      };
      take(start, nisba.end, i, i + 2, prepAt(i, start), placeFields(place, ctx, false));
      continue;
    }
    // القطاع، المدينة: a definite place noun alone points back at a place told before (resolved by the stage);
    // so does العاصمة with no name or adjective after it (وسط العاصمة: the capital told before, or the country's)
    const bareCapital =
      ctx.cues.is(w, "capital_head") && !covered[i + 1] && !(nisba && ctx.countries.demonym(nisba.text));
    if ((ctx.cues.is(w, "place_head") || bareCapital) && w.readings.some((r) => r.det && !r.pron)) {
      take(w.start, w.end, i, i + 1, prepAt(i, w.start), {
        name_ar: w.text,
        name_en: null,
        id: null,
        kind: "place",
        country: null,
        source: "place",
        place: null,
        state: false,
      });
      continue;
    }
    // تظاهر الآلاف في فيينا، احتج العشرات أمام مقر الوزارة: a crowd told by its size alone is the crowd
    const crowd = crowdAt(words, i, ctx);
    if (crowd > i && free(i, crowd)) {
      const { start, head: firstWord } = withoutProclitics(w);
      const end = words[crowd - 1]?.end ?? w.end;
      const phrase = [firstWord, ...words.slice(i + 1, crowd).map((x) => x.text)].join(" ");
      take(start, end, i, crowd, prepAt(i, start), peopleFields(phrase, "civilians", null, "agent"));
      continue;
    }
    const head = agentAt(words, i, ctx) ?? countedAt(words, i, ctx);
    if (head) {
      const { last, country } = extendAgent(words, i, head.len, ctx, head.role);
      // وزير خارجية فرنسا: the country that closes an office's genitive, taken before as a state of its own (an
      // entity, a place), belongs to the office; it is no second party
      const closing =
        country && !free(i, last)
          ? found.findIndex((m) => m.last === last && m.first > i && m.state && m.country === country)
          : -1;
      if (closing >= 0 && free(i, found[closing]?.first ?? i)) found.splice(closing, 1);
      else if (!free(i, last)) continue;
      const { start, head: firstWord } = withoutProclitics(w);
      const end = words[last - 1]?.end ?? w.end;
      const phrase = [firstWord, ...words.slice(i + 1, last).map((x) => x.text)].join(" ");
      take(start, end, i, last, head.prep ?? prepAt(i, start), {
        ...peopleFields(phrase, head.kind, country, "agent"),
        agentRole: head.role,
      });
      continue;
    }
    const dc = demonymOf(w, ctx.countries);
    // مدينة بجاية الجزائرية، مطار دالامان التركي: a nisba right after a town names the town's country, no party
    const ofTown = found.some((m) => m.last === i && m.place && !m.state && m.country === dc);
    // مقتل ثلاثة روس، اختطاف 4 تونسيين: a nationality counted by a number names people of that country, not the state
    const before = words[i - 1];
    // (not طائرة واحدة سويدية: "one" after a noun is its adjective, and so is the nationality after it)
    const counted =
      !!before &&
      !before.punct &&
      (before.token.kind === "number" || (before.token.value !== undefined && before.token.value !== 1));
    if (dc && !ofTown && counted && w.readings.every((r) => !r.det)) {
      take(w.start, w.end, i, i + 1, prepAt(i, w.start), peopleFields(w.text, "civilians", dc, "demonym"));
    } else if (dc && !ofTown) {
      take(
        w.start,
        w.end,
        i,
        i + 1,
        prepAt(i, w.start),
        stateFields(dc, ctx.countries, w.text, "demonym"),
        true,
      );
    }
  }
  found.sort((a, b) => a.first - b.first);
  for (const m of found) {
    const before = wordBefore(words, m.first);
    // جنوب السودان when the tagger took السودان alone: a compass word and a country that together name
    // another country are that country (South Sudan), not a region of the first
    if (before && m.country && (m.place || m.state) && ctx.cues.is(before, "compass") && !covered[before.i]) {
      const { start, head } = withoutProclitics(before);
      const r = resolvePlace(`${head} ${ctx.doc.text.slice(m.start, m.end)}`);
      if (r?.country && r.feature === "country" && r.country !== m.country) {
        const fields = stateFields(r.country, ctx.countries, r.name_ar, "country");
        const place: Place = {
          start,
          end: m.end,
          text: ctx.doc.text.slice(start, m.end),
          ...gazetteerFields(r),
        };
        Object.assign(m, {
          ...fields,
          id: m.state ? fields.id : r.id,
          kind: m.state ? fields.kind : "place",
          source: m.source,
          state: m.state,
          place: m.place ? place : null,
          prep: m.prep ?? prepAt(before.i, start),
        });
        m.start = start;
        m.first = before.i;
        m.text = place.text;
        continue;
      }
    }
    // شمالي نيجيريا، جنوب لبنان: a place after a compass word is where, never who
    if (!m.prep && (m.place || m.state) && m.country && ctx.cues.is(before, "compass")) m.prep = "في";
    // صلاة المغرب، أذان المغرب: the sunset prayer, not Morocco
    if (m.state && m.country === "MA" && ctx.cues.is(before, "prayer")) {
      m.state = false;
      m.kind = null;
      m.id = null;
      m.country = null;
      m.source = "place";
      m.place = null;
      m.prep = "في";
    }
  }
  // هددت موسكو، وردت واشنطن: a capital named without a preposition speaks for its state (في موسكو stays a place)
  for (const m of found)
    if (
      m.source === "place" &&
      !m.state &&
      !m.prep &&
      m.country &&
      // (a national capital only: معبر القنيطرة is a governorate's seat, not Syria speaking)
      /^(capital|PPLC)$/i.test(m.place?.feature ?? "") &&
      // (not in apposition or construct with the noun before it: في العاصمة الصومالية مقديشو، "ثوار طرابلس")
      !governedByNoun(words, m.first, found, ctx)
    ) {
      m.state = true;
      m.kind = "state";
      m.id = m.country;
    }
  for (let k = 1; k < found.length; k++) {
    const prev = found[k - 1];
    const m = found[k];
    if (!prev || !m) continue;
    const w = words[m.first];
    const joined =
      m.first === prev.last || (m.first === prev.last + 1 && QUOTES.test(words[prev.last]?.text ?? ""));
    if (joined && w && /^و/.test(wordKey(w.text)) && w.readings.some((r) => r.conj)) m.coordinated = true;
    if (joined && m.adjectival && prev.adjectival) m.coordinated = true;
  }
  return found;
}

/**
 * A programme's or a contest's name is where a statement is heard or a match played, never a party to the event (في
 * برنامج بوليتيكا، مباريات بطولة كأس العالم، المونديال): a name right after a programme word (cue class `programme`,
 * quotes between allowed) or headed by a contest word (`contest`).
 */
function programmeOrContest(words: Word[], first: number, ctx: MentionContext): boolean {
  if (ctx.cues.is(words[first], "contest")) return true;
  let j = first - 1;
  while (j >= 0 && words[j]?.punct && QUOTES.test(words[j]?.text ?? "")) j--;
  return ctx.cues.is(words[j], "programme");
}

/** A name that is a currency or a weapon's make (cue classes `currency`, `arms_make`), whole: never an actor. */
function notAnActor(words: Word[], first: number, last: number, ctx: MentionContext): boolean {
  for (const cls of ["currency", "arms_make"])
    if (ctx.cues.at(words, first, cls) === last - first) return true;
  return false;
}

/**
 * A word without its leading conjunction and preposition clitics, as the text stage segmented its token
 * (وعناصر → عناصر، للمجلس → المجلس).
 */
export function withoutProclitics(w: Word): { start: number; head: string } {
  let start = w.start;
  let elided = false;
  for (const p of w.token.parts) {
    if (p.tag === "conj" || p.tag === "prep" || p.tag === "fut") start = p.end;
    else {
      // لل: the article's alif is not written after ل
      elided = p.tag === "det" && p.end - p.start === 1;
      break;
    }
  }
  if (start === w.start || start >= w.end) return { start: w.start, head: w.text };
  const rest = w.text.slice(start - w.start);
  return elided ? { start, head: `ا${rest}` } : { start, head: rest };
}

/** The word before index i, skipping quotes. */
function wordBefore(words: Word[], i: number): Word | undefined {
  let j = i - 1;
  while (j >= 0 && words[j]?.punct && QUOTES.test(words[j]?.text ?? "")) j--;
  return words[j];
}

/**
 * Whether the name at word i follows a noun that governs it: an actor phrase (ثوار طرابلس), a place noun or a
 * nisba adjective (العاصمة الصومالية مقديشو).
 */
function governedByNoun(words: Word[], i: number, found: Mention[], ctx: MentionContext): boolean {
  const w = wordBefore(words, i);
  if (!w || w.punct) return false;
  if (found.some((m) => m.first <= w.i && w.i < m.last && m.source !== "place")) return true;
  return ctx.cues.is(w, "place_head") || ctx.cues.is(w, "capital_head") || !!ctx.countries.demonym(w.text);
}

function stripLen(text: string, name: string): number {
  // the length of the name part of a token with proclitics (لتونس → تونس)
  const n = name.replace(/^ال/, "");
  const idx = wordKey(text).lastIndexOf(wordKey(n));
  if (idx < 0) return text.length;
  const withArticle = idx >= 2 && wordKey(text).slice(idx - 2, idx) === "ال";
  return text.length - idx + (withArticle ? 2 : 0);
}

const firstsCache = new WeakMap<object, Set<string>>();
/** First words of the two-word actor heads (قوات الأمن), so most words skip the pair lookup. */
function twoWordFirsts(ctx: MentionContext): Set<string> {
  let set = firstsCache.get(ctx.lexicon.agents);
  if (!set) {
    set = new Set(
      [...ctx.lexicon.agents.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0] ?? ""),
    );
    firstsCache.set(ctx.lexicon.agents, set);
  }
  return set;
}

type AgentHead = { len: number; kind: string; prep: string | null; role?: string };

/** What a word's readings say alone (cached per readings list, which words of the same form share). */
interface AgentFacts {
  /** One reading starts a two-word head. */
  startsPair: boolean;
  single: AgentHead | null;
}

/** The agent facts of a readings list, worked out once per list (they are cached and shared) and lexicon. */
function agentFactsOf(w: Word, ctx: MentionContext): AgentFacts {
  const agents = ctx.lexicon.agents;
  const memo = w.memo;
  if (memo.agentOf === agents) return memo.agent as AgentFacts;
  const readings = w.readings;
  const firsts = twoWordFirsts(ctx);
  let single: AgentHead | null = null;
  for (const r of readings) {
    if (r.fut) continue;
    const head = agents.get(r.key) ?? (r.det ? agents.get(`ال${r.key}`) : undefined);
    if (head) {
      single = { len: 1, kind: head.kind, prep: r.prep, role: head.role };
      break;
    }
  }
  const facts: AgentFacts = { startsPair: readings.some((a) => firsts.has(a.key)), single };
  memo.agent = facts;
  memo.agentOf = agents;
  return facts;
}

/**
 * A crowd told by its size alone (cue class `crowd`: تظاهر الآلاف في فيينا، احتج العشرات أمام الوزارة، عشرات الآلاف
 * الأحد): the end of the crowd phrase, or -1. Not a numeral's thousands (3 آلاف، عشرة آلاف) nor a quantity with
 * its noun after it (آلاف الأشخاص، العشرات من الصواريخ: the noun is the mention).
 */
function crowdAt(words: Word[], i: number, ctx: MentionContext): number {
  if (!ctx.cues.is(words[i], "crowd")) return -1;
  const before = words[i - 1];
  if (before && !before.punct && (before.token.kind === "number" || before.token.value !== undefined))
    return -1;
  let end = i + 1;
  if (ctx.cues.is(words[end], "crowd")) end++;
  const next = words[end];
  if (!next || next.punct) return end;
  const glued = next.readings.length > 0 && next.readings.every((r) => r.prep === "ب" || r.prep === "ل");
  if (glued || ctx.cues.is(next, "crowd_after") || ctx.cues.is(next, "time_word")) return end;
  return -1;
}

/**
 * A noun that names people only when counted (counted.tsv), right after a number: 12 إرهابيا، 100 مهاجر، خمسة عشر
 * عنصرا (not هجوم إرهابي).
 */
function countedAt(words: Word[], i: number, ctx: MentionContext): AgentHead | null {
  const before = words[i - 1];
  if (!before || before.punct || (before.token.kind !== "number" && before.token.value === undefined))
    return null;
  const w = words[i];
  for (const r of w?.readings ?? []) {
    if (r.det || r.pron || r.prep || r.conj || r.fut) continue;
    const kind = ctx.lexicon.counted.get(r.key);
    if (kind) return { len: 1, kind, prep: null };
  }
  return null;
}

function agentAt(words: Word[], i: number, ctx: MentionContext): AgentHead | null {
  const w = words[i];
  if (!w) return null;
  const facts = agentFactsOf(w, ctx);
  // two-word heads first (قوات الأمن، سلاح الجو)
  const next = words[i + 1];
  if (next && !next.punct && facts.startsPair) {
    for (const a of w.readings)
      for (const b of next.readings) {
        const head =
          ctx.lexicon.agents.get(`${a.key} ${b.key}`) ?? ctx.lexicon.agents.get(`${a.key} ال${b.key}`);
        if (head && !a.fut) return { len: 2, kind: head.kind, prep: a.prep, role: head.role };
      }
  }
  return facts.single;
}

function entityFields(e: Entity, place: Place | null, ctx: MentionContext) {
  const can = e.canonical ?? null;
  const country = can?.country ?? place?.country ?? null;
  const state = can?.kind === "state" || (place ? isCountryPlace(place, ctx.countries) : false);
  return {
    name_ar: can?.name_ar ?? e.text,
    name_en: can?.name_en ?? place?.name_en ?? null,
    id: can?.id ?? (state ? country : null),
    kind:
      can?.kind ??
      (state ? "state" : e.type === "PERS" ? "person" : e.type === "ORG" ? "organization" : null),
    country,
    source: "entity" as const,
    place: e.type === "LOC" ? place : null,
    state,
  };
}

const gazetteerCache = new Map<string, Omit<Place, "start" | "end" | "text"> | null>();

/** The gazetteer's place for an entity's words (in its canonical country when it has one), or null. */
function gazetteerPlace(e: Entity): Place | null {
  const country = e.canonical?.country ?? null;
  const key = `${country ?? ""}:${e.text}`;
  let found = gazetteerCache.get(key);
  if (found === undefined) {
    const r = resolvePlace(e.text, { countries: country ? [country] : [] });
    found = r && (!country || r.country === country) ? gazetteerFields(r) : null;
    if (gazetteerCache.size > 10_000) gazetteerCache.clear();
    gazetteerCache.set(key, found);
  }
  return found ? { ...found, start: e.start, end: e.end, text: e.text } : null;
}

/** A resolved place's gazetteer fields, as a `Place` carries them (without its offsets). */
function gazetteerFields(r: ResolvedPlace) {
  return {
    id: r.id,
    name_en: r.name_en,
    name_ar: r.name_ar,
    country: r.country,
    admin1: r.admin1,
    lat: r.lat,
    lon: r.lon,
    precision: r.precision,
    feature: r.feature,
  };
}

function placeFields(p: Place, _ctx: MentionContext, state: boolean) {
  return {
    name_ar: p.name_ar ?? p.text,
    name_en: p.name_en,
    id: state ? p.country : p.id,
    kind: state ? "state" : "place",
    country: p.country,
    source: "place" as const,
    place: p,
    state,
  };
}
