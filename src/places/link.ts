// The linking stage: finds the actors and places of an article and ties each mention to one canonical thing.
// It works from the NER entities when the NER stage ran, and also scans the tokens itself (longest match over
// lexicon keys, clitic-aware), so that it links "بالقاهرة" or "الجيش التونسي" with or without NER.
import type { Canonical, Doc, DocIssue, Entity, EntityType, Place, Span, Token } from "../doc/types.ts";
import { type ActorRecord, actorCanonical, validOn } from "../lexicon/actors.ts";
import { offsetAfterLetters, type WordForm, wordForms } from "../lexicon/clitics.ts";
import type { PlaceCandidate } from "../lexicon/gazetteer.ts";
import { lexiconKey, wordKey } from "../lexicon/key.ts";
import { withoutArticle } from "../lexicon/variants.ts";
import { perWord } from "../text/perWord.ts";
import type { Lexicons } from "./lexicons.ts";
import { choosePlace, isNamesake, type PlaceContext, placeFields, type ScoreOptions } from "./resolve.ts";

const MAX_WORDS = 8;
const STAGE = "places";

/** A lexicon hit in the tokens: tokens first..last, the text span, and what the key names. */
export interface LexiconMatch {
  start: number;
  end: number;
  first: number;
  last: number;
  key: string;
  places: readonly PlaceCandidate[];
  actors: readonly ActorRecord[];
}

const QUOTES = new Set(['"', "«", "»", "“", "”"]);
/** خليج "gulf" names the water after a place (خليج قابس، خليج عدن): a head word, and the place is near. */
const GULF = "خليج";

function isNameToken(t: Token): boolean {
  return t.kind === "word" || t.kind === "number";
}

const ARAB_WORLD = new Set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split(" "));

/**
 * Places a bare token scan may take (a span NER tags LOC may be any place): countries and capitals, towns of
 * 10,000 people in the Arab world, and only large cities elsewhere, whose Arabic transliterations otherwise
 * collide with ordinary words (أن → Ans, Belgium; كان → Caen).
 */
export function scannablePlaces(places: readonly PlaceCandidate[]): PlaceCandidate[] {
  return places.filter((p) => {
    if (!p.scannable) return false;
    if (p.notable || p.feature === "country" || p.feature === "capital" || p.feature === "region")
      return true;
    if (ARAB_WORLD.has(p.country)) {
      return p.feature === "admin1" || p.feature === "admin_capital" || p.population >= 10000;
    }
    return p.population >= (p.feature === "admin_capital" ? 250000 : 500000);
  });
}

/**
 * A place whose Arabic name is one word with the article (الجيزة، الباحة، الزاوية، المغرب) is written with it; the
 * same word without the article is the common noun (باحة "courtyard", زاوية "corner").
 */
export function namedWithoutItsArticle(p: PlaceCandidate, key: string): boolean {
  if (key.startsWith("ال") || key.includes(" ")) return false;
  return lexiconKey(p.name_ar) === `ال${key}`;
}

/** The places a word names, without those whose name carries an article the word lacks. */
function namedBy(places: readonly PlaceCandidate[], key: string): readonly PlaceCandidate[] {
  return places.some((p) => namedWithoutItsArticle(p, key))
    ? places.filter((p) => !namedWithoutItsArticle(p, key))
    : places;
}

export function isMajorPlace(p: PlaceCandidate): boolean {
  return (
    p.notable ||
    p.population >= 100000 ||
    p.feature === "country" ||
    p.feature === "capital" ||
    p.feature === "admin1" ||
    p.feature === "admin_capital"
  );
}

export interface ScanState {
  keys: string[];
  /** What the scan reads of each token's word (same order as the tokens), when known: see `scanWordsOf`. */
  words?: readonly ScanWord[];
  /** Actor ids seen in full earlier in the article: their short aliases are then names too. */
  seenActors: Set<string>;
}

/** Length in tokens of a title (اللواء المتقاعد) that ends right before token `i`, or 0. */
export function titleBefore(tokens: Token[], keys: string[], i: number, lex: Lexicons): number {
  for (let n = Math.min(3, i); n >= 1; n--) {
    const first = tokens[i - n];
    if (!isNameToken(first) || first.sentence !== tokens[i].sentence) continue;
    const rest = keys.slice(i - n + 1, i);
    for (const form of wordForms(keys[i - n], first.text)) {
      if (lex.actors.isTitle([form.key, ...rest].join(" "))) return n;
    }
  }
  return 0;
}

/**
 * A title in apposition after a name ("محمد الزهاوي، المسؤول الشرعي ل…"): the span of the title, or null.
 * A lone ل that ties the title to its organisation stays with it.
 */
