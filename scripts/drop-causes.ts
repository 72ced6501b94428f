// Recall lost after detection (session 17): for each missed scored gold event of the TUNE batches named, whether the
// pipeline made a fitting event (right type, country and actor by the scorer's rules) and which stage removed it.
// It copies `src/` to a temporary folder and instruments it so that one article is read in four ways:
//   on        the pipeline as shipped (the confidence filter on): the misses
//   filter    the filter off: a fitting event found here was dropped by the confidence filter (its confidence shown)
//   merge     also no merge (each candidate its own event): a fitting event here was absorbed by a merge (merge.ts;
//             the rule that absorbed it shown)
//   rule      also no rule of readCandidate drops (each `return null` is passed over and recorded), nor the stage's
//             long-ago, protesters' voice and background drops: a fitting event here was dropped by those rules
//   none      no fitting event even then (no trigger, or wrong arguments: other helpers' part)
// Usage (TUNE batches only: never a CHECK batch, a blind one or the test split):
//   node --import tsx scripts/drop-causes.ts dev dev3 … [--show CLASS|all]
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../src/paths.ts";
import { causeRow, countCauses, type MissedGold } from "./cause-counts.ts";
import { instrumentedSrc, ruleSource } from "./instrumented-src.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const show = option("--show");
const batches = args.filter((a, i) => !a.startsWith("--") && !["--show"].includes(args[i - 1] ?? ""));
if (!batches.length) throw new Error("name the TUNE batches: dev dev3 …");

const src = instrumentedSrc("marsad-drops-");
// readCandidate: each `return null` records its line, and in "rule" mode is passed over
src.patchReadCandidateNulls(
  (line, first) =>
    `{ const __g = globalThis as any; if (!__g.__skip || ${line} === ${first + 6}) return null; (__g.__drops ??= []).push(__g.__mod ? \`${line}/\${__g.__mod}\` : ${line}); __g.__mod = undefined; }`,
);
// (session 20) readModality's own `return null`s record their line, so that "no modality read" names its rule
// (a drop "799/2115": readCandidate's line, then readModality's)
src.patchFunctionNulls("readModality", (line) => `return ((globalThis as any).__mod = ${line}, null);`);

const g = "(globalThis as any)";
src.patch(
  "src/events/stage.ts",
  "      const c = readCandidate(ctx, match);\n",
  `      ${g}.__drops = [];
      ${g}.__mod = undefined;
      let c: any = null;
      try { c = readCandidate(ctx, match); } catch { c = null; }
      if (c) c.__drops = [...${g}.__drops];\n`,
);
src.patch(
  "src/events/stage.ts",
  "      if (longAgo(c.date?.value, doc.published)) {\n",
  `      if (longAgo(c.date?.value, doc.published) && ${g}.__skip) (c as any).__drops.push("longAgo");
      else if (longAgo(c.date?.value, doc.published)) {\n`,
);
src.patch(
  "src/events/stage.ts",
  "    candidates.push(...here.filter((c) => !protestersVoice(c, here, candidates, cues, view)));\n",
  `    for (const c of here) if (protestersVoice(c, here, candidates, cues, view)) (c as any).__voice = true;
    candidates.push(...here.filter((c) => ${g}.__skip ? ((c as any).__voice && (c as any).__drops.push("protestersVoice"), true) : !(c as any).__voice));\n`,
);
src.patch(
  "src/events/stage.ts",
  "      evidence: dedupe(\n",
  `      __drops: [...new Set(group.flatMap((c: any) => c.__drops ?? []))],
      __how: group.map((c: any) => c.__how).find(Boolean) ?? null,
      __cands: group.map((c: any) => c.type + ":" + (c.__how ?? "head")).join(","),
      evidence: dedupe(\n`,
);
// merge: record the link of MERGE_LINKS that joins each candidate to a group (its name without Group/Target);
// "merge" mode keeps each candidate its own event
src.patch(
  "src/events/merge.ts",
  `  for (const [, link] of MERGE_LINKS) {
    const g = link(groups, c);
    if (g) return g;`,
  `  for (const [name, link] of MERGE_LINKS) {
    const g = link(groups, c);
    if (g) {
      (c as any).__how = name.replace(/(Group|Target)$/, "") + ">" + (g[0]?.type ?? "");
      return g;
    }`,
);
src.patch(
  "src/events/merge.ts",
  `    if (g) g.push(c);
    else if (!c.background) groups.push([c]);
  }
  return groups;`,
  `    if (g) g.push(c);
    else if (!c.background) groups.push([c]);
    else (c as any).__how = "background";
  }
  const G = globalThis as any;
  if (G.__nomerge)
    return cands
      .filter((c) => G.__skip || (c as any).__how !== "background")
      .map((c) => {
        if ((c as any).__how === "background") (c as any).__drops?.push("background");
        return [c];
      });
  return groups;`,
);

