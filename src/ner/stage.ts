// The NER stage: tags each sentence's tokens (as whole words, clitics attached, the way ANERcorp writes them)
// and turns B/I runs into entity spans that leave out leading proclitics: in "وبالقاهرة" the entity is
// "القاهرة", in "ومصر" it is "مصر". The article ال stays inside the name.
import type { Doc, Entity, EntityType, Token } from "../doc/types.ts";
import type { Stage } from "../pipeline/pipeline.ts";
import { chunks } from "./conll.ts";
import { foldWord } from "./fold.ts";
import { loadTagger, type NerTagger } from "./tagger.ts";

/** Where the name starts inside the token: after conjunction and preposition parts, if any stem follows. */
function nameStart(token: Token): number {
  let start = token.start;
  for (const part of token.parts ?? []) {
    if (part.tag !== "conj" && part.tag !== "prep") break;
    start = part.end;
  }
  return start < token.end ? start : token.start;
}

function sentencesOf(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (last && last[0].sentence === token.sentence) last.push(token);
    else out.push([token]);
  }
  return out;
}

export function findEntities(doc: Doc, tagger: NerTagger): Entity[] {
  const entities: Entity[] = [];
  const titles = tagger.resources.cues;
  const tokens = doc.tokens ?? [];
  const sentences = sentencesOf(tokens);
  const tagged = tagger.tagTokens(tokens, sentences);
  sentences.forEach((sentence, s) => {
    for (const chunk of chunks(tagged[s])) {
      const isTitle = (t: Token | undefined) => t !== undefined && titles.get(foldWord(t.text)) === "TITLE";
      let from = chunk.start;
      // Titles are roles, not part of the name: "اللواء المتقاعد خليفة حفتر" → role "اللواء المتقاعد".
      if (chunk.type === "PERS") while (from < chunk.end - 1 && isTitle(sentence[from])) from++;
      let roleFrom = from;
      if (chunk.type === "PERS")
        while (roleFrom > 0 && from - roleFrom < 3 && isTitle(sentence[roleFrom - 1])) roleFrom--;
      const first = sentence[from];
      const last = sentence[chunk.end - 1];
      const start = nameStart(first);
      const entity: Entity = {
        start,
        end: last.end,
        text: doc.text.slice(start, last.end),
        type: chunk.type as EntityType,
      };
      if (roleFrom < from) {
        const roleStart = nameStart(sentence[roleFrom]);
        entity.role = doc.text.slice(roleStart, sentence[from - 1].end);
      }
      entities.push(entity);
    }
  });
  return entities;
}

export function createNerStage(tagger: NerTagger = loadTagger()): Stage {
  return {
    name: "ner",
    requires: ["tokens"],
    assigns: ["entities"],
    run: (doc) => ({ ...doc, entities: findEntities(doc, tagger) }),
  };
}
