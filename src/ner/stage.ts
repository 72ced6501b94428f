// The NER stage: tags each sentence's tokens (as whole words, clitics attached, the way ANERcorp writes them)
// and turns B/I runs into entity spans that leave out leading proclitics: in "وبالقاهرة" the entity is
// "القاهرة", in "ومصر" it is "مصر". The article ال stays inside the name.
import type { Doc, Entity, EntityType, Token } from "../doc/types.ts";
import type { Stage } from "../pipeline/pipeline.ts";
import { type Chunk, chunks } from "./conll.ts";
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

const GOD = foldWord("الله");
/**
 * First parts of a name compounded with الله (عبد الله، فضل الله، فتح الله، نصر الله، ذبيح الله، حزب الله); not بيت (بيت الله
 * الحرام is the Kaaba) nor the words of a phrase about God (إن شاء الله، نسأل الله، رحمه الله).
 */
const THEOPHORIC_FIRST = new Set(
  "عبد فضل فتح نصر سيف حكيم ذبيح أسد قريب كرم عطا عطاء جار ضيف خير رزق جاب عوض حسب هبة نعمة عون حرز ولي حمد شكر حبيب سعد فرج جاد خلف حزب جند أنصار"
    .split(" ")
    .map(foldWord),
);
/** …of which these make a body's name, not a person's. */
const THEOPHORIC_BODY = new Set(["حزب", "جند", "أنصار"].map(foldWord));
/** آية الله: a cleric's title before his name (آية الله علي السيستاني). */
const GOD_TITLE = foldWord("آية");

/**
 * The tagger often tags الله alone in a name compounded with it (الملا فضل الله، فتح الله السعيطي) or in a title
 * (آية الله علي السيستاني), and the events stage then read "الله" as the actor. With the name's first part before it,
 * the entity is the whole name (a person, or a body for حزب الله) and takes a person's name tagged right after it
 * (فتح الله | السعيطي); after آية, الله ends the title of the person whose name follows within two words. Anything
 * else is left as tagged (dropping a bare الله, the word God, cost a CHECK batch an event: README, session 20).
 * `titled` gets the token where such a title starts.
 */
function theophoric(found: Chunk[], sentence: Token[], doc: Doc, titled: Map<Chunk, number>): Chunk[] {
  const keyOf = (t: Token | undefined) => (t ? foldWord(doc.text.slice(nameStart(t), t.end)) : "");
  const out: Chunk[] = [];
  for (let k = 0; k < found.length; k++) {
    const c = found[k];
    if (c.end - c.start !== 1 || keyOf(sentence[c.start]) !== GOD) {
      out.push(c);
      continue;
    }
    const before = keyOf(sentence[c.start - 1]);
    const next = found[k + 1];
    const last = out[out.length - 1];
    if (THEOPHORIC_FIRST.has(before) && last && last.end === c.start) {
      // حسن نصر | الله tagged as two: one name
      last.end = c.end;
    } else if (THEOPHORIC_FIRST.has(before)) {
      const whole: Chunk = {
        type: THEOPHORIC_BODY.has(before) ? "ORG" : "PERS",
        start: c.start - 1,
        end: c.end,
      };
      if (whole.type === "PERS" && next?.type === "PERS" && next.start === c.end) {
        whole.end = next.end;
        k++;
      }
      out.push(whole);
    } else if (before === GOD_TITLE && next?.type === "PERS" && next.start - c.end <= 1) {
      const person: Chunk = { ...next, start: c.end };
      titled.set(person, c.start - 1);
      out.push(person);
      k++;
    } else if (before === GOD_TITLE) {
      // untagged: the name is the one or two words after the title, up to a punctuation mark
      const isWord = (t: Token | undefined) => t !== undefined && /^[\u0621-\u064A\u0640]+$/.test(t.text);
      const end = !isWord(sentence[c.end])
        ? c.end
        : isWord(sentence[c.end + 1]) && (!next || next.start > c.end + 1)
          ? c.end + 2
          : c.end + 1;
      if (end > c.end) {
        const person: Chunk = { type: "PERS", start: c.end, end };
        titled.set(person, c.start - 1);
        out.push(person);
      }
    } else out.push(c);
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
    const titled = new Map<Chunk, number>();
    for (const chunk of theophoric(chunks(tagged[s]), sentence, doc, titled)) {
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
      const titleAt = titled.get(chunk);
      if (titleAt !== undefined) roleFrom = Math.min(roleFrom, titleAt);
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