const driver = `
import { createDatesStage } from "./src/dates/stage.ts";
import { createDoc } from "./src/doc/doc.ts";
import { createNerStage } from "./src/ner/stage.ts";
import { buildPipeline } from "./src/pipeline/pipeline.ts";
import { createPlacesStage } from "./src/places/stage.ts";
import { textStage } from "./src/text/stage.ts";
import { goldArticleText, loadGold } from "./src/eval/events-io.ts";
import { eventFits, parsePredictedEvents, scoreDocument } from "./src/eval/events.ts";
import { applyConfidence, keptByFilter, loadConfidenceModel } from "./src/events/confidence.ts";
import { loadConfidenceCues } from "./src/events/confidence-features.ts";
import { loadCountries } from "./src/events/countries.ts";
import { loadEventLexicon } from "./src/events/lexicon.ts";
import { extractEvents } from "./src/events/stage.ts";
import { splitSentences } from "./src/text/sentences.ts";
const G = globalThis as any;
const pipeline = buildPipeline([textStage, createNerStage(), createPlacesStage(), createDatesStage()]);
const res = { lexicon: loadEventLexicon(), countries: loadCountries() };
const model = loadConfidenceModel()!;
const featureRes = { lexicon: res.lexicon, cues: loadConfidenceCues() };
const out: unknown[] = [];
const run = (doc: any, id: string, skip: boolean, nomerge: boolean) => {
  G.__skip = skip;
  G.__nomerge = nomerge;
  const events = applyConfidence(doc, extractEvents(doc, res), model, featureRes, { keepAll: true });
  G.__skip = false;
  G.__nomerge = false;
  return { events, preds: parsePredictedEvents({ events }, id) };
};
for (const b of ${JSON.stringify(batches)}) {
  for (const gold of loadGold(${JSON.stringify(join(repoRoot, "test/fixtures"))} + "/events-" + b)) {
    const text = goldArticleText(gold);
    const doc = pipeline.run(createDoc({ id: gold.id, text, published: gold.key.published ?? null }));
    const A = run(doc, gold.id, false, false);
    const kept = A.preds.filter((_, i) => keptByFilter(A.events[i]!, A.events[i]!.confidence ?? 1, model.threshold));
    const on = scoreDocument(gold.key, kept, gold.id);
    if (!on.missedIds.length) continue;
    const B = run(doc, gold.id, false, true);
    const C = run(doc, gold.id, true, true);
    const sentences = splitSentences(text);
    const offA = scoreDocument(gold.key, A.preds, gold.id).missedIds;
    const offB = scoreDocument(gold.key, B.preds, gold.id).missedIds;
    const offC = scoreDocument(gold.key, C.preds, gold.id).missedIds;
    for (const id of on.missedIds) {
      const ev = gold.key.events.find((e) => e.id === id)!;
      const fitting = (R: any) =>
        R.preds
          .map((p: any, i: number) => ({ p, e: R.events[i] }))
          .filter((x: any) => eventFits(x.p, ev, gold.key.actors))
          .map((x: any) => ({
            trigger: x.e.trigger?.text,
            type: x.e.type,
            conf: x.e.confidence,
            modality: x.e.modality,
            actors: x.e.actors.map((a: any) => a.role + ":" + a.name_ar).join(" | "),
            country: x.e.location?.country ?? null,
            drops: x.e.__drops,
            how: x.e.__how,
            cands: x.e.__cands,
          }));
      const cls = !offA.includes(id) ? "filter" : !offB.includes(id) ? "merge" : !offC.includes(id) ? "rule" : "none";
      const said = (ev.sentences ?? []).map((i) => text.slice(sentences[i]?.start, sentences[i]?.end).trim());
      out.push({
        batch: b, doc: gold.id, id, types: ev.type, summary: ev.summary, cls,
        gold: { actors: ev.actors, country: ev.location?.country },
        A: fitting(A), B: cls === "merge" ? fitting(B) : [], C: cls === "rule" ? fitting(C) : [], said,
      });
    }
  }
}
console.log(JSON.stringify(out));
`;
interface Fit {
  trigger: string;
  type: string;
  conf: number;
  modality: string;
  actors: string;
  country: string | null;
  drops: (number | string)[];
  how: string | null;
  cands: string;
}
interface Miss extends MissedGold {
  cls: string;
  gold: unknown;
  A: Fit[];
  B: Fit[];
  C: Fit[];
  said: string[];
}
const misses = src.runDriver<Miss[]>(driver);
writeFileSync(join(tmpdir(), "drop-causes.json"), JSON.stringify(misses, null, 1));

