// The learned statement typer (src/events/statement-typer.ts), judged leave-one-batch-out over the 39 dev batches.
//   node --import tsx scripts/statement-typer.ts record            cache each eligible sentence's features and labels
//                                                                   (/tmp/statement-typer-cache.json; the pipeline
//                                                                   without proposals, once)
//   node --import tsx scripts/statement-typer.ts lobo [tune|check] [--t 0.5] [--lambda 0.001] [--size 4096]
//        [--no-pairs] [--no-verb]   each batch's proposals from a typer trained on the other 38, scored with
//                                   predictWith / scoreSet; per batch F1 and the group sum (check: totals only)
//   node --import tsx scripts/statement-typer.ts train --out data/events/statement-typer.json   all 39 batches
// Labels: a sentence is positive for a type when a scored gold event of that type lists it, negative when no event
// of that type does, left out when only an optional one does.
import { readFileSync, writeFileSync } from "node:fs";
import { createAnalyser } from "../src/analyse.ts";
import type { EventType } from "../src/doc/types.ts";
import { loadGold } from "../src/eval/events-io.ts";
import { predictWith, scoreSet } from "../src/eval/events-run.ts";
import {
  STATEMENT_TYPES,
  type StatementExample,
  type StatementHook,
  type StatementTyper,
  serialiseTyper,
  statementFeatures,
  trainStatementTyper,
  typerHook,
} from "../src/events/statement-typer.ts";
import { repoRoot } from "../src/paths.ts";
import { GROUPS } from "./dev-groups.ts";

const CACHE = "/tmp/statement-typer-cache.json";
const args = process.argv.slice(2);
const mode = args[0];
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const all = [...(GROUPS.tune ?? []), ...(GROUPS.check ?? [])];
const dirOf = (b: string) => `${repoRoot}/test/fixtures/events-${b}`;

interface Cached {
  batch: string;
  id: string;
  sentence: number;
  features: string[];
  has: EventType[];
  labels: Partial<Record<EventType, 0 | 1 | null>>;
}

/** The labels of one sentence of one key. */
function labelsOf(
  events: { type: string[]; sentences?: number[]; optional?: boolean }[],
  sentence: number,
): Partial<Record<EventType, 0 | 1 | null>> {
  const out: Partial<Record<EventType, 0 | 1 | null>> = {};
  for (const type of STATEMENT_TYPES) {
    const here = events.filter((e) => e.type.includes(type) && (e.sentences ?? []).includes(sentence));
    out[type] = here.some((e) => !e.optional) ? 1 : here.length ? null : 0;
  }
  return out;
}

let hook: StatementHook = () => [];
const analyse = await createAnalyser({ events: { statements: (s, id, i) => hook(s, id, i) } });

if (mode === "record") {
  const cache: Cached[] = [];
  for (const batch of all) {
    const golds = loadGold(dirOf(batch));
    const byId = new Map(golds.map((g) => [g.id, g.key]));
    hook = (s, id, sentence) => {
      const key = byId.get(id);
      if (key)
        cache.push({
          batch,
          id,
          sentence,
          features: statementFeatures(s),
          has: s.has ?? [],
          labels: labelsOf(key.events, sentence),
        });
      return [];
    };
    predictWith(analyse, golds);
  }
  writeFileSync(CACHE, JSON.stringify(cache));
  const pos = STATEMENT_TYPES.map((t) => `${t} ${cache.filter((c) => c.labels[t] === 1).length}`).join(", ");
  console.log(`${cache.length} sentences cached (${pos}) → ${CACHE}`);
} else {
  const cache: Cached[] = JSON.parse(readFileSync(CACHE, "utf8"));
  const pairs = !args.includes("--no-pairs");
  const verb = !args.includes("--no-verb");
  const open = args.includes("--open");
  const options = {
    size: opt("size", 4096),
    lambda: opt("lambda", 0.001),
    threshold: opt("t", 0.5),
    pairs,
    verb,
  };
  const keep = (f: string) => (pairs || !f.startsWith("b|")) && (verb || !f.startsWith("v|"));
  const examples = (rows: Cached[]): StatementExample[] =>
    rows.map((c) => ({
      features: c.features.filter(keep),
      // --open: learn only where a proposal could be made (the pipeline has no event of that type there)
      labels: open
        ? Object.fromEntries(
            Object.entries(c.labels).map(([t, y]) => [t, c.has.includes(t as EventType) ? null : y]),
          )
        : c.labels,
    }));
  if (mode === "train") {
    const typer = trainStatementTyper(examples(cache), options);
    const i = args.indexOf("--out");
    const out = i >= 0 ? (args[i + 1] as string) : "data/events/statement-typer.json";
    writeFileSync(out, `${JSON.stringify(serialiseTyper(typer))}\n`);
    console.log(`trained on ${cache.length} sentences → ${out}`);
  } else if (mode === "lobo") {
    const group = args[1] && args[1] in GROUPS ? args[1] : "tune";
    const batches = GROUPS[group] ?? [];
    const json = args.includes("--json");
    let sum = 0;
    const out: Record<string, number> = {};
    for (const batch of batches) {
      const typer: StatementTyper = trainStatementTyper(
        examples(cache.filter((c) => c.batch !== batch)),
        options,
      );
      hook = typerHook(typer);
      const golds = loadGold(dirOf(batch));
      const { rates } = scoreSet(golds, predictWith(analyse, golds));
      out[batch] = rates.f1;
      sum += rates.f1;
      if (!json) console.log(`${batch.padEnd(6)} F1 ${rates.f1.toFixed(3)}`);
    }
    if (json) console.log(JSON.stringify(out));
    console.log(`${group} LOBO sum (${batches.length}): ${sum.toFixed(3)}  ${JSON.stringify(options)}`);
  } else {
    console.error("usage: statement-typer.ts record | lobo [tune|check] [--t p] | train [--out file]");
    process.exit(1);
  }
}
