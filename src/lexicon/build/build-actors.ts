// Compiles the actor lexicon shipped in data/actors/actors.json.gz: states and their institutions generated from
// country data and patterns, hand-written groups, persons, media and generic agents, and the date-bounded
// person roles of the UniversalPetrarch Arabic actor dictionary.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { CanonicalKind } from "../../doc/types.ts";
import { lexiconKey } from "../key.ts";
import type { PlaceRecord } from "./build-gazetteer.ts";

const require = createRequire(import.meta.url);

export interface ActorRole {
  kind: CanonicalKind;
  country: string | null;
  from: string | null;
  to: string | null;
}

export interface ActorRecord {
  id: string;
  name_en: string;
  name_ar: string;
  kind: CanonicalKind;
  country: string | null;
  valid_from: string | null;
  valid_to: string | null;
  aliases: string[];
  /** Nameless actors (مسلحون، قوات الأمن): linked for events, never turned into named entities. */
  generic?: boolean;
  /** For persons: whom they act for, and when. */
  roles?: ActorRole[];
  source: string;
}

export interface ActorLexiconFile {
  actors: ActorRecord[];
  /** Demonym and adjective forms (matching keys) → ISO country code. */
  demonyms: Record<string, string>;
  /** Keys of aliases linked only with a cue, a title, the NER stage or an earlier full mention. */
  ambiguous: string[];
  /** Keys of titles and descriptors (اللواء المتقاعد، الرئيس) kept as roles. */
  titles: string[];
  /** Keys of cue words (صحيفة، قناة) after which an ambiguous alias is a name. */
  cues: string[];
}

