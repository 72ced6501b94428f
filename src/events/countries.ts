import { lexiconKey } from "../lexicon/key.ts";
import { countryOfDemonym } from "../places/api.ts";
import { type Lexicons, loadLexicons } from "../places/lexicons.ts";
import { cachedByWord } from "../text/wordCache.ts";

export interface Country {
  code: string;
  name_ar: string;
  name_en: string;
}

/**
 * Countries as the events stage asks for them, all read from the places stage's lexicons (one source of truth):
 * a state by ISO code (its canonical actor), the country a one-word name gives (الجزائر، أمريكا: the state's
 * aliases) and the country of a nisba adjective (الجزائرية، جزائريين → DZ, through `countryOfDemonym`, cached).
 */
export interface CountryTable {
  byCode: ReadonlyMap<string, Country>;
  /** ISO code of the country a one-word key names, or null. */
  named(key: string): string | null;
  demonym(word: string): string | null;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function countryTable(lex: Lexicons = loadLexicons()): CountryTable {
  // States of the actor lexicon (ISO codes), and their one-word names (الجزائر، أمريكا، الإمارات) as a small index:
  // the stage asks for a country name at almost every word, so this lookup must stay cheap.
  const codes = new Map<string, Country>();
  const names = new Map<string, string>();
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const state = lex.actors.byId(a + b);
      if (state?.kind !== "state") continue;
      codes.set(state.id, { code: state.id, name_ar: state.name_ar, name_en: state.name_en });
      for (const alias of state.aliases) {
        const key = lexiconKey(alias);
        // مالي ("financial": فساد مالي، دعم مالي) and بنين ("sons") are ordinary words: like the places stage's
        // token scan (scan-blocked.txt), the events stage does not read them bare as a state; where NER tags them
        // a place (في شمال مالي، زار مالي) the places stage resolves them and the mention is that place
        if (!key.includes(" ") && !names.has(key) && !lex.scanBlocked.has(key)) names.set(key, state.id);
      }
    }
  return {
    byCode: codes,
    named: (key: string) => names.get(key) ?? null,
    // (مالي "financial" is no Malian either: data/actors/demonyms-blocked.tsv keeps it out of the demonyms)
    demonym: cachedByWord((word) => countryOfDemonym(word, lex), 100_000),
  };
}

let cached: CountryTable | null = null;
export function loadCountries(): CountryTable {
  cached ??= countryTable();
  return cached;
}
