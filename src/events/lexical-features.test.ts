import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import type { Doc, EventType } from "../doc/types.ts";
import { textStage } from "../text/stage.ts";
import { handMadeEvent } from "./fixtures.ts";
import { eventLexicalFeatures, hashString, positionBucket } from "./lexical-features.ts";

const docOf = (text: string): Doc => textStage.run(createDoc({ text, published: "2018-05-06" }));
const eventAt = (doc: Doc, trigger: string, type: EventType) => {
  const start = doc.text.indexOf(trigger);
  return handMadeEvent(type, { start, end: start + trigger.length, text: trigger });
};
const SIZE = 1 << 20;
const bucket = (f: string) => hashString(f) % SIZE;

describe("lexical features", () => {
  it("hashes with FNV-1a (32 bits)", () => {
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("ab")).not.toBe(hashString("ba"));
  });

  it("reads an event's type, trigger, window words (bare: clitics stripped) and sentence position", () => {
    const doc = docOf("عنوان الخبر.\nقال مصدر إن مسلحين هاجموا بالقذائف قرية في الشمال.");
    const [f] = eventLexicalFeatures(doc, [eventAt(doc, "هاجموا", "ASSAULT")], { size: SIZE, window: 2 });
    expect(f).toContain(bucket("y|ASSAULT"));
    expect(f).toContain(bucket("p|ASSAULT|l"));
    expect(f).toContain(bucket("t|ASSAULT|هاجموا"));
    expect(f).toContain(bucket("w|ASSAULT|مسلحين"));
    expect(f?.some((b) => b === bucket("w|ASSAULT|مصدر"))).toBe(false); // three words away: outside the window
    expect(f).toEqual([...(f ?? [])].sort((a, b) => a - b));
    const [typed] = eventLexicalFeatures(doc, [eventAt(doc, "هاجموا", "PROTEST")], { size: SIZE, window: 2 });
    expect(typed).toContain(bucket("w|PROTEST|مسلحين"));
    expect(typed).not.toContain(bucket("w|ASSAULT|مسلحين"));
  });

  it("uses the lexicon's lemma for the trigger when given, and the sentence's words on request", () => {
    const doc = docOf("هاجم المسلحون القرية أمس.");
    const e = eventAt(doc, "هاجم", "ASSAULT");
    const [f] = eventLexicalFeatures(doc, [e], { size: SIZE, sentence: true }, () => "هجم");
    expect(f).toContain(bucket("t|ASSAULT|هجم"));
    expect(f).toContain(bucket("s|ASSAULT|امس"));
    expect(f).toContain(bucket("p|ASSAULT|h"));
  });

  it("buckets a sentence's position: headline, lede, early body, later body", () => {
    expect([0, 1, 2, 4, 5, 7].map(positionBucket)).toEqual(["h", "l", "e", "e", "b", "b"]);
  });
});
