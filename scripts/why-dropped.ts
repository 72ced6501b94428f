// Which rule of readCandidate drops each trigger of a sentence written by hand (session 20): a debugging aid for
// writing rules and their tests. It copies `src/` (instrumented-src.ts), makes each `return null` of readCandidate
// and readModality record its line, and prints every trigger with its fate.
// Usage: node --import tsx scripts/why-dropped.ts "جملة عربية …" ["جملة أخرى" …]
import { instrumentedSrc, ruleSource } from "./instrumented-src.ts";

const sentences = process.argv.slice(2);
const src = instrumentedSrc("marsad-why-");
src.traceTriggerFates("modality: c?.modality");
const driver = `
import { eventsOf } from "./src/events/fixtures.ts";
const g = globalThis as any;
const out: unknown[] = [];
for (const s of ${JSON.stringify(sentences)}) {
  g.__trace = [];
  const events = eventsOf(s).map((e) => [e.type, e.modality, e.trigger?.text, e.actors.map((a) => a.role + ":" + a.name_ar).join(" | ")]);
  out.push({ s, trace: g.__trace, events });
}
console.log(JSON.stringify(out));
`;
interface Out {
  s: string;
  trace: { word: string; type: string; drop: number | null; mod: number | null; modality?: string }[];
  events: string[][];
}
for (const o of src.runDriver<Out[]>(driver)) {
  console.log(o.s);
  for (const t of o.trace)
    console.log(
      `  ${t.word} ${t.type} → ${t.drop === null ? `candidate (${t.modality})` : `dropped at ${t.drop}${t.mod ? `/${t.mod}` : ""}  ${ruleSource(t.mod ?? t.drop, 90)}`}`,
    );
  for (const e of o.events) console.log(`  = ${e.join(" ")}`);
}
