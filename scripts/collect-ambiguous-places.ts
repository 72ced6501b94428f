// Collects candidate mentions for the ambiguous-places test set (test/fixtures/places-ambiguous.jsonl):
// names that the gazetteer gives to notable places in two or more countries (or far apart), found in
// ../shared/data/news, sampled deterministically. The output is labelled BY HAND (reading each article)
// before it becomes a fixture; this script never decides the answer.
// Usage: node --import tsx scripts/collect-ambiguous-places.ts > /tmp/ambiguous-candidates.jsonl
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { wordForms } from "../src/lexicon/clitics.ts";
import { loadGazetteer, type PlaceCandidate } from "../src/lexicon/gazetteer.ts";
import { wordKey } from "../src/lexicon/key.ts";
import { sharedDir } from "../src/paths.ts";

const PER_NAME = Number(process.env.PER_NAME ?? 6);
const gazetteer = loadGazetteer();

function notable(p: PlaceCandidate): boolean {
  return (
    p.population >= 20000 || p.feature === "country" || p.feature === "capital" || p.feature === "admin1"
  );
}

function ambiguous(cands: readonly PlaceCandidate[]): boolean {
  const n = cands.filter(notable);
  if (new Set(n.map((c) => c.country)).size >= 2) return true;
  // Same country, far apart (البيضاء in Libya and in Yemen are different countries; this catches two towns of one).
  for (const a of n)
    for (const b of n)
      if (
        a.lat !== null &&
        b.lat !== null &&
        Math.abs(a.lat - b.lat) + Math.abs((a.lon ?? 0) - (b.lon ?? 0)) > 3
      )
        return true;
  return false;
}

// A cheap deterministic hash to sample without Math.random.
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const found = new Map<string, { h: number; row: object }[]>();
for (const file of ["ant-multisource.jsonl", "ant-jawharafm.jsonl"]) {
  const rl = createInterface({ input: createReadStream(join(sharedDir(), "data", "news", file)) });
  for await (const line of rl) {
    const doc = JSON.parse(line) as { docno: string; text: string; title?: string };
    const seen = new Set<string>();
    for (const m of doc.text.matchAll(/[\u0621-\u064A\u0640\u064B-\u065F]+/g)) {
      for (const f of wordForms(wordKey(m[0]), m[0])) {
        const cands = gazetteer.candidates(f.key);
        if (cands.length < 2 || !ambiguous(cands)) continue;
        if (seen.has(f.key)) break;
        seen.add(f.key);
        const start = (m.index ?? 0) + f.offset;
        const row = { file, docno: doc.docno, key: f.key, start, end: (m.index ?? 0) + m[0].length };
        const list = found.get(f.key) ?? [];
        list.push({ h: hash(doc.docno + f.key), row });
        found.set(f.key, list);
        break;
      }
    }
  }
}
const names = [...found.entries()].filter(([, l]) => l.length >= 3).sort((a, b) => b[1].length - a[1].length);
for (const [, list] of names.slice(0, 60)) {
  list.sort((a, b) => a.h - b.h);
  for (const { row } of list.slice(0, PER_NAME)) process.stdout.write(`${JSON.stringify(row)}\n`);
}
