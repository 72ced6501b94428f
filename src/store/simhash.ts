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

/**
 * The fingerprint's 16 hex digits cut into three bands of 5, 5 and 6 digits (20, 20 and 24 bits). Two
 * fingerprints at most 5 bits apart differ in at most one bit of some band (five bits over three bands), so
 * looking up each band's value and its one-bit variants (`bandProbes`) finds every near-duplicate candidate.
 * Bands this wide hold about one stored article per 10,000 per value: the lookup's 67 probes stay cheap at
 * 100,000 articles and beyond, where six 10–11-bit bands (before migration 8) read hundreds of candidates.
 */
const BAND_DIGITS = [5, 5, 6];

/** Texts at most this many bits apart are treated as the same story (unrelated news sits 12+ bits apart). */
export const NEAR_DUPLICATE_DISTANCE = 2 * BAND_DIGITS.length - 1;

/** The bands of a fingerprint (hex, as `toHex` writes it): its digits cut at BAND_DIGITS. */
export function bandValues(hex: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const digits of BAND_DIGITS) {
    out.push(hex.slice(at, at + digits));
    at += digits;
  }
  return out;
}

/** Per band, the values a stored fingerprint within NEAR_DUPLICATE_DISTANCE may have there in some band: the band itself and each one-bit variant. */
export function bandProbes(hex: string): string[][] {
  return bandValues(hex).map((value) => {
    const out = [value];
    for (let i = 0; i < value.length; i++) {
      const digit = Number.parseInt(value[i], 16);
      for (let b = 0; b < 4; b++)
        out.push(value.slice(0, i) + (digit ^ (1 << b)).toString(16) + value.slice(i + 1));
    }
    return out;
  });
}

/** How many probes each band has (`bandProbes`): one per bit plus the band itself. */
export const BAND_PROBE_COUNTS = BAND_DIGITS.map((digits) => 1 + 4 * digits);

export function toHex(f: Fingerprint): string {
  return f.hi.toString(16).padStart(8, "0") + f.lo.toString(16).padStart(8, "0");
}

export function fromHex(s: string): Fingerprint {
  return { hi: Number.parseInt(s.slice(0, 8), 16) >>> 0, lo: Number.parseInt(s.slice(8, 16), 16) >>> 0 };
}
