// Why merge.ts kept two readings of one keyed event apart (session 20). For every unpaired prediction of the TUNE
// batches named that fits a scored gold event already paired with another prediction (a duplicate), or that sits in
// the sentence of a keyed event paired with another prediction (a second reading scored spurious), it finds the
// merge groups of both predictions and lists, for the closest pair of their candidates, every condition of
// `sameEvent` that keeps them apart (merge.ts `whyApart`: type, modality, date, object, abduction, actors, place, no
// link).
// It copies `src/` (instrumented-src.ts) and records each article's merge groups; the shipped code is never touched.
// Usage (TUNE batches only): node --import tsx scripts/merge-apart.ts dev dev3 … > apart.jsonl
import { join } from "node:path";
import { repoRoot } from "../src/paths.ts";
import { instrumentedSrc } from "./instrumented-src.ts";

const batches = process.argv.slice(2);
if (!batches.length) throw new Error("name the TUNE batches: dev dev3 …");
const src = instrumentedSrc("marsad-apart-");
src.patch(
  "src/events/merge.ts",
  `    else if (!c.background) groups.push([c]);
  }
  return groups;`,
  `    else if (!c.background) groups.push([c]);
  }
  ((globalThis as any).__groups ??= []).push(...groups);
  return groups;`,
);
const driver = `
import { createAnalyser } from "./src/analyse.ts";
import { goldArticleText, loadGold } from "./src/eval/events-io.ts";
import { eventFits, parsePredictedEvents, scoreDocument } from "./src/eval/events.ts";
import { whyApart } from "./src/events/merge.ts";
const G = globalThis as any;
const analyse = await createAnalyser({});
const out: unknown[] = [];
const brief = (c: any) => ({
  s: c.sentence, type: c.type, lemma: c.match.entry.lemma, mode: c.mode, modality: c.modality,
  date: c.date?.value ?? null, dateText: c.date?.text ?? null,
  place: c.place?.name_ar ?? null, pc: c.place?.country ?? null, ppc: c.place?.place?.country ?? null, st: c.place?.state ?? null, prec: c.place?.place?.precision ?? null, pid: c.place?.place?.id ?? c.place?.id ?? null,
  a1: c.actor1.map((m: any) => m.name_ar), a2: c.actor2.map((m: any) => m.name_ar),
});
for (const b of ${JSON.stringify(batches)}) {
  for (const gold of loadGold(${JSON.stringify(join(repoRoot, "test/fixtures"))} + "/events-" + b)) {
    const text = goldArticleText(gold);
    G.__groups = [];
    const doc = analyse({ id: gold.id, text, published: gold.key.published ?? null });
    const groups: any[][] = G.__groups;
    const preds = parsePredictedEvents({ events: doc.events ?? [] }, gold.id);
    const score = scoreDocument(gold.key, preds, gold.id);
    const pairOf = new Map(score.pairs.map((x) => [x.gold, x.prediction]));
    const find = (pi: number) => {
      const p = preds[pi];
      const cands = groups.filter((g) => g[0]?.type === p.type && g[0]?.__start === p.trigger?.start);
      return cands[0];
    };
    for (const pi of [...score.duplicateIndices, ...score.spuriousIndices]) {
      const p = preds[pi];
      const dup = score.duplicateIndices.includes(pi);
      const partners: { gold: string; q: number }[] = [];
      for (const g of gold.key.events) {
        const q = pairOf.get(g.id);
        if (q === undefined || q === pi) continue;
        if (dup ? eventFits(p, g, gold.key.actors) : false) partners.push({ gold: g.id, q });
      }
      if (!dup) {
        // a keyed event of its sentence paired with another prediction
        for (const g of gold.key.events) {
          const q = pairOf.get(g.id);
          if (q === undefined || q === pi) continue;
          const gs = g.sentences ?? [];
          const gp = find(pi);
          if (gp && gs.some((s: number) => gp.some((c: any) => c.__sent === s))) partners.push({ gold: g.id, q });
        }
      }
      const gp = find(pi);
      for (const { gold: gid, q } of partners) {
        const gq = find(q);
        let best: { why: string[]; a: any; b: any } | null = null;
        for (const x of gp ?? []) for (const y of gq ?? []) {
          const [first, second] = x.sentence <= y.sentence ? [x, y] : [y, x];
          const why = whyApart(first, second);
          if (!best || why.length < best.why.length) best = { why, a: first, b: second };
        }
        out.push({
          batch: b, doc: gold.id, status: dup ? "duplicate" : "spurious", pi, q, gold: gid,
          goldType: gold.key.events.find((e) => e.id === gid)?.type,
          why: best?.why ?? ["group not found"],
          a: best ? brief(best.a) : null, b: best ? brief(best.b) : null,
          sa: best ? text.slice(best.a.__ss, best.a.__se) : null,
          sb: best ? text.slice(best.b.__ss, best.b.__se) : null,
          published: gold.key.published ?? null,
        });
      }
    }
  }
}
process.stdout.write(JSON.stringify(out));
`;
// the trigger start and sentence span of each candidate, as the stage computes the event's trigger
src.patch(
  "src/events/stage.ts",
  "  for (const group of mergeCandidates(candidates.filter((c) => !tried.has(c)))) {\n",
  `  for (const c of candidates as any[]) {
    c.__start = doc.tokens ? (views[c.sentence]?.words[c.match.first]?.start ?? 0) : 0;
    c.__ss = views[c.sentence]?.start ?? 0;
    c.__se = views[c.sentence]?.end ?? 0;
    c.__sent = c.sentence;
  }
  for (const group of mergeCandidates(candidates.filter((c) => !tried.has(c)))) {\n`,
);
const rows = src.runDriver<unknown[]>(driver);
for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
