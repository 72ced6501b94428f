// What the entities stage (src/entities) changes, measured against the places stage's entities:
//   node --import tsx scripts/entities-effect.ts [--list] DIR…   answer-key folders (*.ar.txt): counts, and each change
//   node --import tsx scripts/entities-effect.ts --corpora       entity F1 on ANERcorp's dev split and the Wojood sample
// The F1 counts a predicted entity right when its type is the gold one, it ends where the gold one ends, and it starts
// in the gold one's first word (the pipeline leaves proclitics out; the corpora keep them in the word).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDoc } from "../src/doc/doc.ts";
import type { Doc, Entity } from "../src/doc/types.ts";
import { createEntitiesStage } from "../src/entities/stage.ts";
import { chunks } from "../src/ner/conll.ts";
import { type CorpusName, loadCorpus, splitDev } from "../src/ner/corpora.ts";
import { createNerStage } from "../src/ner/stage.ts";
import { sharedDir } from "../src/paths.ts";
import { createPlacesStage } from "../src/places/stage.ts";
import { textStage } from "../src/text/stage.ts";

const { values, positionals } = parseArgs({
  options: { corpora: { type: "boolean" }, list: { type: "boolean" } },
  allowPositionals: true,
});
const ner = createNerStage();
const places = createPlacesStage();
const entities = createEntitiesStage();

/** The tagger's Doc, the places stage's and the entities stage's. */
function stagesOf(text: string, published: string | null = null): [Doc, Doc, Doc] {
  const tagged = ner.run(textStage.run(createDoc({ text, published })));
  const linked = places.run(tagged);
  return [tagged, linked, entities.run(linked)];
}

const key = (e: Entity) => `${e.start} ${e.end} ${e.type}`;

function folderEffect(dirs: string[], list: boolean): void {
  let before = 0;
  let after = 0;
  let changed = 0;
  let articles = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".ar.txt"))
      .sort()) {
      const text = readFileSync(join(dir, file), "utf8");
      const goldPath = join(dir, file.replace(/\.ar\.txt$/, ".gold.json"));
      let published: string | null = null;
      try {
        published = (JSON.parse(readFileSync(goldPath, "utf8")) as { published?: string }).published ?? null;
      } catch {}
      const [, linked, reconciled] = stagesOf(text, published);
      const was = linked.entities ?? [];
      const now = reconciled.entities ?? [];
      articles++;
      before += was.length;
      after += now.length;
      const kept = new Set(now.map(key));
      const old = new Set(was.map(key));
      for (const e of was) {
        if (kept.has(key(e))) continue;
        changed++;
        const into = now.filter((n) => n.start < e.end && e.start < n.end);
        if (list)
          console.log(
            `${file}\t${e.type} ${e.text}\t→ ${into.map((n) => `${n.type} ${n.text}`).join(", ") || "(none)"}`,
          );
      }
      for (const n of now) {
        if (old.has(key(n)) || was.some((e) => e.start < n.end && n.start < e.end)) continue;
        changed++;
        if (list) console.log(`${file}\t(none)\t→ ${n.type} ${n.text}`);
      }
    }
  }
  console.log(`${articles} articles: ${before} → ${after} entities, ${changed} changed, removed or added`);
}

interface Gold {
  start: number;
  firstEnd: number;
  end: number;
  type: string;
}

function corporaF1(): void {
  for (const corpus of ["anercorp", "wojood"] as CorpusName[]) {
    let sentences = loadCorpus(sharedDir(), corpus);
    if (corpus === "anercorp") sentences = splitDev(sentences).dev;
    const names = ["tagger", "places", "entities"];
    const tp = [0, 0, 0];
    const predicted = [0, 0, 0];
    let gold = 0;
    for (let b = 0; b < sentences.length; b += 20) {
      let text = "";
      const golds: Gold[] = [];
      for (const s of sentences.slice(b, b + 20)) {
        const offsets: [number, number][] = [];
        s.tokens.forEach((t, i) => {
          if (i) text += " ";
          offsets.push([text.length, text.length + t.length]);
          text += t;
        });
        for (const c of chunks(s.tags))
          golds.push({
            start: offsets[c.start][0],
            firstEnd: offsets[c.start][1],
            end: offsets[c.end - 1][1],
            type: c.type,
          });
        text += "\n";
      }
      gold += golds.length;
      stagesOf(text).forEach((doc, k) => {
        const used = new Set<Gold>();
        for (const e of doc.entities ?? []) {
          predicted[k]++;
          const g = golds.find(
            (g) =>
              !used.has(g) &&
              g.type === e.type &&
              g.end === e.end &&
              e.start >= g.start &&
              e.start < g.firstEnd,
          );
          if (g) {
            used.add(g);
            tp[k]++;
          }
        }
      });
    }
    names.forEach((name, k) => {
      const p = tp[k] / predicted[k];
      const r = tp[k] / gold;
      const f1 = (2 * p * r) / (p + r);
      console.log(
        `${corpus}\t${name}\tP ${(100 * p).toFixed(2)}\tR ${(100 * r).toFixed(2)}\tF1 ${(100 * f1).toFixed(2)}\t(${gold} gold)`,
      );
    });
  }
}

if (values.corpora) corporaF1();
if (positionals.length > 0) folderEffect(positionals, values.list ?? false);
if (!values.corpora && positionals.length === 0) {
  console.error("usage: entities-effect.ts [--list] DIR… | --corpora");
  process.exit(1);
}
