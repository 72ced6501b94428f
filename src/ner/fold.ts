// The lookup form the tagger uses for words, gazetteer entries and clusters: diacritics and tatweel removed,
// alef forms → ا, ى → ي, ة → ه, hamza carriers ؤ ئ → و ي, Arabic-Indic digits → ASCII.
// It mirrors `matchKey` of the text core; it lives here so that training (pre-tokenised CoNLL), the cluster
// build and run time all fold words identically without depending on a tokeniser.

const Diacritics =
  /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const FoldMap: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0649": "\u064a", // ى → ي
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064a", // ئ → ي
  "\u06cc": "\u064a", // Persian ye
  "\u06a9": "\u0643", // Persian kaf
};
const FoldChars = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u06cc\u06a9\u0660-\u0669\u06f0-\u06f9]/g;

export function foldWord(word: string): string {
  return word.replace(Diacritics, "").replace(FoldChars, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return FoldMap[c];
  });
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
