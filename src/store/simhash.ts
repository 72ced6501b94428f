// SimHash over normalised word shingles: syndicated wires and the same story under another headline
// hash to fingerprints a few bits apart, so near-duplicates are found by Hamming distance.

/** 64-bit fingerprint as two unsigned 32-bit halves (plain numbers are faster than BigInt here). */
export interface Fingerprint {
  hi: number;
  lo: number;
}

const SHINGLE = 3;

function fnvAdd(hash: number, s: string): number {
  let h = hash;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** fnv1a of words[from, to) joined by single spaces, without building the joined string. */
function fnv1aJoined(words: string[], from: number, to: number, seed: number): number {
  let h = seed >>> 0;
  for (let k = from; k < to; k++) {
    if (k > from) h = Math.imul(h ^ 0x20, 0x01000193);
    h = fnvAdd(h, words[k]);
  }
  return fmix(h);
}

function fmix(hash: number): number {
  let h = hash;
  // final avalanche (murmur3 fmix32) so nearby strings spread over all bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fingerprint of a list of already-normalised words (a short text uses its words as shingles). */
export function simhash(words: string[]): Fingerprint {
  // per bit, how many shingles set it: the bit's weight (+1 set, -1 clear) is positive when more than half do
  const ones = new Int32Array(64);
  const n = words.length < SHINGLE ? Math.min(words.length, 1) : words.length - SHINGLE + 1;
  const size = Math.min(words.length, SHINGLE);
  for (let i = 0; i < n; i++) {
    const hi = fnv1aJoined(words, i, i + size, 0x811c9dc5);
    const lo = fnv1aJoined(words, i, i + size, 0x9747b28c);
    for (let b = 0; b < 32; b++) {
      ones[b] += (hi >>> b) & 1;
      ones[32 + b] += (lo >>> b) & 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b] > n) hi |= 1 << b;
    if (2 * ones[32 + b] > n) lo |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: Fingerprint, b: Fingerprint): number {
  return popcount((a.hi ^ b.hi) >>> 0) + popcount((a.lo ^ b.lo) >>> 0);
}

const BAND_WIDTHS = [11, 11, 11, 11, 10, 10];

/** Texts at most this many bits apart are treated as the same story (unrelated news sits 12+ bits apart). */
export const NEAR_DUPLICATE_DISTANCE = BAND_WIDTHS.length - 1;

function bit(f: Fingerprint, i: number): number {
  return i < 32 ? (f.hi >>> i) & 1 : (f.lo >>> (i - 32)) & 1;
}

/**
 * The fingerprint cut into six bands. Two fingerprints within distance 5 agree on at least one whole band
 * (pigeonhole), so an index on bands finds every near-duplicate candidate without a scan.
 */
export function bands(f: Fingerprint): number[] {
  const out: number[] = [];
  let at = 0;
  for (const width of BAND_WIDTHS) {
    let v = 0;
    for (let i = 0; i < width; i++) v = (v << 1) | bit(f, at + i);
    out.push(v);
    at += width;
  }
  return out;
}

export function toHex(f: Fingerprint): string {
  return f.hi.toString(16).padStart(8, "0") + f.lo.toString(16).padStart(8, "0");
}

export function fromHex(s: string): Fingerprint {
  return { hi: Number.parseInt(s.slice(0, 8), 16) >>> 0, lo: Number.parseInt(s.slice(8, 16), 16) >>> 0 };
}
