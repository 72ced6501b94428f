import { countryOfDemonym } from "../places/api.ts";
import { type Lexicons, loadLexicons } from "../places/lexicons.ts";
import { wordKey } from "./key.ts";

export interface Country {
  code: string;
  name_ar: string;
  name_en: string;
}

/**
 * Countries as the events stage asks for them, all read from the places stage's lexicons (one source of truth):
 * a state by ISO code (its canonical actor), the country a word names (الجزائر، أمريكا) and the country of a
 * nisba adjective (الجزائرية، جزائريين → DZ, through `countryOfDemonym`). Answers are cached per word.
 */
export interface CountryTable {
  byCode: { get(code: string): Country | undefined };
  /** ISO code of the country a word key names (its gazetteer entry of feature "country"), or null. */
  named(key: string): string | null;
  demonym(word: string): string | null;
}

const LIMIT = 100_000;

export function countryTable(lex: Lexicons = loadLexicons()): CountryTable {
  const codes = new Map<string, Country | undefined>();
  const names = new Map<string, string | null>();
  const demonyms = new Map<string, string | null>();
  const remember = <T>(m: Map<string, T>, k: string, v: T): T => {
    if (m.size >= LIMIT) m.clear();
    m.set(k, v);
    return v;
  };
  return {
    byCode: {
      get(code: string): Country | undefined {
        if (codes.has(code)) return codes.get(code);
        const a = lex.actors.byId(code);
        const c = a?.kind === "state" ? { code, name_ar: a.name_ar, name_en: a.name_en } : undefined;
        codes.set(code, c);
        return c;
      },
    },
    named(key: string): string | null {
      const hit = names.get(key);
      if (hit !== undefined) return hit;
      const place = lex.gazetteer.candidates(key).find((p) => p.feature === "country");
      return remember(names, key, place?.country ?? place?.id ?? null);
    },
    demonym(word: string): string | null {
      const hit = demonyms.get(word);
      if (hit !== undefined) return hit;
      // مالي is far more often "financial" than Malian
      const code = wordKey(word).replace(/^(و|ف)?(ال)?/, "") === "مالي" ? null : countryOfDemonym(word, lex);
      return remember(demonyms, word, code);
    },
  };
}

let cached: CountryTable | null = null;
export function loadCountries(): CountryTable {
  cached ??= countryTable();
  return cached;
}
