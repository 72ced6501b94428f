import type { Doc } from "../doc/types.ts";
import type { Stage } from "../pipeline/pipeline.ts";
import { type Lexicons, loadLexicons } from "./lexicons.ts";
import { linkDoc } from "./link.ts";

/**
 * Links actors and places: runs after the text stage and, when present, after NER (whose entities it
 * links and completes); assigns `places` and fills `entity.canonical` and `entity.role`.
 */
export function createPlacesStage(lexicons?: Lexicons): Stage {
  const lex = lexicons ?? loadLexicons();
  return {
    name: "places",
    requires: ["tokens"],
    assigns: ["entities", "places"],
    run(doc: Doc): Doc {
      const { entities, places, issues } = linkDoc(doc, lex);
      return { ...doc, entities, places, issues: [...doc.issues, ...issues] };
    },
  };
}