const ruleText = (d: number | string): string => {
  const mod = typeof d === "string" ? /^(\d+)\/(\d+)$/.exec(d) : null;
  if (mod) return `detect.ts:${d}  ${ruleSource(Number(mod[2]), 80)}`;
  if (typeof d === "string") return `stage: ${d}`;
  return `detect.ts:${d}  ${ruleSource(d, 90)}`;
};
/** The sub-class of a miss: the rule (the fewest drops of a fitting event), the merge rule, the type. */
const subOf = (m: Miss): string => {
  if (m.cls === "filter") return m.A.map((f) => f.type).sort()[0] ?? "";
  if (m.cls === "merge") return m.B.map((f) => f.how ?? "?").sort()[0] ?? "";
  if (m.cls === "rule") {
    const best = [...m.C].sort((a, b) => a.drops.length - b.drops.length)[0];
    return best ? best.drops.map(ruleText).join(" + ") || "(interaction)" : "";
  }
  return "";
};
console.log(`${misses.length} missed scored gold events in ${batches.join(" ")}\n`);
console.log("misses  batches  class");
for (const [k, e] of countCauses(misses.map((m) => [m.cls, m.batch]))) console.log(causeRow(k, e));
for (const cls of ["filter", "merge", "rule"]) {
  console.log(
    `\n${cls}, by ${cls === "filter" ? "type" : cls === "merge" ? "merge rule > head type" : "rule"}:`,
  );
  for (const [k, e] of countCauses(misses.filter((m) => m.cls === cls).map((m) => [subOf(m), m.batch])))
    console.log(causeRow(k, e));
}
if (show)
  for (const m of misses.filter((x) => show === "all" || x.cls === show)) {
    console.log(`\n== [${m.cls}] ${m.batch} ${m.doc} ${m.id} ${m.types.join("/")}: ${m.summary}`);
    console.log(`   gold ${JSON.stringify(m.gold)}`);
    for (const s of m.said) console.log(`   « ${s.slice(0, 300)}`);
    for (const f of m.cls === "filter" ? m.A : m.cls === "merge" ? m.B : m.C)
      console.log(
        `   → ${f.type} «${f.trigger}» conf ${f.conf} ${f.modality} ${f.country} [${f.actors}] ${
          m.cls === "rule"
            ? f.drops.map(ruleText).join(" + ")
            : m.cls === "merge"
              ? `${f.how} (${f.cands})`
              : ""
        }`,
      );
  }
