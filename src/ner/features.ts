// Feature strings for each token of a sentence. Training and tagging call the same function, so the words
// must be segmented the same way in both (whitespace tokens with clitics attached, as in ANERcorp).
import { foldWord, stripProclitics } from "./fold.ts";
import { GazetteerTypes, type NerResources } from "./resources.ts";

const LocBit = 1 << GazetteerTypes.indexOf("LOC");

function shapeOf(word: string): string {
  if (/^[\u0621-\u064a]+$/.test(word)) return "A";
  if (/^[0-9]+([.,][0-9]+)*$/.test(word)) return "D";
  if (/^[A-Za-z]+$/.test(word)) return /^[A-Z]/.test(word) ? "Lc" : "L";
  if (/^[\p{P}\p{S}]+$/u.test(word)) return "P";
  if (/[0-9]/.test(word)) return "xD";
  return "X";
}

function gazetteerTypes(bits: number): string[] {
  const out: string[] = [];
  for (let b = 0; b < GazetteerTypes.length; b++) if (bits & (1 << b)) out.push(GazetteerTypes[b]);
  return out;
}

/** Nisba adjectives of a known place (مصري، الجزائرية، السوريين): ANERcorp tags them O, but they matter. */
function isDemonym(stem: string, res: NerResources): boolean {
  const bare = stem.startsWith("ال") ? stem.slice(2) : stem;
  const m = /^(.{2,}?)(يون|يين|يان|يه|ي)$/.exec(bare);
  if (!m) return false;
  const base = m[1];
  for (const cand of [base, "ال" + base, base + "ا", base + "يا", base + "ه"]) {
    if (((res.gazetteer.get(cand) ?? 0) & LocBit) !== 0) return true;
  }
  return false;
}

export function sentenceFeatures(words: string[], res: NerResources): string[][] {
  const n = words.length;
  const folded = words.map((w) => foldWord(w).replace(/[0-9]/g, "0"));
  const stripped = folded.map(stripProclitics);
  const stems = stripped.map((s) => s.stem);
  const clusterOf = (i: number): string[] | undefined =>
    res.clusters.get(folded[i]) ?? res.clusters.get(stems[i]);
  const cueOf = (i: number): string | undefined => res.cues.get(folded[i]) ?? res.cues.get(stems[i]);
  const singleGaz = (i: number): number =>
    (res.gazetteer.get(folded[i]) ?? 0) | (res.gazetteer.get(stems[i]) ?? 0);

  // Multi-word gazetteer matches: the first word may carry proclitics (وبنغازي، ومجلس الأمن).
  const gazMarks: string[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let len = Math.min(res.gazetteerMaxWords, n - i); len >= 1; len--) {
      const rest = len > 1 ? " " + folded.slice(i + 1, i + len).join(" ") : "";
      const bits = (res.gazetteer.get(folded[i] + rest) ?? 0) | (res.gazetteer.get(stems[i] + rest) ?? 0);
      if (!bits) continue;
      for (const type of gazetteerTypes(bits)) {
        gazMarks[i].push(`g=B${type}${len > 1 ? "m" : ""}`);
        for (let j = i + 1; j < i + len; j++) gazMarks[j].push(`g=I${type}`);
      }
    }
  }

  const word = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : folded[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = folded[i];
    const { proclitic, stem } = stripped[i];
    const f: string[] = ["b", "w=" + w, "sh=" + shapeOf(w)];
    if (proclitic) f.push("s=" + stem, "p=" + proclitic);
    const bare = stem.startsWith("ال") && stem.length > 3 ? stem.slice(2) : stem;
    if (bare !== stem) f.push("al", "bs=" + bare);
    for (let k = 1; k <= 4 && k < w.length; k++) f.push(`x${k}=` + w.slice(-k), `p${k}=` + w.slice(0, k));
    for (let k = 2; k <= 3 && k < bare.length; k++) f.push(`bp${k}=` + bare.slice(0, k));
    f.push("w-1=" + word(i - 1), "w+1=" + word(i + 1), "w-2=" + word(i - 2), "w+2=" + word(i + 2));
    f.push("w-1w=" + word(i - 1) + "|" + w, "ww+1=" + w + "|" + word(i + 1));
    if (i > 0) f.push("s-1=" + stems[i - 1]);
    if (i + 1 < n) f.push("s+1=" + stems[i + 1]);
    if (w.length > 1) f.push("len=" + Math.min(w.length, 8));
    if (i === 0) f.push("first");

    f.push(...gazMarks[i]);
    for (const type of gazetteerTypes(singleGaz(i))) f.push("g1=" + type);
    if (i > 0) for (const type of gazetteerTypes(singleGaz(i - 1))) f.push("g-1=" + type);
    if (i + 1 < n) for (const type of gazetteerTypes(singleGaz(i + 1))) f.push("g+1=" + type);
    if (isDemonym(stem, res)) f.push("dem");
    if (i + 1 < n && isDemonym(stems[i + 1], res)) f.push("dem+1");

    const cue = cueOf(i);
    if (cue) f.push("c=" + cue);
    if (i > 0) f.push("c-1=" + (cueOf(i - 1) ?? "-"));
    if (i > 1) f.push("c-2=" + (cueOf(i - 2) ?? "-"));
    if (i + 1 < n) f.push("c+1=" + (cueOf(i + 1) ?? "-"));

    const cl = clusterOf(i);
    if (cl) for (let k = 0; k < cl.length; k++) f.push(`k${k}=` + cl[k]);
    else f.push("k=none");
    // The cluster of the stem and of the stem without ال: وطارق and طارق, القاهرة and قاهرة share little else.
    if (proclitic) {
      const cs = res.clusters.get(stem);
      if (cs) f.push("ks1=" + cs[1], "ks2=" + cs[2]);
    }
    if (bare !== stem) {
      const cb = res.clusters.get(bare);
      if (cb) f.push("kb1=" + cb[1], "kb2=" + cb[2]);
    }
    if (i > 0) {
      const c = clusterOf(i - 1);
      if (c) f.push("k-1=" + c[1 % c.length]);
    }
    if (i + 1 < n) {
      const c = clusterOf(i + 1);
      if (c) f.push("k+1=" + c[1 % c.length]);
    }
    out.push(f);
  }
  return out;
}
