import type { CliticTag } from "../doc/types.ts";
import type { TextLexicon } from "./lexicon.ts";
import { keyOfNorm, normalise, normaliseWithOffsets } from "./normalise.ts";

// Clitic segmentation of one Arabic word, decided with a word-frequency lexicon. The rules, in the order a
// word is peeled (outside in): conjunction و ف, then a preposition ب ك ل or the future س, then the article
// ال (ل + ال is written لل), then one pronoun suffix. A proclitic is stripped only when
//   - what remains is a known word (seen often enough, alone or with ال), and
//   - the whole form is not itself a word: a real word that starts with و/ب/ل… (وزير، كتاب، لجنة) also turns
//     up with the article or another proclitic in front (الوزير، بكتاب، اللجنة), which a clitic-bearing
//     form (وقال، لتونس) never does.
// Names whose first letter looks like a clitic (ليبيا، بنغازي، بوتفليقة) stay whole because their remainder
// (يبيا، نغازي، وتفليقة) is no word. Function and number words are protected by a list.

export interface PartTemplate {
  /** Offsets relative to the word's start. */
  start: number;
  end: number;
  tag: CliticTag;
  norm: string;
}

export interface WordTemplate {
  start: number;
  end: number;
  parts: PartTemplate[];
}

const CONJ = new Set(["و", "ف"]);
const PREP = new Set(["ب", "ك", "ل"]);
const IMPERFECT = new Set(["ي", "ت", "ن"]);
// Matched on the norm form (ة is not ه); longest first.
// كن (your, fem. pl.) is left out: rare in news, and it would cut تمكن، يمكن، مساكن.
const ENCLITICS = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه"];
/** Suffixes that need a longer stem before them (حاكم is no حا + كم). */
const LONG_BASE_ENCLITICS = new Set(["هما", "كما", "هن", "كم"]);
// Letters that do not join to the next one: a space lost after them is invisible to the writer.
const NON_JOINING = new Set(["ا", "أ", "إ", "آ", "د", "ذ", "ر", "ز", "و", "ؤ", "ة", "ى"]);

/** Minimum corpus frequency for a remainder to count as a known word. */
const MIN_STEM = 5;
/** Share of a form's own frequency that lexical evidence (الوزير for وزير) may reach before it counts as a word. */
const LEXICAL_SHARE = 0.05;
/** How common a remainder must be next to the whole form, by clitic (see stripOk). */
const CONJ_SHARE = 0.02;
const PREP_SHARE = 0.1;
// A future verb is rarer than the plain one (ستكون < تكون); سيدي is far commoner than يدي.
const FUT_SHARE = 0.3;
const MIN_GLUE_HALF = 20;
/** Longest run of letters that is segmented at all. */
const MAX_WORD = 40;
const HAMZA_ALEFS = new Set([0x0623, 0x0625, 0x0622]);
const MAY_START_CLITIC = new Set(["و", "ف", "ب", "ك", "ل", "س", "ا"]);
const MAY_END_PRONOUN = new Set(ENCLITICS.map((e) => e[e.length - 1]));

interface Analysis {
  /** Boundaries in key positions; proclitics, stem, enclitic in order. */
  parts: { from: number; to: number; tag: CliticTag; norm?: string }[];
  changed: boolean;
}

class WordAnalyser {
  readonly key: string;
  readonly norm: string;
  readonly source: string;
  readonly offsets: Int32Array;
  readonly lex: TextLexicon;

  constructor(source: string, lex: TextLexicon) {
    const mapped = normaliseWithOffsets(source);
    this.source = source;
    this.norm = mapped.text;
    this.key = keyOfNorm(mapped.text);
    this.offsets = mapped.offsets;
    this.lex = lex;
  }

  f(key: string): number {
    return this.lex.freq(key);
  }

  /** Frequency of prefix + key + suffix. */
  fw(prefix: string, key: string, suffix = ""): number {
    return this.lex.freqWith(prefix, key, suffix);
  }

  /** How well attested a stem is, alone or with the article. */
  stemSupport(stem: string): number {
    return this.f(stem) + this.fw("ال", stem);
  }

