import { readFileSync } from "node:fs";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import worldCountriesModule, { type Countries } from "world-countries";
import { dataDir } from "../paths.ts";
import type { EventDetail } from "../store/types.ts";

export const EXPORT_FORMATS = ["acled-csv", "geojson", "jsonl", "plover-json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  "acled-csv": "text/csv; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  "plover-json": "application/json; charset=utf-8",
};

/** ACLED's columns, in the order of ACLED's codebook (shared/data/lexicon/acled/acled_codebook.csv). */
export const ACLED_COLUMNS = [
  "data_id",
  "iso",
  "event_id_cnty",
  "event_id_no_cnty",
  "event_date",
  "year",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "timestamp",
  "iso3",
] as const;

// a CommonJS array; TypeScript types its default import as the module namespace
const worldCountries = worldCountriesModule as unknown as Countries;

let acledRegions: Map<string, string> | null = null;
function acledRegion(countryName: string): string {
  if (!acledRegions) {
    acledRegions = new Map();
    const lines = readFileSync(join(dataDir, "acled/countries.csv"), "utf8").trim().split("\n").slice(1);
    for (const line of lines) {
      const [name, region] = line.split(",");
      acledRegions.set(name, region);
    }
  }
  return acledRegions.get(countryName) ?? "";
}

function countryName(iso2: string | null): string {
  if (!iso2) return "";
  const common = worldCountries.find((c) => c.cca2 === iso2)?.name.common;
  return common ?? countries.getName(iso2, "en") ?? iso2;
}

/** ACLED's actor type codes (inter1/inter2) from Marsad's actor kinds; 0 when there is no actor. */
export function interCode(kind: string | null | undefined): number {
  switch (kind) {
    case "state":
    case "government":
    case "military":
    case "police":
      return 1;
    case "rebel_group":
      return 2;
    case "militia":
    case "political_party":
      return 3;
    case "protesters":
    case "protestors":
      return 6;
    case "civilians":
    case "person":
      return 7;
    case undefined:
    case null:
      return 0;
    default:
      return 8;
  }
}

/** ACLED's interaction code: the two actor type codes, lower first (10 = sole military action). */
export function interactionCode(a: number, b: number): number | "" {
  if (!a && !b) return "";
  const [lo, hi] = [a, b].sort((x, y) => x - y);
  return lo === 0 ? hi * 10 : lo * 10 + hi;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function names(e: EventDetail, role: string): string[] {
  return e.actors.filter((a) => a.role === role).map((a) => a.name_en ?? a.name_ar);
}

/** One event as an ACLED row. Dates in ACLED's codebook form (dd-mm-yyyy); unknown fields stay empty. */
export function acledRow(e: EventDetail): Record<(typeof ACLED_COLUMNS)[number], unknown> {
  const iso2 = e.location?.country ?? null;
  const iso3 = iso2 ? (countries.alpha2ToAlpha3(iso2) ?? "") : "";
  const name = countryName(iso2);
  const actor1 = e.actors.find((a) => a.role === "actor1");
  const actor2 = e.actors.find((a) => a.role === "actor2");
  const inter1 = interCode(actor1?.kind);
  const inter2 = interCode(actor2?.kind);
  const day = e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : null;
  const precision = e.datePrecision === "day" ? 1 : e.datePrecision === "week" ? 2 : e.date ? 3 : "";
  const evidence = e.mentions[0]?.evidenceText.join(" ") ?? "";
  return {
    data_id: e.id,
    iso: iso2 ? Number(countries.alpha2ToNumeric(iso2) ?? "") || "" : "",
    event_id_cnty: `${iso3 || "XXX"}${e.id}`,
    event_id_no_cnty: e.id,
    event_date: day ? `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}` : "",
    year: e.date ? e.date.slice(0, 4) : "",
    time_precision: precision,
    event_type: e.acled?.event_type ?? "",
    sub_event_type: e.acled?.sub_event_type ?? "",
    actor1: actor1 ? (actor1.name_en ?? actor1.name_ar) : "",
    assoc_actor_1: names(e, "associated").join("; "),
    inter1: inter1 || "",
    actor2: actor2 ? (actor2.name_en ?? actor2.name_ar) : "",
    assoc_actor_2: "",
    inter2: inter2 || "",
    interaction: interactionCode(inter1, inter2),
    region: name ? acledRegion(name) : "",
    country: name,
    admin1: e.location?.admin1 ?? "",
    admin2: "",
    admin3: "",
    location: e.location ? (e.location.name_en ?? e.location.name_ar ?? "") : "",
    latitude: e.location?.lat ?? "",
    longitude: e.location?.lon ?? "",
    geo_precision: e.location?.precision ?? "",
    source: e.sources.join("; "),
    source_scale: "",
    notes: evidence,
    fatalities: e.fatalities ?? 0,
    timestamp: Math.floor(Date.now() / 1000),
    iso3,
  };
}

export function acledCsvHeader(): string {
  return `${ACLED_COLUMNS.join(",")}\n`;
}

export function acledCsvLine(e: EventDetail): string {
  const row = acledRow(e);
  return `${ACLED_COLUMNS.map((c) => csvCell(row[c])).join(",")}\n`;
}

/** A GeoJSON Feature; events with no coordinates keep a null geometry (allowed by RFC 7946) rather than a guess. */
export function geoJsonFeature(e: EventDetail): object {
  const { mentions, location, ...rest } = e;
  return {
    type: "Feature",
    id: e.id,
    geometry:
      location && typeof location.lat === "number" && typeof location.lon === "number"
        ? { type: "Point", coordinates: [location.lon, location.lat] }
        : null,
    properties: {
      ...rest,
      location,
      mentions: mentions.map((m) => ({
        articleId: m.articleId,
        source: m.source,
        url: m.url,
        evidence: m.evidenceText,
      })),
    },
  };
}

/** A PLOVER record (as in PLOVER's gold-standard JSON): source/target actors, event, mode, text, location. */
export function ploverRecord(e: EventDetail): object {
  const actor = (role: string) =>
    e.actors
      .filter((a) => a.role === role)
      .map((a) => ({ actorText: a.name_ar, actorName: a.name_en, code: a.id, country: a.country }));
  const first = e.mentions[0];
  return {
    id: `marsad-${e.id}`,
    date: e.date,
    event: e.type,
    mode: e.mode,
    source: actor("actor1"),
    target: actor("actor2"),
    eventText: first?.event.trigger?.text ?? null,
    text: first?.evidenceText.join(" ") ?? null,
    language: "ar",
    location: e.location,
    fatalities: e.fatalities,
    modality: e.modality,
    publication: e.sources,
    mentions: e.mentions.map((m) => ({
      articleId: m.articleId,
      source: m.source,
      url: m.url,
      published: m.published,
    })),
  };
}

/** Streams an export as text chunks, so large stores export without holding every event in memory. */
export async function* exportEvents(
  format: ExportFormat,
  events: AsyncIterable<EventDetail>,
): AsyncGenerator<string> {
  if (format === "acled-csv") {
    yield acledCsvHeader();
    for await (const e of events) if (e.acled) yield acledCsvLine(e);
  } else if (format === "jsonl") {
    for await (const e of events) yield `${JSON.stringify(e)}\n`;
  } else if (format === "geojson") {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const e of events) {
      yield (first ? "\n" : ",\n") + JSON.stringify(geoJsonFeature(e));
      first = false;
    }
    yield "\n]}\n";
  } else {
    yield "[";
    let first = true;
    for await (const e of events) {
      yield (first ? "\n" : ",\n") + JSON.stringify(ploverRecord(e));
      first = false;
    }
    yield "\n]\n";
  }
}
