// Lookups for the other stages (events, API): actors, demonyms and places by name, and the canonical
// actor of any span of tokens.
import type { Canonical, Doc, GeoPrecision, Span } from "../doc/types.ts";
import { type ActorRecord, actorCanonical } from "../lexicon/actors.ts";
import { wordForms } from "../lexicon/clitics.ts";
import type { PlaceCandidate } from "../lexicon/gazetteer.ts";
import { lexiconKey, wordKey } from "../lexicon/key.ts";
import { type Lexicons, loadLexicons } from "./lexicons.ts";
import { chooseActor, placeCanonical } from "./link.ts";
import { choosePlace, type PlaceContext, placeFields } from "./resolve.ts";

export interface ActorCandidate {
  canonical: Canonical;
  /** A nameless actor (مسلحون، قوات الأمن). */
  generic: boolean;
  record: ActorRecord;
}

export interface LookupOptions {
  /** Article date (YYYY-MM-DD): roles and groups valid then come first. */
  date?: string | null;
  /** Countries the article is about (ISO codes), most relevant first. */
  countries?: string[];
  lexicons?: Lexicons;
}

function contextOf(countries: string[] | undefined): Map<string, number> {
  const m = new Map<string, number>();
  (countries ?? []).forEach((c, i) => {
    m.set(c, (m.get(c) ?? 0) + Math.max(1, 3 - i));
  });
  return m;
}

/** Key variants of a phrase: as written, then with proclitics stripped from its first word. */
function phraseKeys(text: string): string[] {
  const words = lexiconKey(text).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  return wordForms(words[0], words[0]).map((f) => [f.key, ...words.slice(1)].join(" "));
}

/**
 * Actors a phrase can name, best first: "الجيش التونسي" → Tunisian Armed Forces, "بالجزائر" → the state DZ,
 * "الجزائريين" → DZ (by demonym), "مقاتلينا" → generic fighters. Empty when nothing matches.
 */
export function lookupActor(text: string, opts: LookupOptions = {}): ActorCandidate[] {
  const lex = opts.lexicons ?? loadLexicons();
  const ctx = contextOf(opts.countries);
  for (const key of phraseKeys(text)) {
    let found = [...lex.actors.byKey(key)];
    if (found.length === 0) {
      const place = lex.gazetteer.candidates(key).find((p) => p.feature === "country");
      const iso = place?.id ?? lex.actors.demonym(key);
      const state = iso ? lex.actors.byId(iso) : undefined;
      if (state) found = [state];
    }
    if (found.length === 0) continue;
    const ranked: ActorRecord[] = [];
    const rest = [...found];
    while (rest.length > 0) {
      const best = chooseActor(rest, opts.date ?? null, ctx)!;
      ranked.push(best);
      rest.splice(rest.indexOf(best), 1);
    }
    return ranked.map((a) => ({ canonical: actorCanonical(a), generic: a.generic === true, record: a }));
  }
  return [];
}

/** ISO country code of a demonym or adjective (الجزائري، والمصرية، الليبيين → DZ, EG, LY), or null. */
export function countryOfDemonym(word: string, lexicons?: Lexicons): string | null {
  const lex = lexicons ?? loadLexicons();
  const key = wordKey(word);
  for (const f of wordForms(key, word)) {
    const iso = lex.actors.demonym(f.key);
    if (iso) return iso;
  }
  return null;
}

export interface ResolvedPlace {
  id: string;
  name_en: string;
  name_ar: string;
  /** ISO code; null for regions that span countries (أفريقيا، البحر المتوسط). */
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  feature: string;
  precision: GeoPrecision;
  /** Other places of the same name, for display or review. */
  alternatives: number;
}

/**
 * The place a name most likely refers to, given the countries the article is about and places near it:
 * resolvePlace("طرابلس", {countries: ["LB"]}) → Tripoli, Lebanon. Null when no gazetteer entry matches.
 */
export function resolvePlace(
  name: string,
  context: { countries?: string[]; near?: { lat: number; lon: number }[]; lexicons?: Lexicons } = {},
): ResolvedPlace | null {
  const lex = context.lexicons ?? loadLexicons();
  const ctx: PlaceContext = { countries: contextOf(context.countries), anchors: context.near ?? [] };
  for (const key of phraseKeys(name)) {
    const candidates: readonly PlaceCandidate[] = lex.gazetteer.candidates(key);
    const choice = choosePlace(candidates, ctx);
    if (!choice) continue;
    return { ...placeFields(choice.place, false), alternatives: candidates.length - 1 };
  }
  return null;
}

/** A country's national capital, resolved like a named place: capitalOf("LY") → Tripoli, Libya. */
export function capitalOf(country: string, lexicons?: Lexicons): ResolvedPlace | null {
  const lex = lexicons ?? loadLexicons();
  const capital = lex.gazetteer.capital(country);
  return capital ? { ...placeFields(capital, false), alternatives: 0 } : null;
}

/**
 * The canonical actor of a span of a linked Doc: an entity inside it that carries a canonical, else the
 * lexicon entry of the span's words ("الميليشيات الإسلامية", "مقاتلينا"), else a demonym in it, else null.
 * Uses the article's places and entities as country context.
 */
export function actorForSpan(doc: Doc, span: Span, lexicons?: Lexicons): Canonical | null {
  const lex = lexicons ?? loadLexicons();
  const inside = (doc.entities ?? []).filter(
    (e) => e.start >= span.start && e.end <= span.end && e.canonical,
  );
  if (inside.length > 0) {
    inside.sort((a, b) => b.end - b.start - (a.end - a.start));
    return inside[0].canonical!;
  }
  const countries = new Map<string, number>();
  for (const p of doc.places ?? [])
    if (p.country) countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
  const ordered = [...countries.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const text = doc.text.slice(span.start, span.end);
  const found = lookupActor(text, { date: doc.published, countries: ordered, lexicons: lex });
  if (found.length > 0) return found[0].canonical;
  for (const word of text.split(/\s+/).reverse()) {
    const iso = countryOfDemonym(word, lex);
    const state = iso ? lex.actors.byId(iso) : undefined;
    if (state) return actorCanonical(state);
  }
  return null;
}

export { placeCanonical };