  /**
   * Evidence that `form` (a key) is a word in its own right: it takes the article (الوزير for وزير), or, for a
   * word that starts with و/ف, a conjunction in front (ووافق). Forms with a preposition in front are no evidence:
   * ل + لوزارة is written للوزارة (ل + الوزارة), and بوروسيا is a football club, not ب + وروسيا.
   */
  lexicalEvidence(form: string): number {
    let ev = this.fw("ال", form);
    // An accusative with its tanwin alef (فعلا، وقتا) never takes the article, but its noun does (الفعل).
    if (form.length >= 4 && form.charCodeAt(form.length - 1) === 0x0627)
      ev += this.fw("ال", form.slice(0, -1));
    if (CONJ.has(form[0])) ev += this.fw("و", form);
    return ev;
  }

  /**
   * Whether to strip a clitic from `form`, leaving a remainder of `restLength` letters with `support`. `share` is
   * how common the remainder must be next to the whole form: low for و (narrative وأضاف is far more common than
   * أضاف), higher for prepositions (باراك is no ب + أراك).
   */
  stripOk(form: string, support: number, restLength: number, share: number): boolean {
    if (support < MIN_STEM) return false;
    const whole = this.f(form);
    // A two-letter remainder (قط، قي، دأ) is some other short word unless it outnumbers the whole form.
    if (restLength <= 2 && support < whole) return false;
    if (support < share * whole) return false;
    return this.lexicalEvidence(form) <= LEXICAL_SHARE * whole + 1;
  }

  /** Whether `form` reads as و/ف + a known word (for a remainder that starts with و/ف). */
  conjSplits(form: string): boolean {
    const rest = form.slice(1);
    return this.stripOk(form, this.stemSupport(rest), rest.length, CONJ_SHARE);
  }

  /** Whether the source letter behind key position `pos` is a bare alef (so ال there is the article, not أل/إل/آل). */
  bareAlef(pos: number): boolean {
    const c = this.source.charCodeAt(this.offsets[pos]);
    return c === 0x0627 || c === 0x0671;
  }

  isDet(pos: number): boolean {
    const k = this.key;
    return k.charCodeAt(pos) === 0x0627 && k.charCodeAt(pos + 1) === 0x0644 && this.bareAlef(pos);
  }

  /** Preposition or future marker, then the article, from `pos`. */
  inner(pos: number, afterConj: boolean): { parts: Analysis["parts"]; pos: number; det: boolean } {
    const k = this.key;
    const parts: Analysis["parts"] = [];
    const form = k.slice(pos);
    if (!this.lex.isProtected(form) && k.length - pos >= 3) {
      const c = k[pos];
      if (PREP.has(c)) {
        if (c === "ل" && k[pos + 1] === "ل" && k.length - pos >= 4) {
          // لل: ل + ال + stem (للقوات) or ل + a stem that starts with ل (لليبيا، للواء).
          const lamStem = k.slice(pos + 1);
          const detStem = k.slice(pos + 2);
          const lamSupport = this.stemSupport(lamStem);
          let detSupport = detStem.length >= 2 ? this.fw("ال", detStem) + this.f(detStem) : 0;
          // لل + three letters or more is ل + ال + stem even for a rare stem (للشفقة), unless ل + a lam-word fits.
          if (detStem.length >= 3 && lamSupport < MIN_STEM) detSupport = Math.max(detSupport, MIN_STEM);
          if (this.stripOk(form, Math.max(lamSupport, detSupport), k.length - pos - 1, PREP_SHARE)) {
            parts.push({ from: pos, to: pos + 1, tag: "prep" });
            if (detSupport > lamSupport && !this.lex.isProtected("ال" + detStem)) {
              parts.push({ from: pos + 1, to: pos + 2, tag: "det", norm: "ال" });
              return { parts, pos: pos + 2, det: true };
            }
            return { parts, pos: pos + 1, det: false };
          }
        } else {
          const rest = k.slice(pos + 1);
          const det = this.isDet(pos + 1) && rest.length >= 4;
          let support = det ? this.f(rest) + this.f(rest.slice(2)) : this.stemSupport(rest);
          // بال + three letters or more is ب + ال + stem even for a rare stem (بالتدريج); words that really
          // start so (بالغ، باليستي) show it by taking the article themselves (stripOk's evidence check).
          if (det && rest.length >= 5) support = Math.max(support, MIN_STEM);
          // A preposition comes after a conjunction, never before: لوبان is no ل + و + بان.
          const conjRest = CONJ.has(rest[0]) && this.conjSplits(rest);
          if (!conjRest && this.stripOk(form, support, rest.length, PREP_SHARE)) {
            parts.push({ from: pos, to: pos + 1, tag: "prep" });
            pos += 1;
          }
        }
      } else if (c === "س" && (afterConj || pos === 0) && k.length - pos >= 4) {
        const next = this.source.charCodeAt(this.offsets[pos + 1]);
        if (IMPERFECT.has(k[pos + 1]) || next === 0x0623) {
          const rest = k.slice(pos + 1);
          if (
            !this.lex.isProtected(rest) &&
            this.stripOk(form, this.stemSupport(rest), rest.length, FUT_SHARE)
          ) {
            parts.push({ from: pos, to: pos + 1, tag: "fut" });
            return { parts, pos: pos + 1, det: false };
          }
        }
      }
    }
    if (this.isDet(pos) && k.length - pos >= 4 && !this.lex.isProtected(k.slice(pos))) {
      parts.push({ from: pos, to: pos + 2, tag: "det" });
      return { parts, pos: pos + 2, det: true };
    }
    return { parts, pos, det: false };
  }

