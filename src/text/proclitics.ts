// One word's proclitics as the text stage segments them (src/text/clitics.ts), for code that compares names
// given as strings (an actor's Arabic name, a source's name) rather than as tokens: "والمجلس" and "المجلس" and
// "مجلس" share the key "مجلس", while a name whose first letter only looks like a clitic (بنغازي، وزير) keeps it.
import { segmentWord } from "./clitics.ts";
import { defaultTextLexicon } from "./lexicon.ts";
import { keyOfNorm, normalise } from "./normalise.ts";
import { cachedByWord } from "./wordCache.ts";

export interface BareWord {
  /** The matching key of the word without its proclitics (و ف ب ك ل س ال); pronoun suffixes stay. */
  key: string;
  /** The word carries the article (المجلس، والمجلس، للمجلس). */
  definite: boolean;
  /** The word carries a preposition (بالمجلس، لمجلس). */
  prep: boolean;
}

/** A word (no spaces) without its proclitics; cached, since names repeat. */
export const bareWord: (word: string) => BareWord = cachedByWord((word) => {
  const [w] = segmentWord(word, defaultTextLexicon());
  if (!w) return { key: keyOfNorm(normalise(word)), definite: false, prep: false };
  let norm = "";
  let definite = false;
  let prep = false;
  for (const p of w.parts) {
    if (p.tag === "det") definite = true;
    else if (p.tag === "prep") prep = true;
    else if (p.tag === "stem" || p.tag === "pron") norm += p.norm;
  }
  return { key: keyOfNorm(norm || normalise(word)), definite, prep };
}, 50_000);

/** The keys of a name's words without their proclitics: "مجلس شورى ثوار بنغازي" → مجلس شوري ثوار بنغازي. */
export function bareKeys(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => w)
    .map((w) => bareWord(w).key);
}
