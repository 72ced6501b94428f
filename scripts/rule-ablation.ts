// Which of the extractor's drop and merge rules still earn their place (session 18): each rule switched off alone,
// the TUNE and CHECK sums of event F1 measured, with how often the rule fires.
// Rules: every `return null;` of detect.ts's readCandidate (one rule per line; line 6 of the function, `if (!tw)`, is
// a guard, not a rule) and (session 20) of its readModality, the stage's drops (an embedded headline, long-ago events, protesters' voice, joinArrestSeizures'
// join), trial.ts's tried crimes, each link of merge.ts's mergeCandidates chain, the background drop and the
// confidence filter; also each half of the readCandidate lines that join two tests with ||, and each of the tests
// that mark a reading as background (background.ts). A copy of `src/` is instrumented (instrumented-src.ts: the
// shipped code is never touched); each site asks a switch whether it is on and, in the baseline run, counts its
// firings per article. The analysis up to
// the events stage runs once per article; a rule switched off can only change an article it fired in, so each
// ablation re-runs the events stage on those articles only. Prints sums and batch counts only (CHECK is read as totals,
// never per article: PROTOCOL).
// Usage:
//   nice node --import tsx scripts/rule-ablation.ts                 every rule, one at a time (~1-2 min)
//   … --off detect.ts:561,merge:laterTollTarget                    the baseline with these rules off (a combined state)
//   … --only detect.ts:561,stage:longAgo                           ablate only these rules
//   … --show-tune detect.ts:561                                   what switching one rule off changes on TUNE articles
//   … --json                                                       machine-readable rows
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MERGE_LINKS } from "../src/events/merge.ts";
import { repoRoot } from "../src/paths.ts";
import { GROUPS } from "./dev-groups.ts";
import { instrumentedSrc, ruleSource } from "./instrumented-src.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? "").split(",").filter(Boolean) : [];
};
const json = args.includes("--json");
const baseOff = option("--off");
const only = option("--only");
/** `--show-tune ID`: the TUNE articles switching rule ID off changes, with the events it adds or loses (never CHECK). */
const showTune = option("--show-tune")[0] ?? "";

const A = "(globalThis as any).__abl";
/** The stage-level sites: the shipped code each one quotes and the switched version of it (none for a merge link). */
interface Site {
  id: string;
  file: string;
  from: string;
  to?: string;
  what: string;
}
const MERGE_LINK_WHAT: Record<string, string> = {
  describedGroup: "relative clause / partOf joins its head event",
  sameEvent: "same type, compatible actors, place, date",
  anaphoricTarget: "a definite event noun points back",
  elaborationTarget: "a later sentence elaborates the event",
  attackerTarget: "the attacker's act joins the attack",
  laterTollTarget: "a later toll joins the attack",
};
const sites: Site[] = [
  {
    id: "stage:headline",
    file: "src/events/stage.ts",
    from: "    if (isEmbeddedHeadline(doc.text, view.start, view.end)) continue;\n",
    to: `    if (isEmbeddedHeadline(doc.text, view.start, view.end) && ${A}.drop("stage:headline")) continue;\n`,
    what: "a link headline or subheading tells no event (isEmbeddedHeadline)",
  },
  {
    id: "stage:longAgo",
    file: "src/events/stage.ts",
    from: "      if (longAgo(c.date?.value, doc.published)) {\n",
    to: `      if (longAgo(c.date?.value, doc.published) && ${A}.drop("stage:longAgo")) {\n`,
    what: "an event dated long before publication is history (longAgo)",
  },
  {
    id: "stage:protestersVoice",
    file: "src/events/stage.ts",
    from: "    candidates.push(...here.filter((c) => !protestersVoice(c, here, candidates, cues, view)));\n",
    to: `    candidates.push(...here.filter((c) => !(protestersVoice(c, here, candidates, cues, view) && ${A}.drop("stage:protestersVoice"))));\n`,
    what: "protesters' demands are the protest's content (protestersVoice)",
  },
  {
    id: "stage:joinArrestSeizures",
    file: "src/events/stage.ts",
    from: "    if (earlier) c.partOf = earlier.match.first;\n",
    to: `    if (earlier && ${A}.drop("stage:joinArrestSeizures")) c.partOf = earlier.match.first;\n`,
    what: "an arrest and a seizure in one clause are one operation (joinArrestSeizures)",
  },
  {
    id: "trial:triedCrimes",
    file: "src/events/stage.ts",
    from: "  for (const group of mergeCandidates(candidates.filter((c) => !tried.has(c)))) {\n",
    to: `  for (const group of mergeCandidates(candidates.filter((c) => !(tried.has(c) && ${A}.drop("trial:triedCrimes"))))) {\n`,
    what: "a trial story's attacks are the crimes tried (trial.ts triedCrimes)",
  },
  // each link of merge.ts's MERGE_LINKS (switched off by name in joinedGroup: the patch below; `from` locates the
  // link's entry, for its line)
  ...MERGE_LINKS.map(([name]) => ({
    id: `merge:${name}`,
    file: "src/events/merge.ts",
    from: `  ["${name}", `,
    what: `merge link: ${MERGE_LINK_WHAT[name] ?? name}`,
  })),
  {
    id: "merge:background",
    file: "src/events/merge.ts",
    from: "    else if (!c.background) groups.push([c]);\n",
    to: `    else if (!(c.background && ${A}.drop("merge:background"))) groups.push([c]);\n`,
    what: "background joins an event told as news or is dropped",
  },
  // the halves of readCandidate's rules that join two tests with || (each line is also a rule of its own), and the
  // five tests that mark a reading as background
  ...(
    [
      ["habitualFrame(ctx, match) || inNameOrIdiom(ctx, match)", "a habit / a name or idiom"],
      [
        "attackTarget(ctx, match) || unrealisedIntent(ctx, match)",
        "an attack's target / an unrealised intent",
      ],
      ["chargedAct(ctx, match) || lastOfItsKind(ctx)", "a charged act / the last of its kind"],
      [
        "pluperfectRecap(ctx, match) ||\n    elapsedSince(ctx, match) ||\n    caseOfEvent(ctx, match) ||\n    backThen(ctx, match)",
        "background (background.ts)",
      ],
    ] as const
  ).flatMap(([from, what]) => {
    const tests = from.split(/\s*\|\|\s*/);
    return tests.map((test) => {
      const name = test.slice(0, test.indexOf("("));
      const id = `detect:${name}`;
      return {
        id,
        file: "src/events/detect.ts",
        from: test,
        to: `(${test} && ${A}.drop("${id}"))`,
        what: `${name}, one half of: ${what}`,
      };
    });
  }),
];