export function titleAfter(tokens: Token[], keys: string[], last: number, lex: Lexicons): Span | null {
  const comma = tokens[last + 1];
  if (comma?.kind !== "punct" || !/^[،,]$/.test(comma.text)) return null;
  const first = last + 2;
  for (let n = 3; n >= 1; n--) {
    const end = first + n - 1;
    if (end >= tokens.length || tokens[end].sentence !== tokens[last].sentence) continue;
    if (!tokens.slice(first, end + 1).every(isNameToken)) continue;
    if (!lex.actors.isTitle(keys.slice(first, end + 1).join(" "))) continue;
    const tie = tokens[end + 1];
    const stop = tie && keys[end + 1] === "ل" ? tie.end : tokens[end].end;
    return { start: tokens[first].start, end: stop };
  }
  return null;
}

function cueBefore(tokens: Token[], keys: string[], i: number, lex: Lexicons): boolean {
  for (let n = 1; n <= 2 && n <= i; n++) {
    const t = tokens[i - n];
    if (!isNameToken(t)) return false;
    for (const form of wordForms(keys[i - n], t.text)) {
      if (lex.actors.isCue([form.key, ...keys.slice(i - n + 1, i)].join(" "))) return true;
    }
  }
  return false;
}

/** The empty answer of the scan's helpers, shared: most words name nothing (read it, never change it). */
const NONE: readonly never[] = Object.freeze([]);

function acceptableActors(
  actors: readonly ActorRecord[],
  key: string,
  tokens: Token[],
  state: ScanState,
  first: number,
  lex: Lexicons,
): readonly ActorRecord[] {
  if (actors.length === 0) return NONE;
  const named = actors.filter((a) => !a.generic);
  if (named.length === 0) return NONE;
  if (!lex.actors.isAmbiguous(key)) return named;
  if (named.some((a) => state.seenActors.has(a.id))) return named.filter((a) => state.seenActors.has(a.id));
  if (cueBefore(tokens, state.keys, first, lex) || titleBefore(tokens, state.keys, first, lex) > 0)
    return named;
  return NONE;
}

/** What the lexicons hold for one key, as the scan reads it. */
interface KeyFacts {
  /** Places a scan may take (none when the key is blocked). */
  places: readonly PlaceCandidate[];
  actors: readonly ActorRecord[];
  /** Some longer name starts with this key. */
  prefix: boolean;
}

const MAX_KEY_FACTS = 200_000;
const keyFactsByLexicons = new WeakMap<Lexicons, Map<string, KeyFacts>>();

/**
 * The lexicon facts of a key, cached per lexicons: most tokens are words seen before, and their one-word keys
 * (which `wordKey` and `wordForms` hand out as the same strings again) then cost one lookup instead of five.
 */
function keyFacts(key: string, lex: Lexicons): KeyFacts {
  let cache = keyFactsByLexicons.get(lex);
  if (!cache) {
    cache = new Map();
    keyFactsByLexicons.set(lex, cache);
  }
  let facts = cache.get(key);
  if (!facts) {
    facts = {
      places: lex.scanBlocked.has(key) ? [] : scannablePlaces(namedBy(lex.gazetteer.candidates(key), key)),
      actors: lex.actors.byKey(key),
      prefix: lex.gazetteer.hasPrefix(key) || lex.actors.hasPrefix(key),
    };
    if (cache.size >= MAX_KEY_FACTS) cache.clear();
    cache.set(key, facts);
  }
  return facts;
}

/** Longest non-overlapping lexicon matches over the tokens, left to right. */
export function scanTokens(tokens: Token[], lex: Lexicons, state: ScanState): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const { keys } = state;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== "word") {
      i++;
      continue;
    }
    let best: LexiconMatch | null = null;
    const word = state.words?.[i];
    const forms = word ? word.forms : wordForms(keys[i], t.text);
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f];
      let key = form.key;
      for (let j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
        if (j > i) {
          const tj = tokens[j];
          // (a quotation mark inside a known name is passed over: الجوهرة "اف ام")
          const next = tokens[j + 1];
          if (QUOTES.has(tj.text) && next && isNameToken(next) && next.sentence === t.sentence) continue;
          if (!isNameToken(tj) || tj.sentence !== t.sentence) break;
          key = `${key} ${keys[j]}`;
        }
        const facts = j === i ? (word ? word.facts[f] : keyFacts(key, lex)) : null;
        if (!best || j > best.last) {
          let places = facts
            ? facts.places
            : lex.scanBlocked.has(key)
              ? NONE
              : scannablePlaces(lex.gazetteer.candidates(key));
          // ولاية قبلي، معتمدية الجم: a name that is also an ordinary word is the place right after the head word
          // of an administrative unit
          if (places.length === 0 && j === i && lex.scanBlocked.has(key) && unitHeadBefore(tokens, keys, i))
            places = unitPlaces(key, keys[i - 1] ?? "", lex);
          // A stem left after stripping a proclitic (فعلا → علا, كبيرة → بيرة) is often an ordinary word:
          // only major places are read there, unless the stem carries the article (بالقاهرة).
          if (places.length > 0 && form.stripped && !form.key.startsWith("ال"))
            places = places.filter(isMajorPlace);
          const actors = acceptableActors(
            facts ? facts.actors : lex.actors.byKey(key),
            key,
            tokens,
            state,
            i,
            lex,
          );
          if (places.length > 0 || actors.length > 0) {
            best = {
              start: t.start + form.offset,
              end: tokens[j].end,
              first: i,
              last: j,
              key,
              places,
              actors,
            };
          }
        }
        if (facts ? !facts.prefix : !lex.gazetteer.hasPrefix(key) && !lex.actors.hasPrefix(key)) break;
      }
    }
    if (best) {
      for (const a of best.actors) state.seenActors.add(a.id);
      out.push(best);
      i = best.last + 1;
    } else {
      const glued = gluedPlaces(t, keys[i], i, lex, word);
      if (glued.length) out.push(...glued);
      i++;
    }
  }
  return out;
}

