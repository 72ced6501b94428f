// Near misses: a missed scored gold event with a kept, unpaired (spurious) prediction in its sentences that fails to
// fit it by its type, its country or its actors only (session 17's table, README "Session 17"). Each such pair that a
// fix makes fit turns one spurious and one missed event into a pair. A miss is counted once, under the class of its
// closest prediction (fewest failing parts): "type", "country", "actor", or a combination such as "country+actor".
// Usage (TUNE batches only: never a CHECK batch, a blind one or the test split, whose errors must not be read):
//   node --import tsx scripts/near-misses.ts dev dev3 dev5 … [--show CLASS|all]
import { createAnalyser } from "../src/analyse.ts";
import { actorMatchesKey, parsePredictedEvents, scoreDocument } from "../src/eval/events.ts";
import { goldArticleText, loadGold } from "../src/eval/events-io.ts";
import { repoRoot } from "../src/paths.ts";
import { splitSentences } from "../src/text/sentences.ts";
import { countCauses } from "./cause-counts.ts";

const args = process.argv.slice(2);
const showAt = args.indexOf("--show");
const show = showAt >= 0 ? args[showAt + 1] : undefined;
const batches = showAt < 0 ? args : args.filter((_, i) => i !== showAt && i !== showAt + 1);
if (!batches.length) throw new Error("name the TUNE batches: dev dev3 …");

const analyse = await createAnalyser();
const rows: { batch: string; cls: string; line: string }[] = [];
for (const b of batches) {
  for (const gold of loadGold(`${repoRoot}/test/fixtures/events-${b}`)) {
    const text = goldArticleText(gold);
    const doc = analyse({ id: gold.id, text, published: gold.key.published ?? null });
    const preds = parsePredictedEvents({ events: doc.events ?? [] }, gold.id);
    const score = scoreDocument(gold.key, preds, gold.id);
    const sentences = splitSentences(text);
    const sentenceOf = (o: number) => sentences.findIndex((s) => o >= s.start && o < s.end);
    for (const id of score.missedIds) {
      const ev = gold.key.events.find((e) => e.id === id)!;
      const keys = [...(ev.actors?.actor1 ?? []), ...(ev.actors?.actor2 ?? [])];
      const countries = ev.location?.country ?? [];
      const near = score.spuriousIndices.flatMap((i) => {
        const p = preds[i]!;
        if (!p.trigger || !(ev.sentences ?? []).includes(sentenceOf(p.trigger.start))) return [];
        const fails = [
          ev.type.includes(p.type) ? "" : "type",
          !countries.length || countries.includes(p.location?.country ?? null) ? "" : "country",
          !keys.length ||
          (p.actors ?? []).some((a) => keys.some((k) => actorMatchesKey(a, k, gold.key.actors[k]!)))
            ? ""
            : "actor",
        ].filter(Boolean);
        const actors = (p.actors ?? []).map((a) => `${a.role}:${a.name_ar}(${a.country ?? "-"})`).join("; ");
        return [{ fails, text: `${p.type} «${p.trigger.text}» ${p.location?.country ?? "-"} [${actors}]` }];
      });
      near.sort((x, y) => x.fails.length - y.fails.length);
      const cls = near.length ? near[0]!.fails.join("+") || "fits?" : "no spurious prediction there";
      const gk = keys
        .map((k) => `${k}:${gold.key.actors[k]?.aliases_ar[0] ?? ""}(${gold.key.actors[k]?.country ?? "-"})`)
        .join("; ");
      const sents = (ev.sentences ?? [])
        .map((s) => (sentences[s] ? text.slice(sentences[s]!.start, sentences[s]!.end) : ""))
        .join(" | ");
      const line = `${b} ${gold.id} ${id} ${ev.type.join("/")} (${countries.join("/")}) [${gk}]: ${ev.summary}\n  ${sents}\n${near.map((x) => `    ${x.fails.join("+") || "-"}: ${x.text}`).join("\n")}`;
      rows.push({ batch: b, cls, line });
    }
  }
}
console.log(`${rows.length} missed scored gold events`);
for (const [k, e] of countCauses(rows.map((r) => [r.cls, r.batch] as const)))
  console.log(`${String(e.misses).padStart(6)}  ${String(e.batches.size).padStart(3)} batches  ${k}`);
if (show) for (const r of rows.filter((x) => show === "all" || x.cls === show)) console.log(`\n${r.line}`);
