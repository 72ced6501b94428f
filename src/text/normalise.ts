import { compileRules, KEY_RULES, NORM_RULES, presentationForms } from "./charmaps.ts";

const NORM_TABLE = compileRules([presentationForms(), ...NORM_RULES]);
const KEY_TABLE = compileRules(KEY_RULES, NORM_TABLE);

// Below this code unit nothing is mapped except the soft hyphen, so the common Latin/ASCII path is cheap.
function firstMapped(s: string, table: ReadonlyArray<string | undefined>): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xad && table[c] !== undefined) return i;
  }
  return -1;
}

function mapWith(s: string, table: ReadonlyArray<string | undefined>): string {
  const first = firstMapped(s, table);
  if (first < 0) return s;
  // unmapped characters are copied a run at a time (one slice, not one concatenation per character)
  let out = s.slice(0, first);
  let run = first;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const r = c >= 0xad ? table[c] : undefined;
    if (r === undefined) continue;
    if (run < i) out += s.slice(run, i);
    out += r;
    run = i + 1;
  }
  return run < s.length ? out + s.slice(run) : out;
}

/**
 * The token.norm form: diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, Persian look-alikes and
 * presentation forms (ﻻ ﷲ) folded, Arabic-Indic/Persian digits → ASCII, zero-width and bidi controls removed.
 * The result may be shorter or longer than the input; use `normaliseWithOffsets` to map back to the source.
 */
export function normalise(s: string): string {
  return mapWith(s, NORM_TABLE);
}

/** `normalise` plus ة → ه and ؤ → و, ئ → ي: the key to look words up in lexicons. */
export function matchKey(s: string): string {
  return mapWith(s, KEY_TABLE);
}

export interface MappedString {
  /** The normalised (or key) form of `source.slice(start, end)`. */
  text: string;
  /**
   * offsets[i] is the source offset of the character that produced text[i]; offsets[text.length] = end.
   * A cut between text[i-1] and text[i] maps to the source offset offsets[i], so dropped marks stay with the
   * letter before them.
   */
  offsets: Int32Array;
}

// Offsets of an unchanged string are the positions themselves: shared, never written.
const IDENTITY = Int32Array.from({ length: 257 }, (_, i) => i);

function mapWithOffsets(
  source: string,
  start: number,
  end: number,
  table: ReadonlyArray<string | undefined>,
): MappedString {
  if (start === 0 && end === source.length && end < IDENTITY.length && firstMapped(source, table) < 0) {
    return { text: source, offsets: IDENTITY.subarray(0, end + 1) };
  }
  let text = "";
  let offsets: Int32Array<ArrayBuffer> = new Int32Array(end - start + 1);
  let n = 0;
  let run = start;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    const r = c >= 0xad ? table[c] : undefined;
    if (r === undefined) {
      if (n + 1 >= offsets.length) offsets = grown(offsets, n + 2);
      offsets[n++] = i;
      continue;
    }
    if (run < i) text += source.slice(run, i);
    text += r;
    run = i + 1;
    if (n + r.length + 1 > offsets.length) offsets = grown(offsets, n + r.length + 1);
    for (let k = 0; k < r.length; k++) offsets[n++] = i;
  }
  if (run < end) text += source.slice(run, end);
  offsets[n++] = end;
  return { text, offsets: n === offsets.length ? offsets : offsets.slice(0, n) };
}

/** A copy of `a` with room for at least `size` entries (a mapping may expand: ﻻ → لا). */
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** `normalise(source.slice(start, end))` with a map from each normalised character back to the source. */
export function normaliseWithOffsets(source: string, start = 0, end = source.length): MappedString {
  return mapWithOffsets(source, start, end, NORM_TABLE);
}

/** `matchKey(source.slice(start, end))` with a map from each key character back to the source. */
export function matchKeyWithOffsets(source: string, start = 0, end = source.length): MappedString {
  return mapWithOffsets(source, start, end, KEY_TABLE);
}

/** Folds a normalised string to its key (ة → ه, ؤ → و, ئ → ي); same length, so offsets carry over. */
export function keyOfNorm(norm: string): string {
  return mapWith(norm, KEY_TABLE);
}