/** The 1-based line of a site in the shipped file. */
const lineOf = (file: string, from: string) => {
  const text = readFileSync(join(repoRoot, file), "utf8");
  const at = text.indexOf(from);
  return at < 0 ? 0 : text.slice(0, at).split("\n").length;
};

const src = instrumentedSrc("marsad-ablation-");
src.patchReadCandidateNulls((line, first) =>
  line === first + 6 ? "return null;" : `{ if (${A}.drop("detect.ts:${line}")) return null; }`,
);
// (session 20) each `return null` of readModality too: the rules that read no modality (negation, a frame, a
// generic or planned reading …), one rule per line
src.patchFunctionNulls("readModality", (line) => `{ if (${A}.drop("detect.ts:${line}")) return null; }`);
// (a site with no `to` is only located: patching it to itself checks that its text is still there)
for (const s of sites) src.patch(s.file, s.from, s.to ?? s.from);
src.patch(
  "src/events/merge.ts",
  "  for (const [, link] of MERGE_LINKS) {\n    const g = link(groups, c);\n",
  `  for (const [name, link] of MERGE_LINKS) {\n    const g = ${A}.join("merge:" + name, () => link(groups, c));\n`,
);
// a rule passed over may leave readCandidate reading what it was guarding against: an article whose reading throws
// reads no candidate for that trigger (counted, and printed)
src.patch(
  "src/events/stage.ts",
  "      const c = readCandidate(ctx, match);\n",
  `      let c: ReturnType<typeof readCandidate> = null;
      try { c = readCandidate(ctx, match); } catch { ${A}.threw++; }\n`,
);

