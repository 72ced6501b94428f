// Dumps every unpaired prediction (spurious or duplicate) of the given event batches, with its sentence and the
// missed gold event that names it as its nearest prediction, as JSON lines (for a cause table of spurious events).
// Usage: node --import tsx scripts/spurious-dump.ts test/fixtures/events-dev28 [...] > out.jsonl
import { goldArticleText, loadGold } from "../src/eval/events-io.ts";
import { predictWithAnalyser, scoreSet } from "../src/eval/events-run.ts";
import { explainMisses } from "../src/eval/near-miss.ts";
import { splitSentences } from "../src/text/sentences.ts";

for (const dir of process.argv.slice(2)) {
  const golds = loadGold(dir);
  const predictions = await predictWithAnalyser(golds);
  const score = scoreSet(golds, predictions);
  golds.forEach((g, i) => {
    const text = goldArticleText(g);
    const sentences = splitSentences(text);
    const doc = score.documents[i];
    const misses = explainMisses(g.key, predictions[i], doc, sentences);
    const sentenceOf = (pos: number | undefined) =>
      pos === undefined ? -1 : sentences.findIndex((s) => s.start <= pos && pos < s.end);
    const pairedOf = new Map(doc.pairs.map((x) => [x.prediction, x.gold]));
    const all = process.env.ALL_PREDICTIONS === "1";
    const indices = all ? predictions[i].map((_, k) => k) : [...doc.duplicateIndices, ...doc.spuriousIndices];
    for (const pi of indices) {
      const p = predictions[i][pi];
      const si = sentenceOf(p.trigger?.start);
      const named = misses.filter((m) => m.prediction === pi);
      const goldHere = g.key.events.filter((e) => (e.sentences ?? []).includes(si));
      process.stdout.write(
        `${JSON.stringify({
          batch: dir.split("events-")[1],
          doc: g.id,
          pi,
          status: doc.duplicateIndices.includes(pi)
            ? "duplicate"
            : doc.spuriousIndices.includes(pi)
              ? "spurious"
              : pairedOf.has(pi)
                ? `paired:${pairedOf.get(pi)}`
                : "other",
          type: p.type,
          mode: p.mode,
          trigger: p.trigger?.text,
          modality: p.modality,
          actors: (p.actors ?? []).map((a) => `${a.role}:${a.name_ar}(${a.kind ?? ""},${a.country ?? ""})`),
          country: p.location?.country ?? null,
          date: p.date?.value ?? null,
          published: g.key.published ?? null,
          si,
          sentence: si >= 0 ? text.slice(sentences[si].start, sentences[si].end) : "",
          named: named.map((m) => ({ gold: m.gold, same: m.sameSentence, failed: Object.keys(m.failed) })),
          goldHere: goldHere.map((e) => ({
            id: e.id,
            type: e.type,
            optional: e.optional ?? false,
            summary: e.summary,
          })),
        })}\n`,
      );
    }
  });
}
