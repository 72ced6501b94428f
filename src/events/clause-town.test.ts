import { describe, expect, it } from "vitest";
import type { Place } from "../doc/types.ts";
import { type ClauseSentence, townInOwnClause } from "./clause-town.ts";
import type { Mention } from "./mentions.ts";
import type { Word } from "./view.ts";

// Hand-made words and mentions: the function reads only their indices, offsets and the clause-breaking test given.
const sentence = "اعتقلت الشرطة خمسة في العراق ، وقالت إنهم خططوا لهجمات في الموصل";
const words = sentence.split(" ").map((text, i) => ({ i, text, start: i * 10, end: i * 10 + 5 }) as Word);
const breaks = new Set(["وقالت", "إنهم", "لهجمات"]);
const breaksClause = (w: Word | undefined) => !!w && breaks.has(w.text);

function town(first: number, country: string, extra: Partial<Mention> = {}): Mention {
  const place = { precision: 1, country, start: first * 10, end: first * 10 + 5, text: "x" } as Place;
  return {
    start: first * 10,
    end: first * 10 + 5,
    first,
    last: first + 1,
    text: words[first]?.text ?? "",
    name_ar: words[first]?.text ?? "",
    name_en: null,
    id: `town${first}`,
    kind: "place",
    country,
    source: "place",
    place,
    state: false,
    prep: "في",
    coordinated: false,
    adjectival: false,
    ...extra,
  };
}

const at =
  (mentions: Mention[]) =>
  (i: number): ClauseSentence | undefined =>
    i === 0 ? { words, mentions } : undefined;
const reading = { sentence: 0, triggerEnd: 1, attribution: [] };

describe("the town of an event's own clause", () => {
  it("finds a town of the event's country named with في in the trigger's clause", () => {
    const baghdad = town(4, "IQ");
    expect(townInOwnClause([reading], "IQ", at([baghdad]), breaksClause, () => false)).toBe(baghdad);
  });

  it("skips a town after a reporting verb or another event word, of another country, or a namesake", () => {
    const mosul = town(10, "IQ");
    expect(townInOwnClause([reading], "IQ", at([mosul]), breaksClause, () => false)).toBeUndefined();
    expect(townInOwnClause([reading], "SY", at([town(4, "IQ")]), breaksClause, () => false)).toBeUndefined();
    expect(townInOwnClause([reading], "IQ", at([town(4, "IQ")]), breaksClause, () => true)).toBeUndefined();
  });

  it("skips a town before the trigger, one without في/بـ, and one inside a source", () => {
    expect(
      townInOwnClause([{ ...reading, triggerEnd: 5 }], "IQ", at([town(4, "IQ")]), breaksClause, () => false),
    ).toBeUndefined();
    expect(
      townInOwnClause([reading], "IQ", at([town(4, "IQ", { prep: null })]), breaksClause, () => false),
    ).toBeUndefined();
    const sourced = { ...reading, attribution: [{ start: 38, end: 48 }] };
    expect(townInOwnClause([sourced], "IQ", at([town(4, "IQ")]), breaksClause, () => false)).toBeUndefined();
  });
});
