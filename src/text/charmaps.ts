// Arabic normalisation as data: each rule is a small table of code point → replacement ("" deletes),
// in the spirit of CAMeL Tools' character maps (arclean). `normalise` applies NORM_RULES; `matchKey`
// applies NORM_RULES then KEY_RULES. The rules are compiled once into a flat lookup table (see
// compileRules) so that normalising is one array read per UTF-16 code unit.

export type CharRule = ReadonlyArray<readonly [number | readonly [number, number], string]>;

/** Short vowels, tanwin, shadda, sukun, superscript alef, Quranic marks, and combining hamza/madda. */
export const DIACRITICS: CharRule = [
  [[0x0610, 0x061a], ""], // Quranic honorifics and small marks
  [[0x064b, 0x065f], ""], // fathatan … wavy hamza below (incl. combining hamza above/below, madda)
  [0x0670, ""], // superscript (dagger) alef
  [[0x06d6, 0x06dc], ""], // Quranic annotation signs
  [[0x06df, 0x06e4], ""],
  [[0x06e7, 0x06e8], ""],
  [[0x06ea, 0x06ed], ""],
  [[0x08d3, 0x08ff], ""], // Arabic Extended-A combining marks
];

/** Tatweel (kashida) only stretches a word. */
export const TATWEEL: CharRule = [[0x0640, ""]];

/** Alef with hamza above/below, with madda, wasla, and rarer alef variants → bare alef. */
export const ALEF_FORMS: CharRule = [
  [0x0622, "ا"], // آ
  [0x0623, "ا"], // أ
  [0x0625, "ا"], // إ
  [0x0671, "ا"], // ٱ wasla
  [0x0672, "ا"], // ٲ
  [0x0673, "ا"], // ٳ
  [0x0675, "ا"], // ٵ
];

/** Alef maqsura is written for final ya in Egypt and elsewhere: على/علي. */
export const ALEF_MAQSURA: CharRule = [[0x0649, "ي"]];

/** Persian, Urdu and Kurdish letters that look like Arabic ones and turn up in copied text. */
export const PERSIAN_LOOKALIKES: CharRule = [
  [0x06a9, "ك"], // ک keheh
  [0x06aa, "ك"], // ڪ swash kaf
  [0x06af, "ك"], // گ gaf (Arabic writers use ك or ق; ك keeps the letter a letter)
  [0x06cc, "ي"], // ی Farsi yeh
  [0x06d0, "ي"], // ې
  [0x06d2, "ي"], // ے yeh barree
  [0x06cd, "ي"], // ۍ
  [0x06c1, "ه"], // ہ heh goal
  [0x06be, "ه"], // ھ heh doachashmee
  [0x06d5, "ه"], // ە ae
  [0x06c0, "ه"], // ۀ heh with yeh above
  [0x06c2, "ه"], // ۂ
  [0x06c3, "ة"], // ۃ ta marbuta goal
  [0x06ba, "ن"], // ں noon ghunna
  [0x066e, "ب"], // dotless beh
  [0x066f, "ق"], // dotless qaf
  [0x06a1, "ف"], // dotless feh
  [0x0674, "ء"], // high hamza
];

/**
 * Maghrebi letters for sounds Arabic lacks: ڨ is g, written where Standard Arabic writes ق (ڨابس، بن ڨردان، الڨصرين);
 * ڥ (v in Maghrebi script) and ڤ are v, written for ف. Tunisian writers also use ڤ for g (ڤابس، الڤمودي), while
 * Eastern ones use it for v (ڤلاديمير، آڤي): it is folded as its name says, v.
 */
export const MAGHREBI_LETTERS: CharRule = [
  [0x06a8, "ق"], // ڨ qaf with three dots above
  [0x06a5, "ف"], // ڥ feh with three dots below
  [0x06a4, "ف"], // ڤ veh
];

/** Arabic-Indic and Persian digits → ASCII, so that numbers compare as numbers. */
export const DIGITS: CharRule = [
  ...Array.from({ length: 10 }, (_, d) => [0x0660 + d, String(d)] as const),
  ...Array.from({ length: 10 }, (_, d) => [0x06f0 + d, String(d)] as const),
  [0x066b, "."], // Arabic decimal separator
  [0x066c, ""], // Arabic thousands separator
];

/** Zero-width characters and bidi controls: invisible, never part of a word's identity. */
export const INVISIBLES: CharRule = [
  [0x00ad, ""], // soft hyphen
  [0x061c, ""], // Arabic letter mark
  [[0x200b, 0x200f], ""], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [[0x202a, 0x202e], ""], // bidi embeddings/overrides
  [[0x2060, 0x2064], ""], // word joiner, invisible operators
  [[0x2066, 0x2069], ""], // bidi isolates
  [0xfeff, ""], // BOM / zero-width no-break space
];

/**
 * Presentation forms (Arabic Presentation Forms-A and -B: ﻻ ﷲ ﺍ …) → their compatibility decomposition,
 * then cleaned by the other rules. Generated from the Unicode data in the JS engine (NFKC) so it is complete;
 * applied per character, so offsets into the source stay exact.
 */
export function presentationForms(): CharRule {
  const rule: [number, string][] = [];
  const ranges: [number, number][] = [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefc],
  ];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCharCode(cp);
      const decomposed = ch.normalize("NFKC");
      if (decomposed !== ch) rule.push([cp, decomposed]);
    }
  }
  return rule;
}

/** The token.norm form. Order matters only where a replacement is itself mapped (presentation forms). */
export const NORM_RULES: CharRule[] = [
  DIACRITICS,
  TATWEEL,
  ALEF_FORMS,
  ALEF_MAQSURA,
  PERSIAN_LOOKALIKES,
  MAGHREBI_LETTERS,
  DIGITS,
  INVISIBLES,
];

/** Extra folds for the matching key: ta marbuta as ha, hamza on waw/ya as the bare letter. */
export const TA_MARBUTA: CharRule = [[0x0629, "ه"]];
export const HAMZA_CARRIERS: CharRule = [
  [0x0624, "و"], // ؤ
  [0x0626, "ي"], // ئ
];
export const KEY_RULES: CharRule[] = [TA_MARBUTA, HAMZA_CARRIERS];

/**
 * Compiles rules into a table indexed by UTF-16 code unit: undefined = keep, string = replace (may be "").
 * A replacement is itself passed through the earlier-compiled table, so ﻷ → لأ → لا in one step.
 */
export function compileRules(
  rules: CharRule[],
  base?: ReadonlyArray<string | undefined>,
): (string | undefined)[] {
  const table: (string | undefined)[] = base ? [...base] : new Array(0x10000).fill(undefined);
  const apply = (s: string): string => {
    let out = "";
    for (const ch of s) {
      const r = table[ch.charCodeAt(0)];
      out += r === undefined ? ch : r;
    }
    return out;
  };
  for (const rule of rules) {
    for (const [at, replacement] of rule) {
      const [from, to] = typeof at === "number" ? [at, at] : at;
      for (let cp = from; cp <= to; cp++) table[cp] = replacement;
    }
  }
  // Resolve chains (a replacement that contains mapped characters) until stable.
  for (let pass = 0; pass < 3; pass++) {
    for (let cp = 0; cp < 0x10000; cp++) {
      const r = table[cp];
      if (r !== undefined && r.length > 0) {
        const again = apply(r);
        if (again !== r) table[cp] = again;
      }
    }
  }
  return table;
}
