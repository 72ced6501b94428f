// Two-pass tagging (stacking): a first tagger labels the whole article, then a second tagger sees, beside the
// same word features, what the first one said — about the word and its neighbours, and about the other mentions
// of the same word or name elsewhere in the article (non-local consistency: "العربي" tagged ORG after نادي in one
// sentence is likely ORG where it stands alone). Trained with cross-validated first-pass tags, so the second
// tagger learns how far the first one can be trusted on text it has not seen.
import { chunks } from "./conll.ts";
import { firstWordOf, firstWordsOfPhrases } from "./consistency.ts";
import { NoFeatures } from "./features.ts";
import type { NerResources } from "./resources.ts";

const ArabicWord = /^[\u0621-\u064a]+$/;
/** Words this frequent in the news (rank in the cluster table) say nothing as document context. */
const FrequentRank = 1000;
const MaxNameWords = 4;

function typeOf(tag: string): string {
  return tag === "O" ? "O" : tag.slice(2);
}

/**
 * Extra feature strings per sentence and token from the first pass's tags over one document. `stems`: the
 * words folded and without proclitics (as WordView.stem).
 */
export function stackedFeatures(stems: string[][], firstTags: string[][], res: NerResources): string[][][] {
  const local = firstTags.map(localStackedFeatures);
  return documentStackedFeatures(stems, firstTags, res).map((sentence, s) =>
    sentence.map((f, i) => [...local[s][i], ...f]),
  );
}

/** The first pass's tag of each word and of its neighbours (a sentence). */
export function localStackedFeatures(tags: string[]): string[][] {
  const n = tags.length;
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? tags[i - 1] : "<s>";
    const next = i + 1 < n ? tags[i + 1] : "</s>";
    out.push(["t1=" + tags[i], "t1-1=" + prev, "t1+1=" + next, "t1-+=" + prev + "|" + next]);
  }
  return out;
}

/** What the first pass made of the other mentions of each word and name of the document. */
export function documentStackedFeatures(
  stems: string[][],
  firstTags: string[][],
  res: NerResources,
): string[][][] {
  const out = stems.map((sentence) => sentence.map(() => NoFeatures));
  const add = (s: number, i: number, feature: string) => {
    if (out[s][i] === NoFeatures) out[s][i] = [feature];
    else out[s][i].push(feature);
  };
  // Non-local, word level: what the first pass made of the other mentions of the same word.
  const occurrences = new Map<string, { s: number; i: number; type: string }[]>();
  stems.forEach((sentence, s) => {
    sentence.forEach((key, i) => {
      if (key.length < 3 || res.cues.has(key) || !ArabicWord.test(key)) return;
      const rank = res.clusterRank.get(key);
      if (rank !== undefined && rank < FrequentRank) return;
      let list = occurrences.get(key);
      if (!list) {
        list = [];
        occurrences.set(key, list);
      }
      list.push({ s, i, type: typeOf(firstTags[s][i]) });
    });
  });
  for (const list of occurrences.values()) {
    if (list.length < 2) continue;
    for (const own of list) {
      const votes = new Map<string, number>();
      for (const other of list) if (other !== own) votes.set(other.type, (votes.get(other.type) ?? 0) + 1);
      let majority = "";
      let best = 0;
      for (const [type, count] of votes) {
        add(own.s, own.i, "dv=" + type);
        if (count > best) {
          best = count;
          majority = type;
        }
      }
      add(own.s, own.i, "dvm=" + majority);
    }
  }
  // Non-local, name level: the same words as a name the first pass found elsewhere in the article.
  const names = new Map<string, Map<string, number>>();
  const namedAt = new Set<string>();
  stems.forEach((sentence, s) => {
    for (const c of chunks(firstTags[s])) {
      if (c.end - c.start > MaxNameWords) continue;
      const key = sentence.slice(c.start, c.end).join(" ");
      const types = names.get(key) ?? new Map<string, number>();
      types.set(c.type, (types.get(c.type) ?? 0) + 1);
      names.set(key, types);
      namedAt.add(`${s}:${c.start}:${c.end}`);
      // A person named in full is then often called by the family name alone (خليفة حفتر … حفتر).
      if (c.type === "PERS" && c.end - c.start > 1) {
        const last = sentence[c.end - 1];
        const types2 = names.get("~" + last) ?? new Map<string, number>();
        types2.set("PERS", (types2.get("PERS") ?? 0) + 1);
        names.set("~" + last, types2);
      }
    }
  });
  // Names of several words are only looked up from a word that starts one (most words start none).
  const phraseStarts = firstWordsOfPhrases(names.keys());
  stems.forEach((sentence, s) => {
    const n = sentence.length;
    for (let i = 0; i < n; i++) {
      let key = "";
      const maxWords = phraseStarts.has(firstWordOf(sentence[i])) ? MaxNameWords : 1;
      for (let len = 1; len <= maxWords && i + len <= n; len++) {
        key = len === 1 ? sentence[i] : key + " " + sentence[i + len - 1];
        if (len === 1 && (key.length < 3 || res.cues.has(key))) continue;
        const types = names.get(key);
        if (!types) continue;
        // Only mentions elsewhere count: discount this very chunk if the first pass found it here.
        const here = namedAt.has(`${s}:${i}:${i + len}`);
        for (const [type, count] of types) {
          if (here && count <= 1) continue;
          add(s, i, `de=B-${type}${len > 1 ? "m" : ""}`);
          for (let j = i + 1; j < i + len; j++) add(s, j, `de=I-${type}`);
        }
      }
      const surname = names.get("~" + sentence[i]);
      if (surname && sentence[i].length >= 3) add(s, i, "dsur");
    }
  });
  return out;
}
