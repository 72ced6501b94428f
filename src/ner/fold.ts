// The lookup form the tagger uses for words, gazetteer entries and clusters: the text core's match key
// (diacritics, tatweel, alef forms, ى, ة, hamza carriers folded; Arabic-Indic digits → ASCII). Training
// (pre-tokenised CoNLL), the cluster build and run time all fold words through this one function.
import { matchKey } from "../text/normalise.ts";

export function foldWord(word: string): string {
  return matchKey(word);
}

/** Proclitic strings tried longest first; ال stays with the stem (القاهرة is a name, not ال + قاهرة). */
const Proclitics = [
  "وبال",
  "وكال",
  "فبال",
  "ولل",
  "فلل",
  "وال",
  "فال",
  "بال",
  "كال",
  "لل",
  "وب",
  "ول",
  "وك",
  "فب",
  "فل",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
];

export interface StrippedWord {
  /** The proclitics taken off ("" when none). */
  proclitic: string;
  /** The rest; ل+ال → لل is restored to ال (للقاهرة → القاهرة). */
  stem: string;
}

/**
 * Candidate split of a folded word into proclitics and stem, keeping a stem of at least 2 letters. It is a
 * guess used for features and lookups only (the learner weighs it); وزير still yields و + زير.
 */
export function stripProclitics(folded: string): StrippedWord {
  for (const p of Proclitics) {
    if (folded.length - p.length < 2 || !folded.startsWith(p)) continue;
    let stem = folded.slice(p.length);
    let proclitic = p;
    if (p.endsWith("ال")) {
      stem = "ال" + stem;
      proclitic = p.slice(0, -2);
    } else if (p.endsWith("لل")) {
      stem = "ال" + stem;
      proclitic = p.slice(0, -1);
    }
    return { proclitic, stem };
  }
  return { proclitic: "", stem: folded };
}
