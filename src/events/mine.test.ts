import { describe, expect, it } from "vitest";
import type { GoldKey } from "../eval/events.ts";
import { docOf, eventResources } from "./fixtures.ts";
import { parseMinedTriggers, withExtraTriggers } from "./lexicon.ts";
import {
  formatMinedTriggers,
  lightStem,
  type MiningOptions,
  type MiningSentence,
  minedEntries,
  mineTriggers,
  miningSentences,
} from "./mine.ts";
import { extractEvents } from "./stage.ts";

// Session 18 (evtrig18): trigger words mined from the keys' `sentences` (README "Events", "Mined triggers").

const sentence = (
  article: string,
  words: string,
  gold: string[] = [],
  found: string[] = [],
): MiningSentence => {
  const keys = words.split(" ");
  return {
    article,
    keys,
    candidates: keys,
    det: [],
    named: [],
    found,
    gold: gold.map((t) => ({ types: [t], mode: t === "PROTEST" ? "demo" : null })),
  };
};

const options = (over: Partial<MiningOptions> = {}): MiningOptions => ({
  minSupport: 2,
  minPrecision: 0.5,
  closed: (k) => k === "الذي",
  known: (k) => k === "تظاهر",
  ...over,
});

// three articles tell a protest with هتف and no trigger of PROTEST; هتف is also in one unrelated sentence
const keys: MiningSentence[] = [
  sentence("a", "هتف شبان الذي", ["PROTEST"]),
  sentence("a", "هتف شبان", ["PROTEST"]),
  sentence("b", "هتف طلاب الذي", ["PROTEST"]),
  sentence("c", "هتف عمال", ["PROTEST"]),
  sentence("d", "هتف جمهور"),
  // explained: the lexicon finds a PROTEST trigger here, so the sentence says nothing of هتف
  sentence("e", "تظاهر شبان هتف", ["PROTEST"], ["PROTEST"]),
  sentence("f", "شبان وقفوا", ["ASSAULT"]),
];

describe("mining trigger words from answer keys", () => {
  it("keeps a word of enough articles' unexplained sentences, with the type and mode of their events", () => {
    const mined = mineTriggers(keys, options());
    expect(mined.map((t) => [t.key, t.type, t.mode, t.support, t.sentences, t.total])).toEqual([
      // هتف: 4 positive sentences (articles a, b, c) of 6 containing it
      ["هتف", "PROTEST", "demo", 3, 4, 6],
    ]);
  });

  it("counts articles, not sentences, as support; and leaves closed classes and listed words out", () => {
    // هتف has 4 positive sentences but 3 articles; شبان 2 positive sentences, both of article a (e's is explained)
    expect(mineTriggers(keys, options({ minSupport: 4 }))).toEqual([]);
    const all = mineTriggers(keys, options({ minSupport: 1, minPrecision: 0 })).map((t) => t.key);
    expect(all).not.toContain("الذي");
    expect(all).not.toContain("تظاهر");
    expect(all).toContain("وقفوا");
  });

  it("drops a word that is mostly part of a name", () => {
    const named = keys.map((s) => (s.keys.includes("هتف") ? { ...s, named: ["هتف"] } : s));
    expect(mineTriggers(named, options()).map((t) => t.key)).toEqual([]);
  });

  it("reads a word seen with the article as a noun, a present-tense prefix as a present verb", () => {
    const withDet = keys.map((s) => ({ ...s, det: ["هتف"] }));
    expect(mineTriggers(withDet, options())[0]).toMatchObject({ pos: "noun", tense: "noun" });
    const present = keys.map((s) => ({ ...s, keys: s.keys.map((k) => (k === "هتف" ? "يهتف" : k)) }));
    const p = present.map((s) => ({ ...s, candidates: s.keys }));
    expect(mineTriggers(p, options())[0]).toMatchObject({ key: "يهتف", pos: "verb", tense: "present" });
  });

  it("pools the forms of one light stem with unit stem", () => {
    const forms: MiningSentence[] = [
      sentence("a", "لافتات رفعوا", ["PROTEST"]),
      sentence("b", "لافته رفعوا", ["PROTEST"]),
      sentence("c", "شيء"),
    ];
    expect(lightStem("لافتات")).toBe("لافت");
    expect(lightStem("لافته")).toBe("لافت");
    expect(mineTriggers(forms, options({ minSupport: 2 })).map((t) => t.key)).toEqual(["رفعوا"]);
    expect(mineTriggers(forms, options({ minSupport: 2, unit: "stem" })).map((t) => t.key)).toEqual([
      "رفعوا",
      "لافتات",
      "لافته",
    ]);
  });

  it("writes a data file that reads back as the same entries", () => {
    const mined = mineTriggers(keys, options());
    const text = formatMinedTriggers(mined, ["test"]);
    expect(text.split("\n")[1]).toBe("هتف\tPROTEST\tdemo\tverb\tpast\t-\t3:4/6");
    expect(parseMinedTriggers(text)).toEqual(minedEntries(mined));
  });
});

describe("the mining records of an article", () => {
  it("lists the sentence's bare words, the types the lexicon finds, and the scored events that list it", () => {
    const doc = docOf("وهتف المتظاهرون أمام السفارة. واعتقلت الشرطة شخصين.");
    const key: GoldKey = {
      actors: {},
      events: [
        { id: "e1", type: ["PROTEST"], mode: "demo", sentences: [0] },
        { id: "e2", type: ["COERCE"], sentences: [1], optional: true },
      ],
    };
    const [first, second] = miningSentences(doc, key, eventResources.lexicon);
    expect(first?.candidates).toContain("هتف");
    expect(first?.keys).toContain("وهتف");
    expect(first?.det).toContain("متظاهرون");
    expect(first?.gold).toEqual([{ types: ["PROTEST"], mode: "demo" }]);
    expect(second?.found).toContain("COERCE");
    // an optional event is no positive
    expect(second?.gold).toEqual([]);
  });
});

describe("a mined entry in the events stage", () => {
  const text = "هتف المتظاهرون ضد الحكومة في ساحة التحرير.";
  const entry = parseMinedTriggers("هتف\tPROTEST\tdemo\tverb\tpast\t-\t3:4/6\n");

  it("finds the event the shipped lexicon has no word for", () => {
    expect(extractEvents(docOf(text), eventResources).filter((e) => e.type === "PROTEST")).toEqual([]);
    const lexicon = withExtraTriggers(eventResources.lexicon, entry);
    const [e] = extractEvents(docOf(text), { ...eventResources, lexicon }).filter(
      (x) => x.type === "PROTEST",
    );
    expect(e?.mode).toBe("demo");
    expect(e?.trigger?.text).toBe("هتف");
    expect(e?.actors?.find((a) => a.role === "actor1")?.name_ar).toBe("المتظاهرون");
  });

  it("never changes a word the lexicon lists", () => {
    const listed = parseMinedTriggers("اعتقلت\tASSAULT\t-\tverb\tpast\t-\t3:3/3\n");
    const lexicon = withExtraTriggers(eventResources.lexicon, listed);
    expect(lexicon.triggers.get("اعتقلت")).toBe(eventResources.lexicon.triggers.get("اعتقلت"));
    expect(withExtraTriggers(eventResources.lexicon, [])).toBe(eventResources.lexicon);
  });
});