const driver = `
import { createDatesStage } from "./src/dates/stage.ts";
import { createDoc } from "./src/doc/doc.ts";
import { createNerStage } from "./src/ner/stage.ts";
import { buildPipeline } from "./src/pipeline/pipeline.ts";
import { createPlacesStage } from "./src/places/stage.ts";
import { textStage } from "./src/text/stage.ts";
import { goldArticleText, loadGold } from "./src/eval/events-io.ts";
import { parsePredictedEvents, rates, scoreDocument, sumCounts } from "./src/eval/events.ts";
import { applyConfidence, keptByFilter, loadConfidenceModel } from "./src/events/confidence.ts";
import { loadConfidenceCues } from "./src/events/confidence-features.ts";
import { loadCountries } from "./src/events/countries.ts";
import { loadEventLexicon } from "./src/events/lexicon.ts";
import { extractEvents } from "./src/events/stage.ts";
const abl = {
  off: new Set<string>(),
  fired: null as Map<string, number> | null,
  threw: 0,
  drop(id: string): boolean {
    if (this.fired) this.fired.set(id, (this.fired.get(id) ?? 0) + 1);
    return !this.off.has(id);
  },
  join<T>(id: string, f: () => T | undefined): T | undefined {
    if (this.off.has(id)) return undefined;
    const g = f();
    if (g !== undefined) this.drop(id);
    return g;
  },
};
(globalThis as any).__abl = abl;
const groups = ${JSON.stringify(GROUPS)};
const baseOff = ${JSON.stringify(baseOff)};
const only = ${JSON.stringify(only)};
const pipeline = buildPipeline([textStage, createNerStage(), createPlacesStage(), createDatesStage()]);
const res = { lexicon: loadEventLexicon(), countries: loadCountries() };
const model = loadConfidenceModel();
const featureRes = { lexicon: res.lexicon, cues: loadConfidenceCues() };
const articles: any[] = [];
for (const group of ["tune", "check"])
  for (const batch of groups[group])
    for (const gold of loadGold(${JSON.stringify(join(repoRoot, "test/fixtures"))} + "/events-" + batch)) {
      const doc = pipeline.run(createDoc({ id: gold.id, text: goldArticleText(gold), published: gold.key.published ?? null }));
      articles.push({ group, batch, gold, doc });
    }
const showTune = ${JSON.stringify(showTune)};
const shown: unknown[] = [];
let lastEvents: any[] = [];
const score = (a: any) => {
  const all = applyConfidence(a.doc, extractEvents(a.doc, res), model, featureRes, { keepAll: true });
  const passed = all.filter((e) => keptByFilter(e, e.confidence ?? 1, model!.threshold));
  if (abl.fired && passed.length < all.length) abl.fired.set("confidence:filter", all.length - passed.length);
  const kept = abl.off.has("confidence:filter") ? all : passed;
  lastEvents = kept;
  return scoreDocument(a.gold.key, parsePredictedEvents({ events: kept }, a.gold.id), a.gold.id);
};
const f1s = (scores: any[]) => {
  const by: Record<string, any[]> = {};
  articles.forEach((a, i) => (by[a.batch] ??= []).push(scores[i]));
  return Object.fromEntries(Object.entries(by).map(([b, s]) => [b, rates(sumCounts(s)).f1]));
};
abl.off = new Set(baseOff);
const firedIn: Map<string, number>[] = [];
const baseEvents: any[][] = [];
const base = articles.map((a) => {
  abl.fired = new Map();
  const s = score(a);
  baseEvents.push(lastEvents);
  firedIn.push(abl.fired);
  abl.fired = null;
  return s;
});
const baseThrew = abl.threw;
const fires: Record<string, { tune: number; check: number }> = {};
articles.forEach((a, i) => {
  for (const [id, n] of firedIn[i]) {
    fires[id] ??= { tune: 0, check: 0 };
    fires[id][a.group as "tune" | "check"] += n;
  }
});
const ids = (only.length ? only : Object.keys(fires)).filter((id) => !baseOff.includes(id));
const runs: Record<string, { f1: Record<string, number>; threw: number; articles: number }> = {};
for (const id of ids) {
  abl.off = new Set([...baseOff, id]);
  abl.threw = 0;
  let n = 0;
  const scores = articles.map((a, i) => (firedIn[i].has(id) ? (n++, score(a)) : base[i]));
  runs[id] = { f1: f1s(scores), threw: abl.threw, articles: n };
  if (id !== showTune) continue;
  const verdict = (d: any, i: number) =>
    d.pairs.some((p: any) => p.prediction === i) ? "paired" : d.duplicateIndices.includes(i) ? "duplicate" : d.spuriousIndices.includes(i) ? "spurious" : "absorbed";
  const line = (e: any, d: any, i: number) => e.type + " «" + e.trigger.text + "» " + verdict(d, i) + " [" + e.actors.map((x: any) => x.role + ":" + x.name_ar).join(" | ") + "] " + (e.location?.country ?? "");
  articles.forEach((a, i) => {
    if (a.group !== "tune" || !firedIn[i].has(id)) return;
    const d = scores[i];
    const b = base[i];
    if (d.paired === b.paired && d.spurious === b.spurious && d.duplicates === b.duplicates && d.merged === b.merged) return;
    score(a);
    const after = lastEvents.map((e: any, k: number) => line(e, d, k));
    const before = baseEvents[i].map((e: any, k: number) => line(e, b, k));
    shown.push({ batch: a.batch, id: a.gold.id, missed: [b.missed, d.missed], lost: before.filter((x: string) => !after.includes(x)), gained: after.filter((x: string) => !before.includes(x)) });
  });
}
console.log(JSON.stringify({ base: f1s(base), baseThrew, fires, runs, shown }));
`;

