import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { wordKey } from "./key.ts";

export interface Country {
  code: string;
  name_ar: string;
  name_en: string;
}

/** Countries by ISO code (names from i18n-iso-countries), and a nisba lookup: الجزائرية / جزائريين → DZ. */
export interface CountryTable {
  byCode: Map<string, Country>;
  demonym(word: string): string | null;
}

// Nisba adjectives the "name + ي" rule does not give, keyed without ال.
const IRREGULAR: Record<string, string> = {
  امريكي: "US",
  اميركي: "US",
  بريطاني: "GB",
  اماراتي: "AE",
  فلسطيني: "PS",
  اسرايلي: "IL",
  سوداني: "SD",
  الماني: "DE",
  ايطالي: "IT",
  تركي: "TR",
};

const NISBA_ENDINGS = ["يين", "يون", "يان", "يه", "يا", "ي"];

export function countryTable(): CountryTable {
  const require = createRequire(import.meta.url);
  countries.registerLocale(require("i18n-iso-countries/langs/ar.json"));
  countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
  const byCode = new Map<string, Country>();
  const demonymCache = new Map<string, string | null>();
  const nisba = new Map<string, string>();
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const name_ar = countries.getName(code, "ar");
    const name_en = countries.getName(code, "en");
    if (!name_ar || !name_en) continue;
    byCode.set(code, { code, name_ar, name_en });
    if (name_ar.includes(" ")) continue;
    // ليبيا → ليبي، تونس → تونسي، العراق → عراقي، السعودية → سعودي
    let stem = wordKey(name_ar).replace(/^ال/, "");
    if (stem.endsWith("يا") || stem.endsWith("يه")) stem = stem.slice(0, -2);
    else if (stem.endsWith("ا")) stem = stem.slice(0, -1);
    if (stem.length >= 2 && !nisba.has(`${stem}ي`)) nisba.set(`${stem}ي`, code);
  }
  for (const [adj, code] of Object.entries(IRREGULAR)) nisba.set(adj, code);
  // مالي is far more often "financial" than Malian
  nisba.delete("مالي");
  return {
    byCode,
    demonym(word: string): string | null {
      const cached = demonymCache.get(word);
      if (cached !== undefined) return cached;
      const found = findDemonym(word);
      if (demonymCache.size >= 100_000) demonymCache.clear();
      demonymCache.set(word, found);
      return found;
    },
  };

  function findDemonym(word: string): string | null {
    const key = wordKey(word);
    for (const prefix of ["وال", "فال", "بال", "لل", "ال", "و", ""]) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      for (const ending of NISBA_ENDINGS) {
        if (!rest.endsWith(ending) || rest.length - ending.length < 2) continue;
        const hit = nisba.get(`${rest.slice(0, rest.length - ending.length)}ي`);
        if (hit) return hit;
      }
    }
    return null;
  }
}

let cached: CountryTable | null = null;
export function loadCountries(): CountryTable {
  cached ??= countryTable();
  return cached;
}