/** Head words of an administrative unit named after its town (ولاية قبلي، بمعتمدية الجم، محافظة إب). */
const UNIT_HEADS = new Set(["ولايه", "معتمديه", "محافظه"]);

function unitHeadBefore(tokens: Token[], keys: string[], i: number): boolean {
  const t = tokens[i - 1];
  if (t?.kind !== "word" || t.sentence !== tokens[i]?.sentence) return false;
  return wordForms(keys[i - 1] ?? "", t.text).some((f) => UNIT_HEADS.has(f.key));
}

/**
 * The places a blocked word names after a unit's head word: a unit or its seat (admin1, admin2, admin_capital), not a
 * town of the same name (ولاية جديدة is a new term of office, not El Jadida); a Tunisian delegation (معتمدية) is
 * named by its town.
 */
function unitPlaces(key: string, head: string, lex: Lexicons): readonly PlaceCandidate[] {
  const delegation = head.endsWith("معتمديه");
  return scannablePlaces(namedBy(lex.gazetteer.candidates(key), key)).filter(
    (p) =>
      p.feature === "admin1" ||
      p.feature === "admin2" ||
      p.feature === "admin_capital" ||
      (delegation && p.country === "TN"),
  );
}

/** Where a key splits at a "و" into two known places, and those places (null: nowhere). */
interface GlueSplit {
  at: number;
  left: readonly PlaceCandidate[];
  right: readonly PlaceCandidate[];
}

const MAX_GLUE_SPLITS = 200_000;
const glueSplitsByLexicons = new WeakMap<Lexicons, Map<string, GlueSplit | null>>();

/** The split of a key into two places, cached per lexicons: nearly every unmatched word asks, and most never split. */
function glueSplit(key: string, lex: Lexicons): GlueSplit | null {
  let cache = glueSplitsByLexicons.get(lex);
  if (!cache) {
    cache = new Map();
    glueSplitsByLexicons.set(lex, cache);
  }
  let split = cache.get(key);
  if (split === undefined) {
    split = null;
    const placesOf = (k: string) =>
      lex.scanBlocked.has(k) ? [] : scannablePlaces(lex.gazetteer.candidates(k));
    for (let k = key.indexOf("و", 2); k > 0 && k < key.length - 2; k = key.indexOf("و", k + 1)) {
      const left = placesOf(key.slice(0, k));
      const right = placesOf(key.slice(k + 1));
      if (left.length === 0 || right.length === 0) continue;
      split = { at: k, left, right };
      break;
    }
    if (cache.size >= MAX_GLUE_SPLITS) cache.clear();
    cache.set(key, split);
  }
  return split;
}

/** Two place names glued by "و" without a space (سورياوالعراق): both are taken when both are known places. */
function gluedPlaces(t: Token, key: string, i: number, lex: Lexicons, word?: ScanWord): LexiconMatch[] {
  let split: GlueSplit | null;
  if (word) {
    if (word.glue === undefined) word.glue = glueSplit(key, lex);
    split = word.glue;
  } else split = glueSplit(key, lex);
  if (!split) return [];
  const k = split.at;
  const cut = offsetAfterLetters(t.text, k);
  const rightStart = t.start + offsetAfterLetters(t.text, k + 1);
  return [
    {
      start: t.start,
      end: t.start + cut,
      first: i,
      last: i,
      key: key.slice(0, k),
      places: split.left,
      actors: [],
    },
    {
      start: rightStart,
      end: t.end,
      first: i,
      last: i,
      key: key.slice(k + 1),
      places: split.right,
      actors: [],
    },
  ];
}

/** Countries named or implied by demonyms (الجزائري، المصرية) anywhere in the tokens. */
export function demonymCountries(
  tokens: Token[],
  keys: string[],
  lex: Lexicons,
  words?: readonly ScanWord[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== "word") continue;
    const word = words?.[i];
    let iso: string | null;
    if (word) {
      if (word.demonym === undefined) word.demonym = demonymOf(word.forms, lex);
      iso = word.demonym;
    } else iso = demonymOf(wordForms(keys[i], tokens[i].text), lex);
    if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  }
  return counts;
}

/** The country of the first form of a word that is a demonym, or null. */
function demonymOf(forms: readonly WordForm[], lex: Lexicons): string | null {
  for (const form of forms) {
    const iso = lex.actors.demonym(form.key);
    if (iso) return iso;
  }
  return null;
}