interface Out {
  base: Record<string, number>;
  baseThrew: number;
  fires: Record<string, { tune: number; check: number }>;
  runs: Record<string, { f1: Record<string, number>; threw: number; articles: number }>;
  shown: { batch: string; id: string; missed: number[]; lost: string[]; gained: string[] }[];
}
const out = src.runDriver<Out>(driver);

const sum = (f1: Record<string, number>, group: string) =>
  (GROUPS[group] ?? []).reduce((s, b) => s + (f1[b] ?? 0), 0);
const EPS = 1e-9;
const siteOf = new Map(sites.map((s) => [s.id, s]));
const where = (id: string): string => {
  if (id.startsWith("detect.ts:")) return id;
  if (id === "confidence:filter") return "confidence.ts";
  const s = siteOf.get(id);
  if (!s) return id;
  const at = `${s.file.replace("src/events/", "")}:${lineOf(s.file, s.from)}`;
  return id.startsWith("detect:") ? `${at} ${id.slice("detect:".length)}` : at;
};
const what = (id: string): string => {
  if (id.startsWith("detect.ts:")) return ruleSource(Number(id.slice("detect.ts:".length)), 110);
  if (id === "confidence:filter") return "the confidence filter (keptByFilter)";
  return siteOf.get(id)?.what ?? "";
};
const baseTune = sum(out.base, "tune");
const baseCheck = sum(out.base, "check");
const rows = Object.entries(out.runs).map(([id, r]) => {
  const moved = (group: string) => {
    const d = (GROUPS[group] ?? []).map((b) => (r.f1[b] ?? 0) - (out.base[b] ?? 0));
    return {
      up: d.filter((x) => x > EPS).length,
      down: d.filter((x) => x < -EPS).length,
      min: Math.min(...d),
    };
  };
  const tune = moved("tune");
  const check = moved("check");
  return {
    id,
    at: where(id),
    fires: out.fires[id] ?? { tune: 0, check: 0 },
    dTune: sum(r.f1, "tune") - baseTune,
    dCheck: sum(r.f1, "check") - baseCheck,
    tune,
    check,
    threw: r.threw,
    what: what(id),
  };
});
// the rules that never fired on these batches: readCandidate's lines with a `return null;` (not the guard), the sites
const detectLines = readFileSync(join(repoRoot, "src/events/detect.ts"), "utf8").split("\n");
const first = detectLines.findIndex((l) => l.startsWith("export function readCandidate"));
const last = detectLines.findIndex((l, i) => i > first && l.startsWith("}"));
const never = [
  ...detectLines
    .map((l, i) => (i > first + 6 && i <= last && l.includes("return null;") ? `detect.ts:${i + 1}` : ""))
    .filter(Boolean),
  ...sites.map((s) => s.id),
].filter((id) => !out.fires[id]);

if (showTune) {
  for (const x of out.shown) {
    console.log(`${x.batch} ${x.id}  missed ${x.missed[0]} -> ${x.missed[1]}`);
    for (const l of x.lost) console.log(`   - ${l}`);
    for (const l of x.gained) console.log(`   + ${l}`);
  }
  console.log("");
}
if (json) {
  console.log(JSON.stringify({ baseTune, baseCheck, baseThrew: out.baseThrew, rows, never }, null, 1));
} else {
  console.log(
    `baseline${baseOff.length ? ` (off: ${baseOff.join(", ")})` : ""}: TUNE ${baseTune.toFixed(3)} CHECK ${baseCheck.toFixed(3)}`,
  );
  console.log(
    "rule switched off                  fires T/C   ΔTUNE    ΔCHECK  TUNE up/dn  CHECK up/dn  worst CHECK  source",
  );
  rows.sort((a, b) => b.dTune + b.dCheck - (a.dTune + a.dCheck));
  for (const r of rows)
    console.log(
      [
        r.at.padEnd(34),
        `${r.fires.tune}/${r.fires.check}`.padStart(9),
        r.dTune.toFixed(4).padStart(8),
        r.dCheck.toFixed(4).padStart(8),
        `${r.tune.up}/${r.tune.down}`.padStart(10),
        `${r.check.up}/${r.check.down}`.padStart(11),
        r.check.min.toFixed(4).padStart(11),
        ` ${r.threw ? `[threw ${r.threw}] ` : ""}${r.what}`,
      ].join(" "),
    );
  console.log(`\nnever fired on TUNE or CHECK: ${never.join(", ") || "none"}`);
  const idle = rows.filter((r) => r.tune.up + r.tune.down + r.check.up + r.check.down === 0).map((r) => r.at);
  console.log(`fired but switching off changes no batch: ${idle.join(", ") || "none"}`);
}
