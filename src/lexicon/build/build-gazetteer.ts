// Compiles the gazetteer shipped in data/gazetteer/ from GeoNames, Who's On First, Wikidata cities and the
// country packages. Deterministic: the same inputs give the same bytes (sorted output, no dates).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { lexiconKey } from "../key.ts";
import { type NamePatterns, placeNameKeys, withoutArticle } from "../variants.ts";

const require = createRequire(import.meta.url);

export type PlaceFeature =
  | "country"
  | "admin1"
  | "admin2"
  | "capital"
  | "admin_capital"
  | "city"
  | "town"
  | "neighbourhood"
  | "site"
  /** Continents, seas and historical or geographic regions (أفريقيا، سيناء، الهلال النفطي). */
  | "region";

export interface PlaceRecord {
  id: string;
  name_en: string;
  name_ar: string;
  country: string;
  admin1: string;
  lat: number | null;
  lon: number | null;
  population: number;
  feature: PlaceFeature;
  names: Set<string>;
  /** Added by hand as a known gap: found by the token scan even without population. */
  notable?: boolean;
  /** Named only by a Wikidata label: found where NER tags a place name, never by the bare token scan. */
  labelOnly?: boolean;
}

const ARABIC_ONLY = /^[\u0600-\u06FF\u200C-\u200F\s'’-]+$/;
// Letters of Persian, Urdu, Kurdish and other Arabic-script languages that Arabic does not use.
const NON_ARABIC_LETTERS = /[پچژگکیۆێەڕڵڤڭۇۋۈھے]/;

function isArabicName(s: string): boolean {
  return ARABIC_ONLY.test(s) && !NON_ARABIC_LETTERS.test(s) && /[\u0621-\u064A]/.test(s);
}

/**
 * A name's consonant skeleton: the lexicon key without a leading generic head word (محافظة، مديرية …), the article
 * of each word, the long vowels, hamza seats and spaces, with a final ta marbuta or ha dropped (محافظة الضالع، الضالع
 * → ضلع; الطائف، الطايف → طف; تابوك، تبوك → تبك).
 */
function consonantSkeleton(name: string, heads: ReadonlySet<string>): string {
  const words = lexiconKey(name).split(" ");
  if (words.length > 1 && heads.has(words[0])) words.shift();
  return words
    .map((word) => (withoutArticle(word) ?? word).replace(/[هة]$/, ""))
    .join("")
    .replace(/[اويىءئؤأإآ]/g, "");
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * Whether a Wikidata label, matched to a place by English name and country only, spells one of the Arabic names the
 * place already has (or the place has none yet). The CSV's labels sometimes belong to another item of that English
 * name — Aden's is "فيروسات غدانية" (adenovirus), Feni's "كلورامفينيكول" — and must neither name nor key the place.
 */
export function soundsLikeAnyOf(label: string, names: Iterable<string>, heads: ReadonlySet<string>): boolean {
  const skeleton = consonantSkeleton(label, heads);
  let known = false;
  for (const name of names) {
    known = true;
    const other = consonantSkeleton(name, heads);
    const allowed = Math.max(1, Math.floor(0.4 * Math.max(skeleton.length, other.length)));
    if (editDistance(skeleton, other) <= allowed) return true;
  }
  return !known;
}

function readTsv(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.length > 0 && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

function num(s: string | undefined): number {
  const n = Number(s);
  return Number.isFinite(n) ? n : 0;
}

function geonamesFeature(code: string): PlaceFeature {
  if (code === "PPLC") return "capital";
  if (code === "PPLA") return "admin_capital";
  return "city";
}

export interface GazetteerSources {
  gazetteerDir: string;
  additionsPath: string;
  patterns: NamePatterns;
}

export function buildGazetteer(src: GazetteerSources): PlaceRecord[] {
  const records = new Map<string, PlaceRecord>();
  const byGeonames = new Map<string, PlaceRecord>();
  const byWikidata = new Map<string, PlaceRecord>();
  const addNames = (rec: PlaceRecord, names: Iterable<string>) => {
    for (const raw of names) {
      const n = raw.replace(/[\u200E\u200F]/g, "").trim();
      if (n && isArabicName(n)) rec.names.add(n);
    }
  };

  // Countries: GeoNames countryInfo + Arabic names from GeoNames, i18n-iso-countries and world-countries.
  const gn = join(src.gazetteerDir, "geonames");
  const translations = JSON.parse(readFileSync(join(gn, "country_translations.json"), "utf8")) as Record<
    string,
    Record<string, string>
  >;
  const isoCountries = require("i18n-iso-countries");
  isoCountries.registerLocale(require("i18n-iso-countries/langs/ar.json"));
  const worldCountries = require("world-countries") as {
    cca2: string;
    latlng: number[];
    translations: Record<string, { common: string; official: string }>;
    name: { native: Record<string, { common: string; official: string }> };
  }[];
  const worldByIso = new Map(worldCountries.map((c) => [c.cca2, c]));
  for (const row of readTsv(join(gn, "countryInfo.tsv"))) {
    const [iso, , , , name, , , population, , , , , , , , , geonameid] = row;
    const world = worldByIso.get(iso);
    const arNames: string[] = [
      ...(isoCountries.getName(iso, "ar", { select: "all" }) ?? []),
      translations[geonameid]?.ar ?? "",
      world?.translations.ara?.common ?? "",
      world?.translations.ara?.official ?? "",
      world?.name.native.ara?.common ?? "",
      world?.name.native.ara?.official ?? "",
    ].filter(Boolean);
    if (arNames.length === 0) continue;
    const rec: PlaceRecord = {
      id: iso,
      name_en: name,
      name_ar: arNames[0],
      country: iso,
      admin1: "",
      lat: world ? world.latlng[0] : null,
      lon: world ? world.latlng[1] : null,
      population: num(population),
      feature: "country",
      names: new Set(),
    };
    addNames(rec, arNames);
    records.set(iso, rec);
  }

  // GeoNames cities15000 with their Arabic names.
  const admin1Names = new Map(readTsv(join(gn, "regionInfo.tsv")).map((r) => [r[0], r[2]]));
  const arabicByGeonames = new Map<string, string[]>();
  for (const row of readTsv(join(gn, "cities15000-arabic-script.tsv")).slice(1)) {
    arabicByGeonames.set(row[0], row[10] ? row[10].split("|") : []);
  }
  /** GeoNames cities without an Arabic name, by country and English name: Wikidata's Arabic label may name them. */
  const unnamedGeonames = new Map<string, string[]>();
  for (const row of readTsv(join(gn, "cities15000.txt"))) {
    const [id, name, ascii, , lat, lon, , code, cc, , a1, , , , pop] = row;
    const ar = (arabicByGeonames.get(id) ?? []).filter(isArabicName);
    if (ar.length === 0) {
      for (const n of new Set([name.toLowerCase(), ascii.toLowerCase()])) {
        const k = `${cc}|${n}`;
        const prev = unnamedGeonames.get(k);
        if (!prev || num(prev[14]) < num(pop)) unnamedGeonames.set(k, row);
      }
      continue;
    }
    const rec: PlaceRecord = {
      id: `gn:${id}`,
      name_en: ascii || name,
      name_ar: ar[0],
      country: cc,
      admin1: admin1Names.get(`${cc}.${a1}`) ?? "",
      lat: Number(lat),
      lon: Number(lon),
      population: num(pop),
      feature: geonamesFeature(code),
      names: new Set(),
    };
    addNames(rec, ar);
    records.set(rec.id, rec);
    byGeonames.set(id, rec);
  }

  // Who's On First for LY DZ TN EG SY IQ YE: towns, villages, districts and regions with Arabic names.
  const wofRows = readTsv(join(src.gazetteerDir, "whosonfirst", "wof-admin-ly-dz-tn-eg-sy-iq-ye.tsv")).slice(
    1,
  );
  const wofById = new Map(wofRows.map((r) => [r[0], r]));
  const wofAdmin1 = (row: string[]): string => {
    let cur: string[] | undefined = row;
    for (let depth = 0; cur && depth < 4; depth++) {
      if (cur[2] === "region") return cur[3];
      cur = wofById.get(cur[12]);
    }
    return "";
  };
  const wofFeature: Record<string, PlaceFeature> = {
    region: "admin1",
    county: "admin2",
    localadmin: "admin2",
    locality: "town",
    neighbourhood: "neighbourhood",
    campus: "site",
  };
  // Deprecated WOF records often carry the GeoNames id that the current record of the same place lacks.
  const geonamesByWikidata = new Map<string, string>();
  for (const row of wofRows)
    if (row[11] && row[10] && row[10] !== "-1") geonamesByWikidata.set(row[11], row[10]);
  for (const row of wofRows) {
    const [wofId, cc, type, name, pref, variant, other, lat, lon, pop, gnIdOwn, wdId, , current] = row;
    if (current === "0") continue;
    const gnId = gnIdOwn && gnIdOwn !== "-1" ? gnIdOwn : (geonamesByWikidata.get(wdId) ?? "");
    // WOF's "other" names hold back-transliterations such as لجزائير / لعيراق (from "l-Jaza'ir"): a leading
    // lam the preferred name does not have marks one.
    const others = other
      .split("|")
      .filter((n) => !(n.startsWith("ل") && !n.startsWith("لا") && !pref.startsWith("ل")));
    const ar = [pref, ...variant.split("|"), ...others, name].filter((n) => n && isArabicName(n));
    if (type === "country") {
      const rec = records.get(cc);
      if (rec) addNames(rec, ar);
      continue;
    }
    const feature = wofFeature[type];
    if (!feature || ar.length === 0) continue;
    const existing = (gnId ? byGeonames.get(gnId) : undefined) ?? (wdId ? byWikidata.get(wdId) : undefined);
    if (existing) {
      addNames(existing, ar);
      // WOF's preferred Arabic label is a better display name than GeoNames' unordered alternates.
      if (pref && isArabicName(pref) && existing.feature !== "country") existing.name_ar = pref;
      if (!existing.admin1) existing.admin1 = wofAdmin1(row);
      if (wdId) byWikidata.set(wdId, existing);
      continue;
    }
    const population = num(pop);
    const rec: PlaceRecord = {
      id: `wof:${wofId}`,
      name_en: /[\u0600-\u06FF]/.test(name) ? "" : name,
      name_ar: ar[0],
      country: cc,
      admin1: type === "region" ? "" : wofAdmin1(row),
      lat: Number(lat),
      lon: Number(lon),
      population,
      feature: feature === "town" && population >= 15000 ? "city" : feature,
      names: new Set(),
    };
    addNames(rec, ar);
    records.set(rec.id, rec);
    if (wdId) byWikidata.set(wdId, rec);
  }

  // Wikidata cities: Arabic labels (no coordinates) added to the place of the same English name and country.
  const headWords = new Set(
    [...src.patterns.settlement_prefixes, ...src.patterns.region_prefixes].map((w) => lexiconKey(w)),
  );
  const countryByEnglish = new Map<string, string>();
  for (const rec of records.values())
    if (rec.feature === "country") countryByEnglish.set(rec.name_en, rec.id);
  const byNameCountry = new Map<string, PlaceRecord>();
  for (const rec of records.values()) {
    if (rec.feature === "country") continue;
    const k = `${rec.country}|${rec.name_en.toLowerCase()}`;
    const prev = byNameCountry.get(k);
    if (!prev || prev.population < rec.population) byNameCountry.set(k, rec);
  }
  const csv = readFileSync(join(src.gazetteerDir, "wikidata-cities", "world-cities.csv"), "utf8").replace(
    /^\uFEFF/,
    "",
  );
  for (const line of csv.split("\n").slice(1)) {
    const cells = [...line.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2]);
    if (cells.length < 4) continue;
    const [, countryEn, cityAr, cityEn] = cells;
    const cc = countryByEnglish.get(countryEn);
    let rec = cc ? byNameCountry.get(`${cc}|${cityEn.toLowerCase()}`) : undefined;
    // a GeoNames city of that name and country that has no Arabic name there (Jerada, Morocco → جرادة)
    const unnamed = cc && !rec ? unnamedGeonames.get(`${cc}|${cityEn.toLowerCase()}`) : undefined;
    // (a label that names the province or a museum rather than the town, محافظة بدر، المتحف الأثري بالجم, is left out)
    const plainLabel = !/^(محافظة|ولاية|إقليم|دائرة|شعبية|بلدية|معتمدية|المتحف) /.test(cityAr);
    if (unnamed && plainLabel && isArabicName(cityAr) && !records.has(`gn:${unnamed[0]}`)) {
      const [id, name, ascii, , lat, lon, , code, country, , a1, , , , pop] = unnamed;
      rec = {
        id: `gn:${id}`,
        name_en: ascii || name,
        name_ar: cityAr,
        country,
        admin1: admin1Names.get(`${country}.${a1}`) ?? "",
        lat: Number(lat),
        lon: Number(lon),
        population: num(pop),
        feature: geonamesFeature(code),
        names: new Set(),
        labelOnly: true,
      };
      records.set(rec.id, rec);
      byGeonames.set(id, rec);
    }
    if (rec && isArabicName(cityAr) && soundsLikeAnyOf(cityAr, rec.names, headWords)) {
      addNames(rec, [cityAr]);
      if (rec.id.startsWith("gn:") && !/^(محافظة|ولاية|مدينة) /.test(cityAr)) rec.name_ar = cityAr;
    }
  }

  // Hand additions, each with its source.
  for (const row of readTsv(src.additionsPath)) {
    const [id, nameEn, nameAr, aliases, cc, admin1, lat, lon, pop, feature] = row;
    const rec: PlaceRecord = records.get(id) ?? {
      id,
      name_en: nameEn,
      name_ar: nameAr,
      country: cc,
      admin1,
      lat: Number(lat),
      lon: Number(lon),
      population: num(pop),
      feature: feature as PlaceFeature,
      names: new Set(),
    };
    rec.name_en = nameEn;
    rec.name_ar = nameAr;
    if (!rec.admin1) rec.admin1 = admin1;
    if (rec.population === 0) rec.population = num(pop);
    rec.names.add(nameAr);
    rec.notable = true;
    addNames(rec, aliases ? aliases.split("|") : []);
    records.set(id, rec);
  }

  for (const rec of records.values()) {
    rec.name_en = withoutAynMarks(rec.name_en);
    rec.admin1 = withoutAynMarks(rec.admin1);
    if (!rec.name_en) rec.name_en = rec.name_ar;
    rec.name_ar = rec.name_ar.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  }
  return [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * GeoNames and Who's On First write ayn and hamza with marks (`Afrin, Ta`izz, Al Qal‘ah): the plain spelling
 * readers and analysts search for (Afrin, Taizz, Al Qalah), in every layer that shows a place's English name.
 */
export const withoutAynMarks = (name: string) => name.replace(/[`ʿʾ‘]/g, "");

/** One line per place: the candidate fields, then every lookup key of the place (| separated). */
export function gazetteerToTsv(records: PlaceRecord[], patterns: NamePatterns): string {
  const lines = ["id\tname_en\tname_ar\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\tkeys\tnotable\tscan"];
  for (const r of records) {
    const keys = new Set<string>();
    for (const n of r.names) for (const k of placeNameKeys(n, patterns)) keys.add(k);
    if (keys.size === 0) continue;
    const coord = (x: number | null) =>
      x === null || !Number.isFinite(x) ? "" : String(Math.round(x * 1e5) / 1e5);
    lines.push(
      [
        r.id,
        r.name_en,
        r.name_ar,
        r.country,
        r.admin1,
        coord(r.lat),
        coord(r.lon),
        r.population,
        r.feature,
        [...keys].sort().join("|"),
        r.notable ? "1" : "",
        r.labelOnly && !r.notable ? "0" : "",
      ]
        .map((v) => String(v).replace(/[\t\n]/g, " "))
        .join("\t"),
    );
  }
  return `${lines.join("\n")}\n`;
}

export { lexiconKey };