/** What the token scan reads of one word: the same for every token of the word (see `scanWordsOf`). */
export interface ScanWord {
  /** `wordKey` of the word. */
  key: string;
  /** `wordForms` of the word. */
  forms: readonly WordForm[];
  /** `keyFacts` of each form's key. */
  facts: readonly KeyFacts[];
  /** The word's split into two glued places, once asked (undefined until then). */
  glue: GlueSplit | null | undefined;
  /** The country the word names as a demonym, once asked (undefined until then). */
  demonym: string | null | undefined;
}

const scanWordsByLexicons = new WeakMap<Lexicons, (tokens: readonly Token[]) => ScanWord[]>();

/** The ScanWord of each token, kept per word form (perWord.ts): a token seen before costs no lookup. */
export function scanWordsOf(tokens: readonly Token[], lex: Lexicons): ScanWord[] {
  let of = scanWordsByLexicons.get(lex);
  if (!of) {
    of = perWord((text): ScanWord => {
      const key = wordKey(text);
      const forms = wordForms(key, text);
      return {
        key,
        forms,
        facts: forms.map((f) => keyFacts(f.key, lex)),
        glue: undefined,
        demonym: undefined,
      };
    });
    scanWordsByLexicons.set(lex, of);
  }
  return of(tokens);
}

/** Picks among actors sharing an alias: valid on the article's date, of a country the article is about. */
export function chooseActor(
  actors: readonly ActorRecord[],
  date: string | null,
  countries: ReadonlyMap<string, number>,
): ActorRecord | null {
  let best: ActorRecord | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const a of actors) {
    let score = a.generic ? -5 : 0;
    const roles = a.roles ?? [{ from: a.valid_from, to: a.valid_to }];
    if (roles.some((r) => validOn(r.from, r.to, date))) score += 2;
    if (a.country) score += 3 * Math.min(1, (countries.get(a.country) ?? 0) / 2);
    if (a.id.startsWith("petrarch:")) score -= 1;
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

export function placeCanonical(p: PlaceCandidate, lex: Lexicons): Canonical {
  if (p.feature === "country") {
    const state = lex.actors.byId(p.id);
    if (state) return actorCanonical(state);
    return { id: p.id, name_ar: p.name_ar, name_en: p.name_en, kind: "state", country: p.country };
  }
  return { id: p.id, name_ar: p.name_ar, name_en: p.name_en, kind: "place", country: p.country || null };
}

interface PlaceMention {
  start: number;
  end: number;
  first: number;
  candidates: readonly PlaceCandidate[];
  opts: ScoreOptions;
  near: boolean;
  entity: Entity | null;
}

interface TokenRange {
  first: number;
  last: number;
}

function tokenRange(tokens: Token[], start: number, end: number): TokenRange | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { first, last };
}

/** The key of the tokens first..last, the first token read from `start` on (the entity may begin inside it). */
function spanKeys(doc: Doc, tokens: Token[], keys: string[], r: TokenRange, start: number): string[][] {
  const firstTok = tokens[r.first];
  const rest = keys.slice(r.first + 1, r.last + 1).filter((_, k) => isNameToken(tokens[r.first + 1 + k]));
  const headText = doc.text.slice(Math.max(start, firstTok.start), firstTok.end);
  const forms = wordForms(wordKey(headText), headText).map((f) => f.key);
  // NER's "ليمن" in "لليمن" is ل + اليمن: its article is written as the second lam
  if (start > firstTok.start && doc.text[start - 1] === "ل" && headText.startsWith("ل"))
    forms.unshift(`ا${wordKey(headText)}`);
  return forms.map((f) => [f, ...rest]);
}

function nearBefore(tokens: Token[], keys: string[], first: number, lex: Lexicons): boolean {
  for (let back = 1; back <= 2 && first - back >= 0; back++) {
    const t = tokens[first - back];
    if (!isNameToken(t)) return false;
    const forms = wordForms(keys[first - back], t.text).map((f) => f.key);
    if (forms.some((f) => lex.nearnessWords.has(f) || f === GULF)) return true;
    if (!(keys[first - back] === "من" || keys[first - back] === "في")) return false;
  }
  return false;
}

/**
 * A name right after a locative preposition or a settlement's head word: glued ب (ببن قردان, whose span NER starts
 * after the ب and tags a person), في, or مدينة / معتمدية / بمنطقة … before it. A person's name is seldom there; a
 * verb's ب (اتصل بـ) is, so the caller also asks that no actor and a known place bear the whole name.
 */
function locativeBefore(
  doc: Doc,
  tokens: Token[],
  keys: string[],
  r: TokenRange,
  start: number,
  lex: Lexicons,
): boolean {
  const t = tokens[r.first];
  if (start > t.start) return /^[وف]?ب$/.test(doc.text.slice(t.start, start));
  const prev = tokens[r.first - 1];
  if (prev?.kind !== "word" || prev.sentence !== t.sentence) return false;
  const key = keys[r.first - 1];
  if (key === "في" || key === "ب") return true;
  return headWordBefore(tokens, keys, r.first, lex);
}

