import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { dataDir } from "../paths.ts";
import type { PlaceFeature } from "./build/build-gazetteer.ts";

export type { PlaceFeature };

/** One place a name can refer to. */
export interface PlaceCandidate {
  id: string;
  name_en: string;
  name_ar: string;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  feature: PlaceFeature;
  /** Hand-added known gap: the token scan may find it although it has no population. */
  notable: boolean;
  /** False for a place known only by a Wikidata label: NER must tag the name, the bare token scan never takes it. */
  scannable: boolean;
}

export interface Gazetteer {
  /** Candidates for a lexicon key (see lexiconKey), or an empty list. */
  candidates(key: string): readonly PlaceCandidate[];
  /** Whether some indexed name starts with these words (lets a longest-match scan stop early). */
  hasPrefix(key: string): boolean;
  byId(id: string): PlaceCandidate | undefined;
  /** A country's national capital (GeoNames PPLC, feature "capital"): capital("YE") → Sanaa. */
  capital(country: string): PlaceCandidate | undefined;
  readonly size: number;
}

const EMPTY: readonly PlaceCandidate[] = Object.freeze([]);

/** Parses the compiled gazetteer (data/gazetteer/places.tsv.gz, built by `npm run build:lexicon`). */
export function parseGazetteer(tsv: string): Gazetteer {
  const byKey = new Map<string, PlaceCandidate[]>();
  const prefixes = new Set<string>();
  const ids = new Map<string, PlaceCandidate>();
  const capitals = new Map<string, PlaceCandidate>();
  const lines = tsv.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const f = line.split("\t");
    const place: PlaceCandidate = {
      id: f[0],
      name_en: f[1],
      name_ar: f[2],
      country: f[3],
      admin1: f[4] || null,
      lat: f[5] === "" ? null : Number(f[5]),
      lon: f[6] === "" ? null : Number(f[6]),
      population: Number(f[7]) || 0,
      feature: f[8] as PlaceFeature,
      notable: f[10] === "1",
      scannable: f[11] !== "0",
    };
    ids.set(place.id, place);
    // (one per country in the compiled file; the most populous wins should a country list two)
    const known = capitals.get(place.country);
    if (place.feature === "capital" && (!known || place.population > known.population))
      capitals.set(place.country, place);
    for (const key of f[9].split("|")) {
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
      let space = key.indexOf(" ");
      while (space > 0) {
        prefixes.add(key.slice(0, space));
        space = key.indexOf(" ", space + 1);
      }
    }
  }
  return {
    candidates: (key) => byKey.get(key) ?? EMPTY,
    hasPrefix: (key) => prefixes.has(key),
    byId: (id) => ids.get(id),
    capital: (country) => capitals.get(country),
    size: ids.size,
  };
}

/** Reads a compiled lexicon file, with an error that says how to make it when it is missing. */
export function readCompiled(path: string): Buffer {
  if (!existsSync(path)) {
    throw new Error(`compiled lexicon ${path} is missing: rebuild it with \`npm run build:lexicon\``);
  }
  return readFileSync(path);
}

let cached: Gazetteer | null = null;

/** The shipped gazetteer, read once per process. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const path = join(dataDir, "gazetteer", "places.tsv.gz");
    cached = parseGazetteer(gunzipSync(readCompiled(path)).toString("utf8"));
  }
  return cached;
}