  /** Pronoun suffix on a stem that has no article: the stem end in key positions and the stem's support. */
  enclitic(stemFrom: number): { end: number; support: number } {
    let hit = this.encliticAt.get(stemFrom);
    if (hit === undefined) {
      hit = this.findEnclitic(stemFrom);
      this.encliticAt.set(stemFrom, hit);
    }
    return hit;
  }

  private readonly encliticAt = new Map<number, { end: number; support: number }>();

  private findEnclitic(stemFrom: number): { end: number; support: number } {
    const k = this.key;
    // Only a word whose norm ends in ه، ا، م or ن can carry one of the suffixes.
    if (!MAY_END_PRONOUN.has(this.norm[this.norm.length - 1])) return { end: k.length, support: 0 };
    const none = { end: k.length, support: 0 };
    const stem = k.slice(stemFrom);
    if (this.lex.isProtected(stem)) return none;
    const whole = this.f(stem);
    for (const e of ENCLITICS) {
      if (!this.norm.endsWith(e)) continue;
      const base = stem.slice(0, stem.length - e.length);
      if (base.length < (LONG_BASE_ENCLITICS.has(e) ? 3 : 2)) continue;
      let support: number;
      if (base.endsWith("ا")) {
        // مستواه: an alef maqsura is written ا before a suffix; a bare ا there (يساهم) is no stem end.
        support = this.fw("", base.slice(0, -1), "ي") + this.fw("ال", base.slice(0, -1), "ي");
      } else {
        support = this.stemSupport(base);
        // حكومتها: the ta marbuta of حكومة is written ت before a suffix.
        if (base.endsWith("ت"))
          support += this.fw("", base.slice(0, -1), "ه") + this.fw("ال", base.slice(0, -1), "ه");
      }
      if (support < 10 || support < 0.5 * whole) continue;
      // A form that takes the article (الاتجاه، المياه) is a word, not stem + pronoun.
      if (this.fw("ال", stem) > LEXICAL_SHARE * whole + 1) continue;
      return { end: k.length - e.length, support };
    }
    return none;
  }