/** Whether the word right before token i, in its sentence, is a place's head word (مدينة، ولاية، بمنطقة). */
function headWordBefore(tokens: Token[], keys: string[], i: number, lex: Lexicons): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind !== "word" || prev.sentence !== tokens[i]?.sentence) return false;
  const key = keys[i - 1] ?? "";
  return [key, ...wordForms(key, prev.text).map((f) => f.key)].some((k) => isHeadWord(k, lex));
}

/** Prepositions that mark the name after them as a place (في قبلي، إلى سوسة، من بنزرت، على عفرين). */
const PLACE_PREPOSITIONS = new Set([
  "في",
  "ب",
  "من",
  "الي",
  "علي",
  "نحو",
  "داخل",
  "عبر",
  "حول",
  "وسط",
  "انحاء",
]);

/**
 * A one-word name written bare: no article, no proclitic, the whole token, and neither a place preposition, a word
 * of nearness (قرب، شمال) nor a place's head word right before it (واحات جمنة، ولادة قيصرية، عمد مجهولون). Such a
 * word is often the common word NER took for a name.
 */
function bareWord(doc: Doc, tokens: Token[], keys: string[], m: PlaceMention, lex: Lexicons): boolean {
  const t = tokens[m.first];
  if (!t || m.start !== t.start || m.end !== t.end || keys[m.first]?.startsWith("ال")) return false;
  if (locativeBefore(doc, tokens, keys, { first: m.first, last: m.first }, m.start, lex)) return false;
  // (a name opening its sentence is bare; one after a comma or a quotation mark may be one of a list of places)
  const prev = tokens[m.first - 1];
  if (!prev || prev.sentence !== t.sentence) return true;
  if (prev.kind !== "word") return false;
  return !wordForms(keys[m.first - 1] ?? "", prev.text).some(
    (f) => PLACE_PREPOSITIONS.has(f.key) || lex.nearnessWords.has(f.key),
  );
}

/**
 * A LOC of one word that is also a common word (`scan-blocked.txt`: قصر، ميدان) right before a definite word of its
 * sentence heads a construct: قصر الإليزيه is a palace, not Ksar (Gafsa); ميدان التحرير a square, not Medan. Not
 * after a place's head word (مدينة السلط الأردنية).
 */
function commonHeadOfConstruct(tokens: Token[], keys: string[], r: TokenRange, lex: Lexicons): boolean {
  if (r.first !== r.last || !lex.scanBlocked.has(keys[r.first] ?? "")) return false;
  // (after a place's head word the name is the place's: مدينة السلط الأردنية is As Salt)
  if (headWordBefore(tokens, keys, r.first, lex)) return false;
  const next = tokens[r.first + 1];
  return (
    next?.kind === "word" && next.sentence === tokens[r.first].sentence && keys[r.first + 1].startsWith("ال")
  );
}

/**
 * A one-word name that is also an adjective or a numeral (`adjectiveNames`) right after a definite word that is no
 * place's head word: it qualifies that word (الأسلحة البيضاء، الدول الخمس، بالرايات البيضاء), it names no place. The
 * name must open its token (بالبيضاء is "in al-Bayda").
 */
function adjectivalName(
  tokens: Token[],
  keys: string[],
  first: number,
  last: number,
  start: number,
  lex: Lexicons,
) {
  const t = tokens[first];
  if (first !== last || !t || start !== t.start || !lex.adjectiveNames.has(keys[first])) return false;
  const prev = tokens[first - 1];
  if (prev?.kind !== "word" || prev.sentence !== t.sentence) return false;
  const forms = wordForms(keys[first - 1], prev.text).map((f) => f.key);
  return forms.some((k) => k.startsWith("ال")) && !forms.some((k) => isHeadWord(k, lex));
}

/** A name's common head word (مدينة، ولاية), or خليج (خليج قابس). */
function isHeadWord(word: string, lex: Lexicons): boolean {
  if (word === GULF) return true;
  const bare = withoutArticle(word) ?? word;
  return [word, bare].some((w) => lex.regionWords.has(w) || lex.settlementWords.has(w));
}

/** A name written with its generic head word (ولاية القصرين، مدينة حمص) says which kind of place it means. */
export function headWordOptions(words: string[], lex: Lexicons): ScoreOptions {
  if (words.length < 2) return {};
  const head = withoutArticle(words[0]) ?? words[0];
  if (lex.regionWords.has(words[0]) || lex.regionWords.has(head)) return { preferRegion: true };
  if (lex.settlementWords.has(words[0]) || lex.settlementWords.has(head)) return { preferSettlement: true };
  return {};
}

/** The quarter a name's adjective tells (صفاقس الشمالية، حلب الشرقية), as keys. */
const QUARTERS = new Set([
  "الشماليه",
  "الجنوبيه",
  "الشرقيه",
  "الغربيه",
  "الشمالي",
  "الجنوبي",
  "الشرقي",
  "الغربي",
]);

