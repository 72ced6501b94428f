// Why the TUNE batches' gold events are missed, by argument: a script for the cause table of README's "Session 14"
// paragraph (Events). It runs the pipeline with the confidence filter off on each batch named and sorts every missed
// scored gold event (missed with the filter on) by the predictions of a gold type read in its sentences:
//   no gold-type prediction   none (never detected, or dropped: scripts/miss-causes.ts tells which rule dropped it)
//   fits, filtered            one fits the event but the confidence filter removed it
//   fits, used elsewhere      one fits but was paired with another gold event, or merged into another prediction
//   country only              one has a fitting actor but the wrong country
//   actor only                one has the right country but no fitting actor
//   country and actor         both wrong
// Statements (ACCUSE, REJECT, REQUEST, THREATEN as the first gold type) are counted apart.
// Usage (TUNE batches only: never a CHECK batch, a blind one or the test split, whose errors must not be read):
//   node --import tsx scripts/arg-causes.ts dev dev3 dev5 … [--show CLASS]
import { createAnalyser } from "../src/analyse.ts";
import { actorMatchesKey, parsePredictedEvents, scoreDocument } from "../src/eval/events.ts";
import { goldArticleText, loadGold } from "../src/eval/events-io.ts";
import { keptByFilter, loadConfidenceModel } from "../src/events/confidence.ts";
import { repoRoot } from "../src/paths.ts";
import { splitSentences } from "../src/text/sentences.ts";
import { countCauses } from "./cause-counts.ts";

const args = process.argv.slice(2);
const showAt = args.indexOf("--show");
const show = showAt >= 0 ? args[showAt + 1] : undefined;
const batches = showAt < 0 ? args : args.filter((_, i) => i !== showAt && i !== showAt + 1);
if (!batches.length) throw new Error("name the TUNE batches: dev dev3 …");

const STATEMENTS = new Set(["ACCUSE", "REJECT", "REQUEST", "THREATEN"]);
const analyse = await createAnalyser({ events: { keepAll: true } });
const threshold = loadConfidenceModel()?.threshold ?? 0;
const rows: { batch: string; statement: boolean; cls: string; line: string }[] = [];
for (const b of batches) {
  for (const gold of loadGold(`${repoRoot}/test/fixtures/events-${b}`)) {
    const text = goldArticleText(gold);
    const doc = analyse({ id: gold.id, text, published: gold.key.published ?? null });
    const all = parsePredictedEvents({ events: doc.events ?? [] }, gold.id);
    const kept = all.map((_, i) => keptByFilter(doc.events![i]!, doc.events![i]!.confidence ?? 1, threshold));
    const on = scoreDocument(
      gold.key,
      all.filter((_, i) => kept[i]),
      gold.id,
    );
    const sentences = splitSentences(text);
    const sentenceOf = (o: number) => sentences.findIndex((s) => o >= s.start && o < s.end);
    for (const id of on.missedIds) {
      const ev = gold.key.events.find((e) => e.id === id)!;
      const keys = [...(ev.actors?.actor1 ?? []), ...(ev.actors?.actor2 ?? [])];
      const countries = ev.location?.country ?? [];
      const preds = all.flatMap((p, i) => {
        if (!p.trigger || !ev.type.includes(p.type)) return [];
        if (!(ev.sentences ?? []).includes(sentenceOf(p.trigger.start))) return [];
        const country = !countries.length || countries.includes(p.location?.country ?? null);
        const actor =
          !keys.length ||
          (p.actors ?? []).some((a) => keys.some((k) => actorMatchesKey(a, k, gold.key.actors[k]!)));
        const actors = (p.actors ?? []).map((a) => `${a.role}:${a.name_ar}(${a.country ?? "-"})`).join("; ");
        return [
          {
            kept: kept[i],
            country,
            actor,
            text: `${p.type} «${p.trigger.text}» ${p.location?.country ?? "-"} [${actors}]`,
          },
        ];
      });
      const cls = preds.some((x) => x.country && x.actor && !x.kept)
        ? "fits, filtered"
        : preds.some((x) => x.country && x.actor)
          ? "fits, used elsewhere"
          : preds.some((x) => x.actor)
            ? "country only"
            : preds.some((x) => x.country)
              ? "actor only"
              : preds.length
                ? "country and actor"
                : "no gold-type prediction";
      const gk = keys.map((k) => `${k}:${gold.key.actors[k]?.aliases_ar[0] ?? ""}`).join("; ");
      const line = `${b} ${gold.id} ${id} ${ev.type.join("/")} (${countries.join("/")}) [${gk}]: ${ev.summary}\n${preds.map((x) => `    ${x.text}`).join("\n")}`;
      rows.push({ batch: b, statement: STATEMENTS.has(ev.type[0] ?? ""), cls, line });
    }
  }
}
for (const statement of [false, true]) {
  const part = rows.filter((r) => r.statement === statement);
  console.log(`\n${statement ? "statements" : "other events"}: ${part.length} missed scored gold events`);
  for (const [k, e] of countCauses(part.map((r) => [r.cls, r.batch] as const)))
    console.log(`${String(e.misses).padStart(6)}  ${String(e.batches.size).padStart(3)} batches  ${k}`);
}
if (show) for (const r of rows.filter((x) => x.cls === show)) console.log(`\n${r.line}`);
