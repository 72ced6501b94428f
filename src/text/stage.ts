import type { Doc } from "../doc/types.ts";
import type { Stage } from "../pipeline/pipeline.ts";
import { defaultTextLexicon, type TextLexicon } from "./lexicon.ts";
import { splitSentences } from "./sentences.ts";
import { tokenise } from "./tokens.ts";

/** The text stage with a given lexicon (tests build small ones); `textStage` uses the shipped one. */
export function createTextStage(lexicon?: TextLexicon): Stage {
  return {
    name: "text",
    requires: [],
    assigns: ["sentences", "tokens"],
    run(doc: Doc): Doc {
      const sentences = splitSentences(doc.text);
      const tokens = tokenise(doc.text, sentences, lexicon ?? defaultTextLexicon());
      return { ...doc, sentences, tokens };
    },
  };
}

/** Sentences and tokens (with clitic parts, norms, keys and number values) over the untouched doc.text. */
export const textStage: Stage = createTextStage();