function dataLines(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

const orEmpty = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The nisba adjective of a one-word country name: ليبيا → ليبي, الجزائر → جزائري, السعودية → سعودي. */
export function nisbaOf(countryName: string): string | null {
  let base = countryName.trim();
  if (base.includes(" ")) return null;
  if (base.startsWith("ال")) base = base.slice(2);
  if (/يا$/.test(base)) return base.slice(0, -1);
  if (/ي[ةه]$/.test(base)) return base.slice(0, -1);
  if (/ا$/.test(base)) return `${base.slice(0, -1)}ي`;
  if (/ي$/.test(base)) return null;
  return `${base}ي`;
}

/** Inflected forms of a nisba adjective: ليبي → الليبي، ليبية، الليبيين، ليبيون … */
export function nisbaForms(adj: string): string[] {
  const endings = ["", "ة", "ين", "ون", "ان", "تان", "تين", "يين", "يون"];
  const words = adj.split(" ");
  const last = words.pop()!;
  const out: string[] = [];
  for (const e of endings) {
    // ي + ين reads ليبيين; the extra "يين/يون" endings cover spellings that double the ya.
    const form = e === "يين" || e === "يون" ? last.slice(0, -1) + e : last + e;
    for (const det of ["", "ال"]) out.push([...words.map((w) => det + w), det + form].join(" "));
  }
  return out;
}

const CAMEO_KIND: [RegExp, CanonicalKind][] = [
  [/GOV|ELI|JUD|LEG/, "government"],
  [/MIL|SPY/, "military"],
  [/COP/, "police"],
  [/REB|INS|UAF/, "rebel_group"],
  [/OPP|PTY/, "political_party"],
  [/MED/, "media"],
];
const ORG_WORDS =
  /(^|_)(حركة|جبهة|حزب|جيش|قوة|وزارة|مجلس|منظمة|جماعة|تنظيم|اتحاد|حكومة|شركة|بنك|وكالة|صحيفة|قناة|جامعة|لجنة|هيئة|كتيبة|لواء|مكتب|محكمة|برلمان|ديوان|دولة|ائتلاف|رئيس|وزير|ملك|أمير|شيخ|نائب|سفير|قائد)(_|$)/;

function cameoDate(d: string): string | null {
  if (!/^\d{8}$/.test(d) || d.startsWith("1800")) return null;
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

/** Person entries of the UniversalPetrarch Arabic actor dictionary that carry date-bounded roles. */
export function parsePetrarchActors(text: string, iso3to2: Map<string, string>): ActorRecord[] {
  const out: ActorRecord[] = [];
  let current: { name: string; roles: ActorRole[] } | null = null;
  const flush = () => {
    if (!current || current.roles.length === 0) return;
    const words = current.name.split(" ");
    if (words.length < 2 || words.length > 5 || ORG_WORDS.test(current.name.replace(/ /g, "_"))) return;
    const last = current.roles[current.roles.length - 1];
    out.push({
      id: `petrarch:${current.name.replace(/ /g, "_")}`,
      name_en: current.name,
      name_ar: current.name,
      kind: "person",
      country: last.country,
      valid_from: null,
      valid_to: null,
      aliases: [current.name],
      roles: current.roles,
      source: "UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt), MIT",
    });
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const role = line.match(/^\s*\[([A-Z~]+)\s+(>|<)?(\d{8})?(?:-(\d{8}))?\]/);
    if (/^\s/.test(line) && role && current) {
      const code = role[1];
      const iso2 = iso3to2.get(code.slice(0, 3)) ?? null;
      const kind = CAMEO_KIND.find(([re]) => re.test(code.slice(3)))?.[1] ?? "person";
      const from = role[2] === "<" ? null : cameoDate(role[3] ?? "");
      const to =
        role[2] === ">" ? null : role[2] === "<" ? cameoDate(role[3] ?? "") : cameoDate(role[4] ?? "");
      current.roles.push({ kind, country: iso2, from, to });
      continue;
    }
    if (/^\s/.test(line) && !/^\s\S/.test(line)) continue;
    flush();
    const name = line.replace(/\[.*$/, "").replace(/_/g, " ").trim();
    current = name && /^[\u0600-\u06FF ]+$/.test(name) && !line.includes("[") ? { name, roles: [] } : null;
  }
  flush();
  return out;
}

function tsvActors(path: string, source: string, person = false): ActorRecord[] {
  return dataLines(path).map(([id, kind, country, from, to, nameEn, nameAr, aliases]) => {
    const rec: ActorRecord = {
      id,
      name_en: nameEn,
      name_ar: nameAr,
      kind: (person ? "person" : kind) as CanonicalKind,
      country: orEmpty(country),
      valid_from: person ? null : orEmpty(from),
      valid_to: person ? null : orEmpty(to),
      aliases: [nameAr, ...(aliases ? aliases.split("|") : [])].filter(Boolean),
      source,
    };
    if (person)
      rec.roles = [
        { kind: kind as CanonicalKind, country: orEmpty(country), from: orEmpty(from), to: orEmpty(to) },
      ];
    return rec;
  });
}

export function buildActors(actorsDir: string, petrarchDir: string, places: PlaceRecord[]): ActorLexiconFile {
  const worldCountries = require("world-countries") as {
    cca2: string;
    cca3: string;
    demonyms?: { eng?: { m: string } };
  }[];
  const iso3to2 = new Map(worldCountries.map((c) => [c.cca3, c.cca2]));
  const demonymEn = new Map(worldCountries.map((c) => [c.cca2, c.demonyms?.eng?.m ?? ""]));
  const blocked = new Set(
    readFileSync(join(actorsDir, "demonyms-blocked.tsv"), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map(lexiconKey),
  );
  const irregular = new Map<string, string[]>();
  for (const [iso, adj] of dataLines(join(actorsDir, "demonyms-irregular.tsv"))) {
    irregular.set(iso, [...(irregular.get(iso) ?? []), adj]);
  }
  // Broken plurals of peoples (الروس، الأتراك) name the country as its nisba does, with or without ال.
  const plurals = dataLines(join(actorsDir, "demonyms-plural.tsv"));
  const patterns = dataLines(join(actorsDir, "state-institutions.tsv"));
  const actors: ActorRecord[] = [];
  const demonyms: Record<string, string> = {};
  const countries = places.filter((p) => p.feature === "country");
  for (const c of countries) {
    const names = [...c.names].filter((n) => n.split(" ").length <= 3);
    const adjs = new Set(irregular.get(c.id) ?? []);
    if (adjs.size === 0) {
      const derived = nisbaOf(c.name_ar);
      if (derived && !blocked.has(lexiconKey(derived))) adjs.add(derived);
    }
    for (const adj of adjs) for (const form of nisbaForms(adj)) demonyms[lexiconKey(form)] ??= c.id;
    for (const [iso, plural] of plurals)
      if (iso === c.id) for (const form of [plural, `ال${plural}`]) demonyms[lexiconKey(form)] ??= c.id;
    const enAdj = demonymEn.get(c.id) || c.name_en;
    for (const [suffix, kind, nameEn, arabic] of patterns) {
      const aliases = new Set<string>();
      for (const pattern of arabic.split("|")) {
        if (pattern.includes("{country}")) {
          const head = pattern.split(" ")[0];
          for (const n of names) if (!n.startsWith(head)) aliases.add(pattern.replace("{country}", n));
        } else if (pattern.includes("{adj_")) {
          for (const adj of adjs) {
            const masc = adj
              .split(" ")
              .map((w) => `ال${w}`)
              .join(" ");
            aliases.add(pattern.replace("{adj_m}", masc).replace("{adj_f}", `${masc}ة`));
          }
        }
      }
      if (aliases.size === 0) continue;
      actors.push({
        id: `${c.id}${suffix}`,
        name_en: nameEn.replace("{en}", c.name_en).replace("{en_adj}", enAdj),
        name_ar: [...aliases][0],
        kind: kind as CanonicalKind,
        country: c.id,
        valid_from: null,
        valid_to: null,
        aliases: [...aliases],
        source:
          "generated from GeoNames/i18n-iso-countries/world-countries country names and data/actors/state-institutions.tsv",
      });
    }
  }
  const hand = "data/actors (hand-written, Marsad project)";
  actors.push(...tsvActors(join(actorsDir, "armed-groups.tsv"), `${hand}: armed-groups.tsv`));
  // "صحيفة الخبر" is the cue word + the name: the name alone is the alias (the cue is checked at link time).
  for (const media of tsvActors(join(actorsDir, "media.tsv"), `${hand}: media.tsv`)) {
    media.aliases = [...new Set(media.aliases.map((a) => a.replace(/^(صحيفة|جريدة|قناة|يومية|موقع) /, "")))];
    actors.push(media);
  }
  actors.push(...tsvActors(join(actorsDir, "persons.tsv"), `${hand}: persons.tsv`, true));
  for (const [id, kind, nameEn, forms] of dataLines(join(actorsDir, "generic-agents.tsv"))) {
    const aliases = forms.split("|");
    actors.push({
      id,
      name_en: nameEn,
      name_ar: aliases[0],
      kind: kind as CanonicalKind,
      country: null,
      valid_from: null,
      valid_to: null,
      aliases,
      generic: true,
      source: `${hand}: generic-agents.tsv`,
    });
  }
  const known = new Set(actors.flatMap((a) => a.aliases.map(lexiconKey)));
  const petrarch = parsePetrarchActors(
    readFileSync(join(petrarchDir, "actor_dict_ar_v4.txt"), "utf8"),
    iso3to2,
  );
  const seenPetrarch = new Set<string>();
  for (const p of petrarch) {
    const key = lexiconKey(p.name_ar);
    if (known.has(key) || seenPetrarch.has(key)) continue;
    seenPetrarch.add(key);
    actors.push(p);
  }
  const keysOf = (file: string) =>
    readFileSync(join(actorsDir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"))
      .map(lexiconKey);
  const ambiguous = keysOf("ambiguous-aliases.txt");
  const sortedDemonyms = Object.fromEntries(
    Object.entries(demonyms).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return {
    actors,
    demonyms: sortedDemonyms,
    ambiguous: [...new Set(ambiguous)].sort(),
    titles: [...new Set(keysOf("titles.txt"))].sort(),
    cues: [...new Set(keysOf("cue-words.txt"))].sort(),
  };
}
