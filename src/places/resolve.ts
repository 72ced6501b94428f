// Toponym resolution: which of the places a name can refer to is meant here. A candidate scores by its kind
// (country > capital > city > village), its population, the countries the article talks about, and its
// nearness to the article's other places. The weights are small integers chosen so that context beats size:
// طرابلس in an article about Libya is Tripoli, Libya; in one about Lebanon, Tripoli, Lebanon.
import type { GeoPrecision } from "../doc/types.ts";
import type { PlaceCandidate, PlaceFeature } from "../lexicon/gazetteer.ts";

export interface PlaceContext {
  /** How often each country (ISO code) is named or implied elsewhere in the article. */
  countries: ReadonlyMap<string, number>;
  /** Places of the article already known for sure, for proximity. */
  anchors: readonly { lat: number; lon: number }[];
}

export const EMPTY_CONTEXT: PlaceContext = { countries: new Map(), anchors: [] };

const FEATURE_PRIOR: Record<PlaceFeature, number> = {
  country: 6,
  region: 5,
  capital: 4,
  admin1: 3,
  admin_capital: 3,
  city: 2,
  admin2: 1.5,
  town: 1,
  neighbourhood: 0.5,
  site: 0.5,
};

/** Arabic-language news is mostly about the Arab world: a small prior for its places. */
const ARAB_LEAGUE = new Set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split(" "));

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface ScoreOptions {
  /** The name came with a region word (محافظة، ولاية): prefer regions. */
  preferRegion?: boolean;
  /** The name came with a settlement word (مدينة، قرية): prefer towns. */
  preferSettlement?: boolean;
}

export function scorePlace(c: PlaceCandidate, ctx: PlaceContext, opts: ScoreOptions = {}): number {
  let score = FEATURE_PRIOR[c.feature] + 0.6 * Math.log10(c.population + 1);
  if (ARAB_LEAGUE.has(c.country)) score += 1;
  const mentions = ctx.countries.get(c.country) ?? 0;
  if (mentions > 0) {
    let total = 0;
    for (const n of ctx.countries.values()) total += n;
    score += 3 + 3 * (mentions / total);
  }
  if (c.lat !== null && c.lon !== null && c.feature !== "country" && c.feature !== "region") {
    let nearest = Number.POSITIVE_INFINITY;
    for (const a of ctx.anchors) nearest = Math.min(nearest, distanceKm(a, { lat: c.lat, lon: c.lon }));
    if (nearest < 100) score += 2;
    else if (nearest < 400) score += 1;
  }
  const isRegion = c.feature === "admin1" || c.feature === "admin2" || c.feature === "region";
  if (opts.preferRegion && isRegion) score += 5;
  if (opts.preferSettlement && !isRegion && c.feature !== "country") score += 3;
  return score;
}

/** Places named for themselves across borders: a country, a region, a capital, a province or its chief town. */
const WELL_KNOWN = new Set<PlaceFeature>(["country", "region", "capital", "admin1", "admin_capital"]);

/**
 * A name the gazetteer knows only as local towns of countries the article never speaks of, while it clearly speaks
 * of another one (جرادة in an article about Morocco, known only as Al Jaradah in Syria), is a namesake: the town the
 * article means is one the gazetteer lacks. `selfSupport` is the part of the counts this name gave itself. A
 * `bareWord` (see `bareWord` in link.ts) may be a namesake of a province or a notable place too.
 */
export function isNamesake(
  candidates: readonly PlaceCandidate[],
  countries: ReadonlyMap<string, number>,
  selfSupport: number,
  bareWord = false,
): boolean {
  // (a bare word that no preposition or head word marks as a place, واحات جمنة، ولادة قيصرية، عمد مجهولون, is as
  // likely the common word: only a country or a capital keeps its name across borders there)
  const keepsItsName = (c: PlaceCandidate) =>
    bareWord ? c.feature === "country" || c.feature === "capital" : WELL_KNOWN.has(c.feature) || c.notable;
  if (candidates.length === 0 || candidates.some(keepsItsName)) return false;
  const own = new Set(candidates.map((c) => c.country));
  for (const c of own) if ((countries.get(c) ?? 0) - (own.size === 1 ? selfSupport : 0) > 0) return false;
  for (const [c, n] of countries) if (!own.has(c) && n >= 2) return true;
  return false;
}

