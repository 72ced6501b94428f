import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Canonical } from "../doc/types.ts";
import { dataDir } from "../paths.ts";
import type { ActorLexiconFile, ActorRecord, ActorRole } from "./build/build-actors.ts";
import { readCompiled } from "./gazetteer.ts";
import { lexiconKey } from "./key.ts";

export type { ActorRecord, ActorRole };

export interface ActorLexicon {
  /** Actors whose name or alias has exactly this lexicon key. */
  byKey(key: string): readonly ActorRecord[];
  hasPrefix(key: string): boolean;
  byId(id: string): ActorRecord | undefined;
  /** ISO code of the country a demonym/adjective key names (الجزائريين → DZ), or null. */
  demonym(key: string): string | null;
  /** Whether an alias key is an ordinary word that needs a cue, a title or NER to be linked. */
  isAmbiguous(key: string): boolean;
  /** Whether a key is a title or descriptor (الرئيس، اللواء المتقاعد), or the start of a longer one. */
  isTitle(key: string): boolean;
  isTitlePrefix(key: string): boolean;
  isCue(key: string): boolean;
  readonly size: number;
}

const EMPTY: readonly ActorRecord[] = Object.freeze([]);

export function parseActorLexicon(file: ActorLexiconFile): ActorLexicon {
  const byKey = new Map<string, ActorRecord[]>();
  const prefixes = new Set<string>();
  const ids = new Map<string, ActorRecord>();
  for (const actor of file.actors) {
    ids.set(actor.id, actor);
    for (const alias of new Set(actor.aliases.map(lexiconKey))) {
      if (!alias) continue;
      const list = byKey.get(alias);
      if (list) {
        if (!list.includes(actor)) list.push(actor);
      } else byKey.set(alias, [actor]);
      let space = alias.indexOf(" ");
      while (space > 0) {
        prefixes.add(alias.slice(0, space));
        space = alias.indexOf(" ", space + 1);
      }
    }
  }
  const demonyms = new Map(Object.entries(file.demonyms));
  const ambiguous = new Set(file.ambiguous);
  const titles = new Set(file.titles);
  const titlePrefixes = new Set(
    file.titles.flatMap((t) => t.split(" ").map((_, i, w) => w.slice(0, i + 1).join(" "))),
  );
  const cues = new Set(file.cues);
  return {
    isTitle: (key) => titles.has(key),
    isTitlePrefix: (key) => titlePrefixes.has(key),
    isCue: (key) => cues.has(key),
    byKey: (key) => byKey.get(key) ?? EMPTY,
    hasPrefix: (key) => prefixes.has(key),
    byId: (id) => ids.get(id),
    demonym: (key) => demonyms.get(key) ?? null,
    isAmbiguous: (key) => ambiguous.has(key),
    size: ids.size,
  };
}

let cached: ActorLexicon | null = null;

/** The shipped actor lexicon (data/actors/actors.json.gz, built by `npm run build:lexicon`), read once. */
export function loadActorLexicon(): ActorLexicon {
  if (!cached) {
    const raw = gunzipSync(readCompiled(join(dataDir, "actors", "actors.json.gz"))).toString("utf8");
    cached = parseActorLexicon(JSON.parse(raw) as ActorLexiconFile);
  }
  return cached;
}

/** Whether an actor (or a person's role) is valid on a date (YYYY or YYYY-MM-DD); unknown dates always are. */
export function validOn(from: string | null, to: string | null, date: string | null): boolean {
  if (!date) return true;
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/** The canonical form of an actor, as put on entities and event actors. */
export function actorCanonical(actor: ActorRecord): Canonical {
  return {
    id: actor.id,
    name_ar: actor.name_ar,
    name_en: actor.name_en,
    kind: actor.kind,
    country: actor.country,
  };
}