  analyse(): Analysis {
    const k = this.key;
    // Most words can be neither: no clitic letter first, no pronoun letter last.
    if (!MAY_START_CLITIC.has(k[0]) && !MAY_END_PRONOUN.has(this.norm[this.norm.length - 1])) {
      return { parts: [{ from: 0, to: k.length, tag: "stem" }], changed: false };
    }
    const parts: Analysis["parts"] = [];
    let pos = 0;
    let det = false;
    if (CONJ.has(k[0]) && k.length >= 3 && !this.lex.isProtected(k)) {
      const inner = this.inner(1, true);
      const stem = k.slice(inner.pos);
      let support =
        inner.parts.length > 0
          ? inner.det
            ? this.fw("ال", stem) + this.f(stem)
            : this.stemSupport(stem)
          : this.stemSupport(k.slice(1));
      // وال + three letters or more: the same reading for rare stems as with a preposition.
      if (inner.det && stem.length >= 3) support = Math.max(support, MIN_STEM);
      const best = Math.max(support, this.stemSupport(k.slice(1)));
      // فيه is في + ه, not ف + يه: a pronoun reading with a better-known stem wins (وفيه is و + في + ه).
      const withConj = Math.max(best, inner.det ? 0 : this.enclitic(inner.pos).support);
      // A hamza seat right after و/ف (وأكد، وإلى، فأقفل) starts a new word: hardly a word has أ/إ/آ there
      // (فأر، فأس take the article, which the evidence check sees), whatever a normalised look-alike (والي) says.
      const hamzaNext = HAMZA_ALEFS.has(this.source.charCodeAt(this.offsets[1]));
      const ok = hamzaNext
        ? (k.length > 3 || best >= this.f(k)) &&
          ((best >= MIN_STEM && best >= CONJ_SHARE * this.f(k)) ||
            (k.length >= 4 && this.lexicalEvidence(k) <= LEXICAL_SHARE * this.f(k) + 1))
        : this.stripOk(k, best, k.length - 1, CONJ_SHARE);
      if (ok && this.enclitic(0).support <= withConj) {
        parts.push({ from: 0, to: 1, tag: "conj" });
        parts.push(...inner.parts);
        pos = inner.pos;
        det = inner.det;
      }
    }
    if (pos === 0) {
      const inner = this.inner(0, false);
      parts.push(...inner.parts);
      pos = inner.pos;
      det = inner.det;
    }
    const stemEnd = det ? k.length : this.enclitic(pos).end;
    parts.push({ from: pos, to: stemEnd, tag: "stem" });
    if (stemEnd < k.length) parts.push({ from: stemEnd, to: k.length, tag: "pron" });
    return { parts, changed: parts.length > 1 };
  }

  toTemplate(analysis: Analysis, base = 0): WordTemplate | null {
    const parts: PartTemplate[] = [];
    for (const p of analysis.parts) {
      const start = this.offsets[p.from];
      const end = this.offsets[p.to];
      if (end <= start) return null; // a cut inside a ligature (ﻻ): keep the word whole
      const text = this.source.slice(start, end);
      parts.push({ start: start + base, end: end + base, tag: p.tag, norm: p.norm ?? normalise(text) });
    }
    return { start: base, end: base + this.source.length, parts };
  }

  /**
   * A conjunction that lost its space (سورياوالعراق): the writer typed no space before و after a letter that
   * does not join the next one, so the text looks right. Cut there when the whole form is unknown and both
   * sides are well-known words. Returns the source offset of the cut, or -1.
   */
  glueSplit(): number {
    const k = this.key;
    if (k.length < 7 || this.f(k) > 1) return -1;
    let best = -1;
    let bestScore = 0;
    for (let p = 3; p <= k.length - 4; p++) {
      if (
        this.source.charCodeAt(this.offsets[p]) !== 0x0648 ||
        !NON_JOINING.has(this.source[this.offsets[p] - 1] ?? "")
      )
        continue;
      const left = this.f(k.slice(0, p));
      const rest = k.slice(p + 1);
      const right = Math.max(this.f(rest), this.fw("و", rest));
      const score = Math.min(left, right);
      if (score >= MIN_GLUE_HALF && score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best < 0 ? -1 : this.offsets[best];
  }
}

function wholeWord(source: string, norm: string, base = 0): WordTemplate {
  const end = base + source.length;
  return { start: base, end, parts: [{ start: base, end, tag: "stem", norm }] };
}

function segmentOne(source: string, lex: TextLexicon, base: number): WordTemplate {
  const a = new WordAnalyser(source, lex);
  const analysis = a.analyse();
  if (!analysis.changed) return wholeWord(source, a.norm, base);
  return a.toTemplate(analysis, base) ?? wholeWord(source, a.norm, base);
}

/**
 * Segments one Arabic word (the exact source characters) into clitic parts. Usually one word comes back; a
 * word glued to the next one (سورياوالعراق) comes back as two, each with its own parts. Offsets are relative
 * to the start of `source`.
 */
export function segmentWord(source: string, lex: TextLexicon): WordTemplate[] {
  // No Arabic word is this long: a run of letters without spaces (garbage, a URL slug) is kept whole, which
  // also keeps the glue search from going quadratic.
  if (source.length > MAX_WORD) return [wholeWord(source, normalise(source))];
  const a = new WordAnalyser(source, lex);
  const analysis = a.analyse();
  if (!analysis.changed) {
    const cut = a.glueSplit();
    if (cut > 0) {
      return [segmentOne(source.slice(0, cut), lex, 0), segmentOne(source.slice(cut), lex, cut)];
    }
    return [wholeWord(source, a.norm)];
  }
  return [a.toTemplate(analysis) ?? wholeWord(source, a.norm)];
}