/** Resolves a LOC entity's words to gazetteer candidates, dropping a generic head word (مدينة، محافظة) if needed. */
function entityPlaceCandidates(
  words: string[][],
  lex: Lexicons,
): { candidates: readonly PlaceCandidate[]; opts: ScoreOptions; near: boolean } {
  for (const w of words) {
    const direct = namedBy(lex.gazetteer.candidates(w.join(" ")), w.join(" "));
    if (direct.length > 0) return { candidates: direct, opts: headWordOptions(w, lex), near: false };
  }
  for (const w of words) {
    if (w.length < 2) continue;
    const head = w[0];
    const tail = w.slice(1).join(" ");
    const found = lex.gazetteer.candidates(tail);
    if (found.length === 0) continue;
    const bare = withoutArticle(head) ?? head;
    if (lex.regionWords.has(head) || lex.regionWords.has(bare))
      return { candidates: found, opts: { preferRegion: true }, near: false };
    if (lex.settlementWords.has(head) || lex.settlementWords.has(bare))
      return { candidates: found, opts: { preferSettlement: true }, near: false };
    // (خليج قابس: the gulf is the water off the town it is named after)
    if (lex.nearnessWords.has(head) || lex.nearnessWords.has(bare) || head === GULF)
      return { candidates: found, opts: {}, near: true };
  }
  // صفاقس الشمالية، حلب الشرقية: a part of a town or a province the gazetteer lacks is in that town or province
  for (const w of words) {
    if (w.length < 2 || !QUARTERS.has(w[w.length - 1])) continue;
    const whole = w.slice(0, -1).join(" ");
    const found = namedBy(lex.gazetteer.candidates(whole), whole);
    if (found.length > 0)
      return { candidates: found, opts: headWordOptions(w.slice(0, -1), lex), near: false };
  }
  return { candidates: [], opts: {}, near: false };
}

/**
 * Candidates whose name is written as the text writes it: the key folds ؤ and ئ into و and ي, so بؤر التوتر (hotspots)
 * met بور (Bor, South Sudan); a hamza seat the text writes and a small place's name lacks marks another word.
 * Countries, capitals and notable places keep their looser spellings (سيئول).
 */
export function spelledAsWritten(
  candidates: readonly PlaceCandidate[],
  text: string,
): readonly PlaceCandidate[] {
  const seats = [...new Set(text.match(/[ؤئ]/g) ?? [])];
  if (seats.length === 0) return candidates;
  return candidates.filter(
    (p) =>
      p.notable ||
      p.feature === "country" ||
      p.feature === "capital" ||
      seats.every((h) => p.name_ar.includes(h)),
  );
}

/** "فلسطين ولبنان" tagged as one LOC: two places when both halves are known places. */
function coordinatedPlaces(
  doc: Doc,
  tokens: Token[],
  keys: string[],
  r: TokenRange,
  lex: Lexicons,
): {
  start: number;
  end: number;
  first: number;
  candidates: readonly PlaceCandidate[];
  opts: ScoreOptions;
}[] {
  for (let k = r.first + 1; k <= r.last; k++) {
    if (!keys[k].startsWith("و") || keys[k].length < 3) continue;
    const left = entityPlaceCandidates(
      spanKeys(doc, tokens, keys, { first: r.first, last: k - 1 }, tokens[r.first].start),
      lex,
    );
    const rightStart = tokens[k].start + offsetAfterLetters(tokens[k].text, 1);
    const right = entityPlaceCandidates(
      spanKeys(doc, tokens, keys, { first: k, last: r.last }, rightStart),
      lex,
    );
    if (left.candidates.length === 0 || right.candidates.length === 0) continue;
    return [
      {
        start: tokens[r.first].start,
        end: tokens[k - 1].end,
        first: r.first,
        candidates: left.candidates,
        opts: left.opts,
      },
      {
        start: rightStart,
        end: tokens[r.last].end,
        first: k,
        candidates: right.candidates,
        opts: right.opts,
      },
    ];
  }
  return [];
}

function entityTypeOf(actor: ActorRecord): EntityType {
  return actor.kind === "person" ? "PERS" : "ORG";
}

/** Strips a leading title (اللواء المتقاعد) off an entity; returns the token where the name starts. */
function stripTitle(tokens: Token[], keys: string[], r: TokenRange, lex: Lexicons): number {
  for (let n = Math.min(3, r.last - r.first); n >= 1; n--) {
    const words = keys.slice(r.first, r.first + n);
    for (const form of wordForms(words[0], tokens[r.first].text)) {
      if (lex.actors.isTitle([form.key, ...words.slice(1)].join(" "))) return r.first + n;
    }
  }
  return r.first;
}

/**
 * Links an actor-like entity (PERS, ORG, MISC) to the actor lexicon by its whole name: a surname alias alone
 * (حفتر) links a one-word mention, never "رضا بلحاج" to another بلحاج.
 */
function entityActors(words: string[][], lex: Lexicons): readonly ActorRecord[] {
  for (const w of words) {
    const found = lex.actors.byKey(w.join(" "));
    if (found.length > 0) return found;
  }
  return [];
}

