import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ActorLexicon, loadActorLexicon } from "../lexicon/actors.ts";
import { type Gazetteer, loadGazetteer } from "../lexicon/gazetteer.ts";
import { lexiconKey } from "../lexicon/key.ts";
import type { NamePatterns } from "../lexicon/variants.ts";
import { dataDir } from "../paths.ts";

/** Everything the linking stage looks names up in, loaded once. */
export interface Lexicons {
  gazetteer: Gazetteer;
  actors: ActorLexicon;
  /** Place keys the token scan never takes for a place on its own (common words: صور، بلد، المدينة). */
  scanBlocked: ReadonlySet<string>;
  /**
   * Place names that are also adjectives or numerals (البيضاء "white", الخمس "five", السويدية "Swedish"): right after
   * a definite noun they qualify it (الأسلحة البيضاء، الدول الخمس، الناشطة السويدية), not a place.
   */
  adjectiveNames: ReadonlySet<string>;
  settlementWords: ReadonlySet<string>;
  regionWords: ReadonlySet<string>;
  nearnessWords: ReadonlySet<string>;
}

function keyLines(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map(lexiconKey);
}

let cached: Lexicons | null = null;

export function loadLexicons(): Lexicons {
  if (!cached) {
    const patterns = JSON.parse(
      readFileSync(join(dataDir, "gazetteer", "name-patterns.json"), "utf8"),
    ) as NamePatterns;
    cached = {
      gazetteer: loadGazetteer(),
      actors: loadActorLexicon(),
      scanBlocked: new Set([
        ...keyLines(join(dataDir, "gazetteer", "scan-blocked.txt")),
        ...keyLines(join(dataDir, "gazetteer", "scan-stopwords.txt")),
      ]),
      adjectiveNames: new Set(keyLines(join(dataDir, "gazetteer", "adjective-names.txt"))),
      settlementWords: new Set(patterns.settlement_prefixes.map(lexiconKey)),
      regionWords: new Set(patterns.region_prefixes.map(lexiconKey)),
      nearnessWords: new Set(patterns.nearness_words.map(lexiconKey)),
    };
  }
  return cached;
}
