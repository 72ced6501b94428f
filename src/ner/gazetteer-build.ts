// Builds data/ner/gazetteer.tsv (TYPE<TAB>folded name) from the shared name lists. Run by `marsad train ner`
// (or `marsad train ner --gazetteer-only`); the tagger only ever reads the shipped file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { foldWord } from "./fold.ts";

export interface GazetteerEntry {
  type: "PERS" | "LOC" | "ORG";
  name: string;
}

const MinWofPopulation = 5000;

function cleanName(raw: string): string | null {
  const name = foldWord(raw.trim().replace(/\s+/g, " "));
  // Names must be Arabic letters and spaces; single letters and stray Latin are noise.
  if (name.length < 2 || !/^[\u0621-\u064a ]+$/.test(name)) return null;
  if (name.split(" ").length > 5) return null;
  return name;
}

/** ANERGazet lists: one name per line; `****` and `====` lines are block separators. */
function readAnerGazet(path: string, type: GazetteerEntry["type"]): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    if (line.startsWith("****") || line.startsWith("====")) continue;
    const name = cleanName(line);
    if (name) out.push({ type, name });
  }
  return out;
}

function splitArabicNames(field: string | undefined): string[] {
  return (field ?? "")
    .split(/[,|;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function collectGazetteer(shared: string): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const ner = join(shared, "data/ner/anergazet");
  entries.push(...readAnerGazet(join(ner, "AlignedPersGazetteer.txt"), "PERS"));
  entries.push(...readAnerGazet(join(ner, "AlignedLocGazetteer.txt"), "LOC"));
  entries.push(...readAnerGazet(join(ner, "AlignedOrgGazetteer.txt"), "ORG"));

  const gaz = join(shared, "data/gazetteer");
  const countries = JSON.parse(
    readFileSync(join(gaz, "geonames/country_translations.json"), "utf8"),
  ) as Record<string, Record<string, string>>;
  for (const names of Object.values(countries)) {
    const name = names.ar ? cleanName(names.ar) : null;
    if (name) entries.push({ type: "LOC", name });
  }

  const cities = readFileSync(join(gaz, "geonames/cities15000-arabic-script.tsv"), "utf8")
    .split("\n")
    .slice(1);
  for (const line of cities) {
    const cols = line.split("\t");
    for (const raw of splitArabicNames(cols[10])) {
      const name = cleanName(raw);
      if (name) entries.push({ type: "LOC", name });
    }
  }

  const wof = readFileSync(join(gaz, "whosonfirst/wof-admin-ly-dz-tn-eg-sy-iq-ye.tsv"), "utf8").split("\n");
  const header = wof[0].split("\t");
  const col = (n: string) => header.indexOf(n);
  const [placetype, preferred, variant, population] = [
    col("placetype"),
    col("name_ara_preferred"),
    col("name_ara_variant"),
    col("population"),
  ];
  for (const line of wof.slice(1)) {
    const cols = line.split("\t");
    const type = cols[placetype];
    // Small localities carry names that are also common words; keep admin units and towns.
    if (type === "locality" || type === "neighbourhood" || type === "campus") {
      if (Number(cols[population] || 0) < MinWofPopulation) continue;
    }
    for (const raw of [cols[preferred], ...splitArabicNames(cols[variant])]) {
      const name = raw ? cleanName(raw) : null;
      if (name) entries.push({ type: "LOC", name });
    }
  }

  const wikidata = readFileSync(join(gaz, "wikidata-cities/world-cities.csv"), "utf8").split("\n").slice(1);
  for (const line of wikidata) {
    const cols = line.split(",").map((c) => c.replace(/^"|"$/g, "").replace(/^\ufeff/, ""));
    for (const raw of [cols[0], cols[2]]) {
      const name = raw ? cleanName(raw) : null;
      if (name) entries.push({ type: "LOC", name });
    }
  }
  return entries;
}

export function formatGazetteer(entries: GazetteerEntry[]): string {
  const lines = new Set<string>();
  for (const e of entries) lines.add(`${e.type}\t${e.name}`);
  return (
    [
      "# Name lists for NER features, built by `marsad train ner` from ../shared/data: ANERGazet (research use),",
      "# GeoNames country names and cities15000 Arabic names (CC BY 4.0), Who's On First LY/DZ/TN/EG/SY/IQ/YE",
      "# admin units and towns (attribution), Wikidata cities (CC BY 4.0). Names are folded (see src/ner/fold.ts).",
      ...[...lines].sort(),
    ].join("\n") + "\n"
  );
}
