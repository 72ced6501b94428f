// Document-level consistency: a name the tagger recognised in one sentence of an article is the same name when
// it recurs untagged elsewhere in the article (ANERcorp's sports and car stories repeat names the model
// half-knows). Only names never tagged differently are spread, only onto untagged words, and never onto
// frequent words or cue words.
import { chunks } from "./conll.ts";
import { foldWord, stripProclitics } from "./fold.ts";
import type { NerResources } from "./resources.ts";

/** Words this frequent in the news (rank in the cluster table) are too common to be spread as names. */
const FrequentRank = 1500;
const MaxWords = 3;

export function stemsOf(words: string[]): string[] {
  return words.map((w) => stripProclitics(foldWord(w)).stem);
}

/** The text before the first space (a phrase's first word; the whole string if it has no space). */
export function firstWordOf(text: string): string {
  const space = text.indexOf(" ");
  return space < 0 ? text : text.slice(0, space);
}

/**
 * The first words of the phrases (keys with a space) among `keys`: a phrase made by joining words with spaces
 * can only equal one of them if its first word is in this set, so lookups of longer phrases can be skipped.
 */
export function firstWordsOfPhrases(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) if (key.includes(" ")) out.add(firstWordOf(key));
  return out;
}

/** `stems`: each sentence's words folded and without proclitics (`stemsOf`), which the tagger has at hand. */
export function spreadNames(stems: string[][], tags: string[][], res: NerResources): string[][] {
  const typeOf = new Map<string, string | null>();
  for (let s = 0; s < stems.length; s++) {
    for (const c of chunks(tags[s])) {
      if (c.end - c.start > MaxWords) continue;
      const keys = [stems[s].slice(c.start, c.end).join(" ")];
      // A person named in full is then often called by the family name alone (خليفة حفتر … حفتر).
      if (c.type === "PERS" && c.end - c.start > 1) keys.push(stems[s][c.end - 1]);
      for (const key of keys) {
        const known = typeOf.get(key);
        typeOf.set(key, known === undefined || known === c.type ? c.type : null);
      }
    }
  }
  const eligible = (key: string) => {
    if (key.length < 3 || res.cues.has(key)) return false;
    const rank = res.clusterRank.get(key);
    return rank === undefined || rank >= FrequentRank;
  };
  const phraseStarts = firstWordsOfPhrases(typeOf.keys());
  return tags.map((sentenceTags, s) => {
    const out = [...sentenceTags];
    for (let i = 0; i < out.length; i++) {
      const maxWords = phraseStarts.has(firstWordOf(stems[s][i])) ? MaxWords : 1;
      for (let n = Math.min(maxWords, out.length - i); n >= 1; n--) {
        let free = true;
        for (let j = i; j < i + n; j++) if (out[j] !== "O") free = false;
        if (!free || (i + n < out.length && out[i + n].startsWith("I-"))) continue;
        const key = stems[s].slice(i, i + n).join(" ");
        const type = typeOf.get(key);
        if (!type || (n === 1 && !eligible(key))) continue;
        out[i] = `B-${type}`;
        for (let j = i + 1; j < i + n; j++) out[j] = `I-${type}`;
        i += n - 1;
        break;
      }
    }
    return out;
  });
}
