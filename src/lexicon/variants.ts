import { lexiconKey } from "./key.ts";

export interface NamePatterns {
  settlement_prefixes: string[];
  region_prefixes: string[];
  joinable_words: string[];
  /** Words written apart or together whose joined form only is added (بو حجلة → بوحجلة; بولندا is not split). */
  joined_only_words?: string[];
  nearness_words: string[];
}

/** A key without its leading article: "القاهره" → "قاهره"; short words (الي, الا) keep it. */
export function withoutArticle(key: string): string | null {
  return key.startsWith("ال") && key.length > 4 ? key.slice(2) : null;
}

interface CompiledPatterns {
  prefixes: ReadonlySet<string>;
  joinable: ReadonlySet<string>;
  joinedOnly: ReadonlySet<string>;
}

const compiledPatterns = new WeakMap<NamePatterns, CompiledPatterns>();

/** The patterns' word sets as keys, built once per patterns object (the gazetteer build asks for every name). */
function compiled(patterns: NamePatterns): CompiledPatterns {
  let c = compiledPatterns.get(patterns);
  if (!c) {
    c = {
      prefixes: new Set([...patterns.settlement_prefixes, ...patterns.region_prefixes].map(lexiconKey)),
      joinable: new Set(patterns.joinable_words.map(lexiconKey)),
      joinedOnly: new Set((patterns.joined_only_words ?? []).map(lexiconKey)),
    };
    compiledPatterns.set(patterns, c);
  }
  return c;
}

/**
 * Every key under which a place name should be found: the name itself, without a leading generic word
 * (قرية قنفودة → قنفودة, محافظة حمص → حمص), without the article of its first word, and with its
 * spacing variants (بن قردان ↔ بنقردان).
 */
export function placeNameKeys(name: string, patterns: NamePatterns): string[] {
  const { prefixes, joinable, joinedOnly } = compiled(patterns);
  const out = new Set<string>();
  const add = (key: string) => {
    if (key.length < 2) return;
    out.add(key);
    const words = key.split(" ");
    const bare = withoutArticle(words[0]);
    if (bare) out.add([bare, ...words.slice(1)].join(" "));
  };
  const base = lexiconKey(name);
  if (!base) return [];
  add(base);
  const words = base.split(" ");
  if (words.length > 1 && prefixes.has(words[0])) add(words.slice(1).join(" "));
  if (words.length > 1 && (joinable.has(words[0]) || joinedOnly.has(words[0])))
    add(words[0] + words.slice(1).join(" "));
  if (words.length === 1) {
    for (const j of joinable) {
      if (base.startsWith(j) && base.length - j.length >= 3) add(`${j} ${base.slice(j.length)}`);
    }
  }
  return [...out];
}