export interface Choice {
  place: PlaceCandidate;
  score: number;
  /** Score margin over the best candidate of another place (Infinity when alone). */
  margin: number;
}

export function choosePlace(
  candidates: readonly PlaceCandidate[],
  ctx: PlaceContext,
  opts: ScoreOptions = {},
): Choice | null {
  let best: PlaceCandidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const s = scorePlace(c, ctx, opts);
    if (s > bestScore || (s === bestScore && best !== null && c.id < best.id)) {
      if (best) second = Math.max(second, bestScore);
      best = c;
      bestScore = s;
    } else second = Math.max(second, s);
  }
  if (!best) return null;
  // باريس beside الأمريكية: a country the article speaks of is no reason for a small namesake town of it (Paris,
  // Texas) to displace a national capital named for itself across borders (Paris, France); only nearness to the
  // article's own places is. The same holds for a province's chief town of a city's size (جنيف beside الأمريكية is
  // Geneva, not Geneva, Illinois), over a town of another country a fifth its size or less.
  if (best.feature !== "capital" && best.feature !== "country") {
    const chosen = best;
    const size = Math.max(1, chosen.population);
    const capital = candidates.find(
      (c) =>
        (c.feature === "capital" && c.population >= 10 * size) ||
        (c.feature === "admin_capital" &&
          TOWNS.has(chosen.feature) &&
          c.country !== chosen.country &&
          c.population >= 100000 &&
          c.population >= 5 * size),
    );
    if (capital && !nearAnchor(chosen, ctx, 800))
      return { place: capital, score: scorePlace(capital, ctx, opts), margin: 0 };
  }
  // A bare name that is both a province and its chief town (القيروان، البصرة، سوسة) names the town, as ACLED codes
  // it; a region word (محافظة، ولاية) asks for the province instead.
  if ((best.feature === "admin1" || best.feature === "admin2") && !opts.preferRegion) {
    const region = best;
    const town = candidates
      .filter((c) => c.country === region.country && SETTLEMENTS.has(c.feature) && near(c, region, 150))
      .sort((a, b) => b.population - a.population)[0];
    if (town) return { place: town, score: scorePlace(town, ctx, opts), margin: 0 };
  }
  return { place: best, score: bestScore, margin: bestScore - second };
}

function nearAnchor(c: PlaceCandidate, ctx: PlaceContext, km: number): boolean {
  if (c.lat === null || c.lon === null) return false;
  const at = { lat: c.lat, lon: c.lon };
  return ctx.anchors.some((a) => distanceKm(a, at) < km);
}

const SETTLEMENTS = new Set<PlaceFeature>(["capital", "admin_capital", "city", "town"]);
/** Places known only locally: a town, a quarter, a site. */
const TOWNS = new Set<PlaceFeature>(["city", "town", "neighbourhood", "site"]);

function near(a: PlaceCandidate, b: PlaceCandidate, km: number): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  return distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) <= km;
}

/** ACLED geo-precision: 1 the named town, 2 near a town or a district, 3 a region or a country. */
export function precisionOf(c: PlaceCandidate, near: boolean): GeoPrecision {
  if (c.feature === "country" || c.feature === "admin1" || c.feature === "region") return 3;
  if (c.feature === "admin2" || near) return 2;
  return 1;
}

/** The gazetteer fields a resolved place carries in the output, with its geo-precision. */
export function placeFields(p: PlaceCandidate, near: boolean) {
  return {
    id: p.id,
    name_en: p.name_en,
    name_ar: p.name_ar,
    country: p.country || null,
    admin1: p.admin1,
    lat: p.lat,
    lon: p.lon,
    precision: precisionOf(p, near),
    feature: p.feature,
  };
}
