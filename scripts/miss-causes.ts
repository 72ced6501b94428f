// Why the TUNE batches' gold events are missed, by detection: a script for the cause table of README's "Session 13"
// paragraph (Events). It copies `src/` to a temporary folder, makes every `return null` of `readCandidate` record its
// line, runs the pipeline with the confidence filter off on each batch named, and sorts every missed scored gold event
// (missed with the filter on) by what happened in its sentences:
//   filter                 found with the filter off
//   gold type lost         a candidate of a gold type was read there (lost to an actor, a country or a merge)
//   gold trigger dropped   a trigger of a gold type was found there and dropped: by the rule (source line) that
//                          dropped it, a miss counted once per rule
//   other type candidate   only a candidate of another type there
//   other type dropped     only triggers of other types there, all dropped
//   no trigger             no trigger word at all
// Usage (TUNE batches only: never a CHECK batch, a blind one or the test split, whose errors must not be read):
//   node --import tsx scripts/miss-causes.ts dev dev3 dev5 … [--show CLASS] [--types ACCUSE,REJECT,…]
// --types keeps the misses of a gold event that may be of one of the types named (session 15: the statements);
// --show prints each miss of a class (or all) with its sentences.
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
const types = option("--types")?.split(",");
const batches = args.filter(
  (a, i) => !a.startsWith("--") && !["--show", "--types"].includes(args[i - 1] ?? ""),
);
if (!batches.length) throw new Error("name the TUNE batches: dev dev3 …");

const src = instrumentedSrc("marsad-causes-");
// record each trigger's fate in the stage: the line of each `return null` of readCandidate that dropped it, and
// (session 20) of readModality, so that its drop names the modality rule: "799/2041"
src.traceTriggerFates("start: view.start, ctype: c ? c.type : null");

const driver = `
import { createAnalyser } from "./src/analyse.ts";
import { goldArticleText, loadGold } from "./src/eval/events-io.ts";
import { parsePredictedEvents, scoreDocument } from "./src/eval/events.ts";
import { keptByFilter, loadConfidenceModel } from "./src/events/confidence.ts";
import { splitSentences } from "./src/text/sentences.ts";
const g = globalThis as any;
const analyse = await createAnalyser({ events: { keepAll: true } });
const threshold = loadConfidenceModel()?.threshold ?? 0;
const out: unknown[] = [];
for (const b of ${JSON.stringify(batches)}) {
  for (const gold of loadGold(${JSON.stringify(join(repoRoot, "test/fixtures"))} + "/events-" + b)) {
    g.__trace = [];
    const text = goldArticleText(gold);
    const doc = analyse({ id: gold.id, text, published: gold.key.published ?? null });
    const trace = g.__trace;
    const all = parsePredictedEvents({ events: doc.events ?? [] }, gold.id);
    const kept = all.filter((_, i) => keptByFilter(doc.events![i]!, doc.events![i]!.confidence ?? 1, threshold));
    const on = scoreDocument(gold.key, kept, gold.id);
    const off = scoreDocument(gold.key, all, gold.id);
    const sentences = splitSentences(text);
    const sentenceOf = (o: number) => sentences.findIndex((s) => o >= s.start && o < s.end);
    for (const id of on.missedIds) {
      const ev = gold.key.events.find((e) => e.id === id)!;
      const here = trace.filter((t: any) => (ev.sentences ?? []).includes(sentenceOf(t.start)));
      const said = (ev.sentences ?? []).map((i) => text.slice(sentences[i]?.start, sentences[i]?.end).trim());
      out.push({ batch: b, doc: gold.id, id, types: ev.type, summary: ev.summary, filter: !off.missedIds.includes(id), trace: here, said });
    }
  }
}
console.log(JSON.stringify(out));
`;
interface Trace {
  type: string;
  word: string;
  drop: number | null;
  mod?: number | null;
  ctype: string | null;
}
interface Miss extends MissedGold {
  filter: boolean;
  trace: Trace[];
  said: string[];
}
const misses = src.runDriver<Miss[]>(driver).filter((m) => !types || m.types.some((t) => types.includes(t)));

const classOf = (m: Miss): string => {
  if (m.filter) return "filter";
  if (m.trace.some((t) => t.drop === null && t.ctype && m.types.includes(t.ctype))) return "gold type lost";
  if (m.trace.some((t) => t.drop !== null && m.types.includes(t.type))) return "gold trigger dropped";
  if (m.trace.some((t) => t.drop === null)) return "other type candidate";
  return m.trace.length ? "other type dropped" : "no trigger";
};
console.log(`${misses.length} missed scored gold events in ${batches.join(" ")}\n`);
console.log("misses  batches  class");
for (const [k, e] of countCauses(misses.map((m) => [classOf(m), m.batch]))) console.log(causeRow(k, e));
console.log("\ngold trigger dropped, by the rule that dropped it (a miss counted once per rule):");
const rules: [string, string][] = [];
for (const m of misses.filter((x) => classOf(x) === "gold trigger dropped"))
  for (const line of new Set(
    m.trace.filter((t) => t.drop !== null && m.types.includes(t.type)).map((t) => t.drop),
  ))
    rules.push([`detect.ts:${line}  ${ruleSource(line ?? 1, 100)}`, m.batch]);
for (const [k, e] of countCauses(rules).slice(0, 20)) console.log(causeRow(k, e));
console.log("\nof them, no modality read (readModality's null), by its rule:");
const mods: [string, string][] = [];
for (const m of misses.filter((x) => classOf(x) === "gold trigger dropped"))
  for (const line of new Set(
    m.trace.filter((t) => t.drop !== null && t.mod && m.types.includes(t.type)).map((t) => t.mod),
  ))
    mods.push([`detect.ts:${line}  ${ruleSource(line ?? 1, 100)}`, m.batch]);
for (const [k, e] of countCauses(mods).slice(0, 20)) console.log(causeRow(k, e));
if (show)
  for (const m of misses.filter((x) => show === "all" || classOf(x) === show)) {
    console.log(`\n== [${classOf(m)}] ${m.batch} ${m.doc} ${m.id} ${m.types.join("/")}: ${m.summary}`);
    for (const s of m.said) console.log(`   « ${s.slice(0, 300)}`);
    for (const t of m.trace)
      console.log(
        `   ${t.word} ${t.type} → ${t.drop === null ? t.ctype : `dropped at ${t.drop}${t.mod ? `/${t.mod}` : ""}`}`,
      );
  }
