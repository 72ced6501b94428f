import type { Doc } from "../doc/types.ts";
import type { Stage } from "../pipeline/pipeline.ts";
import { loadLexicons } from "../places/lexicons.ts";
import { loadEventHeads, type ReconcileResources, reconcileEntities } from "./reconcile.ts";

/**
 * The entities stage: after the places/actors stage, settles each entity's type and extent by what the lexicons
 * know and leaves no two entities overlapping (see reconcile.ts). It rewrites only `entities`; the CoNLL tagger
 * output (`marsad ner --conll`, `marsad eval ner`) never passes through it.
 */
export function createEntitiesStage(resources?: ReconcileResources): Stage {
  const res = resources ?? { lex: loadLexicons(), eventHeads: loadEventHeads() };
  return {
    name: "entities",
    requires: ["tokens", "entities", "places"],
    assigns: ["entities"],
    run(doc: Doc): Doc {
      return { ...doc, entities: reconcileEntities(doc, res) };
    },
  };
}