export interface LinkResult {
  entities: Entity[];
  places: Place[];
  issues: DocIssue[];
}

/** The whole linking over one Doc. Pure: returns new entity, place and issue lists. */
export function linkDoc(doc: Doc, lex: Lexicons): LinkResult {
  const tokens = doc.tokens ?? [];
  const words = scanWordsOf(tokens, lex);
  const keys = words.map((w) => w.key);
  const state: ScanState = { keys, words, seenActors: new Set() };
  const issues: DocIssue[] = [];
  // Copies, not spreads: a spread copy that then gains a property (role, canonical) gets a hidden class of its own
  // in V8, so every function reading entities would see a new shape each time and be deoptimised again and again.
  let nerEntities = (doc.entities ?? []).map((e) => Object.assign({}, e));
  // A known multi-word name wins over the NER pieces inside it: "تنظيم القاعدة في بلاد المغرب الإسلامي" is one
  // actor, not an ORG "تنظيم القاعدة" and a LOC "المغرب".
  const superseded = new Set<Entity>();
  for (const m of scanTokens(tokens, lex, { keys, words, seenActors: new Set() })) {
    if (m.last === m.first) continue;
    if (!m.actors.some((a) => a.kind !== "state") && m.places.length === 0) continue;
    const overlapping = nerEntities.filter((e) => e.start < m.end && m.start < e.end);
    const inside = overlapping.filter(
      (e) => e.start >= m.start && e.end <= m.end && e.end - e.start < m.end - m.start,
    );
    if (inside.length > 0 && inside.length === overlapping.length) for (const e of inside) superseded.add(e);
  }
  nerEntities = nerEntities.filter((e) => !superseded.has(e));
  const countries = demonymCountries(tokens, keys, lex, words);
  const bump = (iso: string | null) => {
    if (iso) countries.set(iso, (countries.get(iso) ?? 0) + 1);
  };

  const mentions: PlaceMention[] = [];
  const linkedActors: { entity: Entity; actors: readonly ActorRecord[] }[] = [];

  // 1. NER entities: names without their titles, linked to places or actors.
  // الأسلحة البيضاء: an adjective NER tagged as a place is no entity at all
  nerEntities = nerEntities.filter((e) => {
    const r = e.type === "LOC" ? tokenRange(tokens, e.start, e.end) : null;
    return !r || !adjectivalName(tokens, keys, r.first, r.last, e.start, lex);
  });
  for (const e of nerEntities) {
    const r = tokenRange(tokens, e.start, e.end);
    if (!r) continue;
    const nameFirst = e.type === "LOC" ? r.first : stripTitle(tokens, keys, r, lex);
    // Titles inside the entity, and those right before it (اللواء + NER's "المتقاعد خليفة حفتر"), make the role.
    const before = e.type === "PERS" ? titleBefore(tokens, keys, r.first, lex) : 0;
    if (nameFirst <= r.last && (nameFirst > r.first || before > 0)) {
      const roleStart = before > 0 ? tokens[r.first - before].start : e.start;
      e.role = doc.text.slice(roleStart, tokens[nameFirst - 1].end);
      e.start = tokens[nameFirst].start;
      e.text = doc.text.slice(e.start, e.end);
    }
    if (e.type === "PERS" && !e.role) {
      const after = titleAfter(tokens, keys, r.last, lex);
      if (after) e.role = doc.text.slice(after.start, after.end);
    }
    const range = { first: nameFirst, last: r.last };
    const words = spanKeys(doc, tokens, keys, range, e.start);
    // "المديرية"، "المحافظة"، "خليج" alone are not names: the place they refer to is named before or after.
    if (e.type === "LOC" && words.every((w) => w.length === 1 && isHeadWord(w[0], lex))) continue;
    if (e.type === "LOC" && commonHeadOfConstruct(tokens, keys, range, lex)) {
      e.canonical = null;
      continue;
    }
    if (e.type === "LOC") {
      const found = entityPlaceCandidates(words, lex);
      found.candidates = spelledAsWritten(found.candidates, e.text);
      if (found.candidates.length === 0) {
        const parts = coordinatedPlaces(doc, tokens, keys, range, lex);
        if (parts.length > 0) {
          for (const part of parts) mentions.push(Object.assign({}, part, { near: false, entity: null }));
          e.canonical = null;
          continue;
        }
      }
      if (found.candidates.length > 0 || entityActors(words, lex).length === 0) {
        mentions.push({
          start: e.start,
          end: e.end,
          first: range.first,
          candidates: found.candidates,
          opts: found.opts,
          near: found.near || nearBefore(tokens, keys, range.first, lex),
          entity: e,
        });
        continue;
      }
    }
    const actors = entityActors(words, lex);
    if (actors.length > 0) {
      linkedActors.push({ entity: e, actors });
      for (const a of actors) state.seenActors.add(a.id);
    } else if (e.type !== "LOC") {
      const places = scannablePlaces(entityPlaceCandidates(words, lex).candidates);
      const placeLike =
        e.type === "MISC" ||
        (e.type === "PERS" && !e.role && locativeBefore(doc, tokens, keys, range, e.start, lex));
      if (places.length > 0 && placeLike) {
        // a town NER took for a person is a place (ببن قردان): no actor of that name
        if (e.type === "PERS") e.type = "LOC";
        mentions.push({
          start: e.start,
          end: e.end,
          first: range.first,
          candidates: places,
          opts: {},
          near: false,
          entity: e,
        });
      } else e.canonical = e.canonical ?? null;
    }
  }

  // 2. The token scan, for what NER did not find (or when there is no NER stage).
  const covered = (start: number, end: number) => nerEntities.some((e) => e.start < end && start < e.end);
  const scanEntities: Entity[] = [];
  for (const m of scanTokens(tokens, lex, state)) {
    if (covered(m.start, m.end)) continue;
    if (m.actors.length === 0 && adjectivalName(tokens, keys, m.first, m.last, m.start, lex)) continue;
    const text = doc.text.slice(m.start, m.end);
    const nonState = m.actors.filter((a) => a.kind !== "state");
    if (m.places.length > 0 && nonState.length === 0) {
      const entity: Entity = { start: m.start, end: m.end, text, type: "LOC" };
      scanEntities.push(entity);
      mentions.push({
        start: m.start,
        end: m.end,
        first: m.first,
        candidates: m.places,
        opts: headWordOptions(m.key.split(" "), lex),
        near: nearBefore(tokens, keys, m.first, lex),
        entity,
      });
    } else if (nonState.length > 0) {
      const type = entityTypeOf(nonState[0]);
      const entity: Entity = { start: m.start, end: m.end, text, type };
      const titleLen = type === "PERS" ? titleBefore(tokens, keys, m.first, lex) : 0;
      if (titleLen > 0)
        entity.role = doc.text.slice(tokens[m.first - titleLen].start, tokens[m.first - 1].end);
      else if (type === "PERS") {
        const after = titleAfter(tokens, keys, m.last, lex);
        if (after) entity.role = doc.text.slice(after.start, after.end);
      }
      scanEntities.push(entity);
      linkedActors.push({ entity, actors: nonState });
    }
  }

  // 3. Country context: demonyms, unambiguous places, and the countries of named actors.
  const anchors: { lat: number; lon: number }[] = [];
  /** How much of a country's count each name gave itself (a name repeated three times is still one name). */
  const selfSupport = new Map<string, number>();
  const nameOf = (m: PlaceMention) => m.candidates.map((c) => c.id).join(" ");
  for (const m of mentions) {
    const cs = new Set(m.candidates.map((c) => c.country));
    if (cs.size === 1) {
      bump([...cs][0]);
      selfSupport.set(nameOf(m), (selfSupport.get(nameOf(m)) ?? 0) + 1);
    }
    if (m.candidates.length === 1 && m.candidates[0].lat !== null && m.candidates[0].feature !== "country") {
      anchors.push({ lat: m.candidates[0].lat, lon: m.candidates[0].lon as number });
    }
  }
  for (const { actors } of linkedActors) {
    const cs = new Set(actors.filter((a) => !a.generic).map((a) => a.country));
    if (cs.size === 1) bump([...cs][0]);
  }
  const ctx: PlaceContext = { countries, anchors };

  // 4. Resolve.
  const places: Place[] = [];
  for (const m of mentions) {
    const text = doc.text.slice(m.start, m.end);
    const namesake = isNamesake(
      m.candidates,
      countries,
      selfSupport.get(nameOf(m)) ?? 0,
      bareWord(doc, tokens, keys, m, lex),
    );
    const choice = namesake ? null : choosePlace(m.candidates, ctx, m.opts);
    if (namesake)
      issues.push({
        stage: STAGE,
        code: "namesake-place",
        message: `place "${text}" is only known as a town of a country the article does not speak of; kept with id null`,
        severity: "info",
        start: m.start,
        end: m.end,
      });
    if (!choice) {
      places.push({
        start: m.start,
        end: m.end,
        text,
        id: null,
        name_en: null,
        name_ar: null,
        country: null,
        admin1: null,
        lat: null,
        lon: null,
        precision: null,
        feature: null,
      });
      if (!namesake)
        issues.push({
          stage: STAGE,
          code: "unknown-place",
          message: `place "${text}" is not in the gazetteer; kept with id null`,
          severity: "info",
          start: m.start,
          end: m.end,
        });
      if (m.entity) m.entity.canonical = m.entity.canonical ?? null;
      continue;
    }
    const p = choice.place;
    places.push({
      start: m.start,
      end: m.end,
      text,
      ...placeFields(p, m.near),
    });
    if (m.entity) m.entity.canonical = placeCanonical(p, lex);
  }
  for (const { entity, actors } of linkedActors) {
    const a = chooseActor(actors, doc.published, countries);
    entity.canonical = a ? actorCanonical(a) : null;
  }

  const entities = [...nerEntities, ...scanEntities].sort((a, b) => a.start - b.start || b.end - a.end);
  places.sort((a, b) => a.start - b.start);
  return { entities, places, issues };
}
