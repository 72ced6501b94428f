// The dev batches' event F1 in one process (one analyser, loaded once), per batch and summed per group: the figure
// each rule change is judged by (README "Events", the landing rule: the TUNE and CHECK sums both rise, no CHECK batch
// falls more than 0.01). Same scoring as `marsad eval events test/fixtures/events-devK --run`, without starting 39
// processes — on a two-core machine shared with other work that took ~50 minutes, this takes a few.
// Usage:
//   node --import tsx scripts/score-groups.ts            TUNE and CHECK, per batch and summed
//   node --import tsx scripts/score-groups.ts tune       one group (tune | check | blind)
//   node --import tsx scripts/score-groups.ts dev38 dev39   named batches (a blind batch: read the totals only)
//   … --json                                            machine-readable (batch → P, R, F1)
//   … --rows                                            README table rows (articles, scored events, P, R, F1, fields)
import { createAnalyser } from "../src/analyse.ts";
import type { EventCounts, Rates } from "../src/eval/events.ts";
import { loadGold } from "../src/eval/events-io.ts";
import { predictWith, scoreSet } from "../src/eval/events-run.ts";
import { repoRoot } from "../src/paths.ts";
import { GROUPS } from "./dev-groups.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const rows = args.includes("--rows");
const named = args.filter((a) => a !== "--json" && a !== "--rows");
const groups: [string, string[]][] = named.length
  ? named.every((a) => a in GROUPS)
    ? named.map((g) => [g, GROUPS[g]!])
    : [["batches", named]]
  : [
      ["tune", GROUPS.tune!],
      ["check", GROUPS.check!],
    ];

const analyse = await createAnalyser();
const out: Record<string, { p: number; r: number; f1: number }> = {};
for (const [group, batches] of groups) {
  let sum = 0;
  for (const b of batches) {
    const golds = loadGold(`${repoRoot}/test/fixtures/events-${b}`);
    const { rates, total } = scoreSet(golds, predictWith(analyse, golds));
    out[b] = { p: rates.precision, r: rates.recall, f1: rates.f1 };
    sum += rates.f1;
    if (rows) console.log(tableRow(b, golds.length, total, rates));
    else if (!json)
      console.log(
        `${b.padEnd(6)} P ${rates.precision.toFixed(3)} R ${rates.recall.toFixed(3)} F1 ${rates.f1.toFixed(3)}`,
      );
  }
  if (!json && !rows) console.log(`${group} sum (${batches.length}): ${sum.toFixed(3)}\n`);
}
if (json) console.log(JSON.stringify(out, null, 2));

/** A row of README's figures table: `| dev | 49 | 87 | 0.872 | 0.816 | **0.843** | 0.853 (date 0.93, …) |`. */
function tableRow(batch: string, articles: number, total: EventCounts, rates: Rates): string {
  const f = total.fields;
  const share = (k: keyof typeof f) => (f[k].total ? (f[k].correct / f[k].total).toFixed(2) : "-");
  const count = (k: keyof typeof f) => `${f[k].correct}/${f[k].total}`;
  const fields = `${rates.overallFieldAccuracy?.toFixed(3) ?? "-"} (date ${share("date")}, fatalities ${count("fatalities")}, modality ${share("modality")}, attribution ${share("attribution")}, location ${count("location")})`;
  const r3 = (x: number) => x.toFixed(3);
  return `| ${batch} | ${articles} | ${total.gold} | ${r3(rates.precision)} | ${r3(rates.recall)} | **${r3(rates.f1)}** | ${fields} |`;
}
