import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "../paths.ts";
import { maxWeightMatching } from "./assignment.ts";
import {
  dateValuesMatch,
  EvalInputError,
  eventFits,
  type GoldKey,
  type PredictedEvent,
  parseGoldKey,
  rates,
  scoreDocument,
} from "./events.ts";
import { loadGold } from "./events-io.ts";
import { goldNameKey, namesMatch } from "./gold-names.ts";

const seed: GoldKey = loadGold(join(sharedDir(), "seed/libya-2014-08-02.gold.json"))[0].key;

type Actor = NonNullable<PredictedEvent["actors"]>[number];
const a1 = (name_ar: string, extra: Partial<Actor> = {}): Actor => ({ role: "actor1", name_ar, ...extra });
const a2 = (name_ar: string, extra: Partial<Actor> = {}): Actor => ({ role: "actor2", name_ar, ...extra });

function ev(
  type: string,
  actors: Actor[],
  country: string | null,
  extra: Partial<PredictedEvent> = {},
): PredictedEvent {
  return {
    type,
    actors,
    location: country === null ? null : { country },
    date: { value: null },
    fatalities: null,
    modality: "asserted",
    attribution: [{ name_ar: "صحيفة الوطن" }],
    ...extra,
  };
}

const benghazi = (country = "LY") => ({ country, name_en: "Benghazi" });

// What a careful analyser would output for the seed, written by hand from the article.
const perfect: Record<string, PredictedEvent> = {
  E1: ev("COOPERATE", [a1("الجزائر"), a1("مصر")], "LY", { mode: "intelligence" }),
  E2: ev("MOBILIZE", [a1("الجزائر"), a1("مصر"), a2("الجماعات الإرهابية")], "LY", { modality: "planned" }),
  E3: ev("COOPERATE", [a1("الجزائر"), a2("مصر")], "EG", {
    attribution: [{ name_ar: "الوطن" }, { name_ar: "مصادر أمنية" }],
  }),
  E4: ev("CONSULT", [a1("ضباط الاستخبارات الجزائريين"), a2("مصر")], "EG"),
  E5: ev("RETREAT", [a1("حفتر")], "LY"),
  E6: ev("ASSAULT", [a1("الميليشيات الإسلامية"), a2("القوات الخاصة والصاعقة")], "LY", {
    location: benghazi(),
    date: { value: "2014-07-29" },
    fatalities: { value: 60 },
    attribution: [{ name_ar: "مصادر عسكرية وإسلامية" }],
  }),
  E7: ev("ASSAULT", [a1("مجلس شورى ثوار بنغازي"), a2("الجيش")], "LY", {
    location: benghazi(),
    date: { value: "2014-07" },
    modality: "claimed",
    attribution: [{ name_ar: "مصدر في مجلس شورى ثوار بنغازي" }],
  }),
  E8: ev("THREATEN", [a1("مقاتلينا"), a2("عملية الكرامة")], "LY", {
    location: benghazi(),
    attribution: [{ name_ar: "مجلس شورى ثوار بنغازي" }],
  }),
  E9: ev("OTHER", [a1("محمد الزهاوي")], "LY", {
    location: benghazi(),
    modality: "claimed",
    attribution: [{ name_ar: "راديو التوحيد" }],
  }),
  E10: ev("AID", [a1("الجزائر"), a2("الجيش التونسي")], "TN", {
    date: { value: "2014-08-01" },
    attribution: [{ name_ar: "جريدة الخبر" }],
  }),
  E11: ev("AID", [a1("الجزائر"), a2("تونس")], "TN", {
    modality: "planned",
    attribution: [{ name_ar: "الخبر" }],
  }),
  E12: ev("AID", [a1("الجزائر"), a2("الأطقم التونسية")], "DZ", {
    modality: "planned",
    attribution: [{ name_ar: "الخبر" }],
  }),
};
const all = Object.values(perfect);
const without = (...ids: string[]) =>
  Object.entries(perfect).flatMap(([id, e]) => (ids.includes(id) ? [] : [e]));

describe("scoreDocument on the seed answer key", () => {
  it("scores a perfect prediction F1 1.0 with every field right", () => {
    const s = scoreDocument(seed, all);
    expect(s).toMatchObject({
      gold: 12,
      optional: 4,
      paired: 12,
      merged: 0,
      duplicates: 0,
      spurious: 0,
      missed: 0,
    });
    const r = rates(s);
    expect([r.precision, r.recall, r.f1]).toEqual([1, 1, 1]);
    expect(r.overallFieldAccuracy).toBe(1);
    expect(s.fields.fatalities).toEqual({ correct: 1, total: 1 });
    expect(s.fields.location).toEqual({ correct: 4, total: 4 });
  });

  it("credits merge_with partners found by one prediction", () => {
    const s = scoreDocument(seed, without("E3", "E7", "E11"));
    expect(s).toMatchObject({ paired: 9, merged: 3, missed: 0, duplicates: 0 });
    // E1 and E3 list each other, so the one COOPERATE prediction may be paired with either.
    expect(s.mergedIds).toEqual(expect.arrayContaining(["E7", "E11"]));
    expect(rates(s).f1).toBe(1);
  });

  it("does not credit a merge partner the prediction does not fit", () => {
    // Only E10's prediction remains; E11 lists TN and DZ, but E12 (AID, planned) is not in anyone's merge_with.
    const s = scoreDocument(seed, without("E11", "E12"));
    expect(s.mergedIds).toContain("E11");
    expect(s.missedIds).toEqual(["E12"]);
    expect(rates(s).recall).toBeCloseTo(11 / 12);
  });

  it("counts a second report of the same event as a duplicate", () => {
    // (A second E9 would be absorbed by the optional O2, which allows OTHER in Libya with any actor.)
    const s = scoreDocument(seed, [...all, { ...perfect.E10 }]);
    expect(s).toMatchObject({ paired: 12, duplicates: 1, spurious: 0 });
    expect(rates(s).precision).toBeCloseTo(12 / 13);
    expect(rates(s).recall).toBe(1);
  });

  it("counts an event the key does not have as spurious", () => {
    const protest = ev("PROTEST", [a1("متظاهرون")], "TN");
    const s = scoreDocument(seed, [...all, protest]);
    expect(s).toMatchObject({ duplicates: 0, spurious: 1 });
    expect(s.spuriousIndices).toEqual([12]);
    expect(rates(s).f1).toBeCloseTo((2 * (12 / 13)) / (12 / 13 + 1));
  });

  it("lets each optional event absorb one left-over prediction, no more", () => {
    const chaos = ev("ASSAULT", [a1("مسلحون مجهولون")], "LY");
    const s = scoreDocument(seed, [...all, chaos, { ...chaos }, { ...chaos }]);
    // O1 and O2 (ASSAULT in LY, no actors) each take one; the third fits no scored event: spurious.
    expect(s).toMatchObject({ paired: 12, absorbed: 2, spurious: 1, duplicates: 0 });
    expect(s.absorbedBy.map((a) => a.gold).sort()).toEqual(["O1", "O2"]);
    expect(rates(s).precision).toBeCloseTo(12 / 13);
  });

  it("absorbs a framing event without changing the score", () => {
    const framing = ev("COOPERATE", [a1("الجزائر"), a2("تونس")], "TN");
    const s = scoreDocument(seed, [...all, framing]);
    expect(s).toMatchObject({ absorbed: 1, duplicates: 0, spurious: 0 });
    expect(rates(s).f1).toBe(1);
  });

  it("judges each field on paired events", () => {
    const wrong = ev("ASSAULT", [a1("مجلس شورى ثوار بنغازي")], "LY", {
      location: { country: "LY", name_en: "Tripoli" },
      date: { value: "2014-06-30" },
      fatalities: { value: 50 },
      modality: "planned",
      attribution: [{ name_ar: "وكالة رويترز" }],
    });
    const s = scoreDocument(seed, [...without("E6", "E7"), wrong]);
    const pair = s.pairs.find((p) => p.prediction === 10)!;
    expect(["E6", "E7"]).toContain(pair.gold);
    expect(Object.values(pair.fields).every((ok) => ok === false)).toBe(true);
    expect(rates(s).f1).toBe(1); // fields do not touch event matching
    expect(rates(s).overallFieldAccuracy).toBeLessThan(1);
  });

  it("reads modality per type when the key gives an object", () => {
    const threatAttack = ev("ASSAULT", [a1("الجزائر"), a2("داعش")], "LY", { modality: "threatened" });
    const asserted = { ...threatAttack, modality: "asserted" };
    const pairFor = (p: PredictedEvent) =>
      scoreDocument(seed, [...without("E2"), p]).pairs.find((x) => x.gold === "E2")!;
    expect(pairFor(threatAttack).fields.modality).toBe(true);
    expect(pairFor(asserted).fields.modality).toBe(false);
  });

  it("rejects a wrong type, a wrong country, or actors that match no key", () => {
    expect(eventFits(perfect.E9, seed.events[8], seed.actors)).toBe(true);
    expect(eventFits({ ...perfect.E9, type: "ASSAULT" }, seed.events[8], seed.actors)).toBe(false);
    expect(eventFits({ ...perfect.E9, location: { country: "EG" } }, seed.events[8], seed.actors)).toBe(
      false,
    );
    expect(eventFits({ ...perfect.E9, location: null }, seed.events[8], seed.actors)).toBe(false);
    expect(eventFits({ ...perfect.E9, actors: [a1("داعش")] }, seed.events[8], seed.actors)).toBe(false);
    expect(eventFits({ ...perfect.E9, actors: [] }, seed.events[8], seed.actors)).toBe(false);
  });

  it("matches a state key by country and kind, and actors by English name", () => {
    const e4 = seed.events.find((e) => e.id === "E4")!;
    const army = (kind: string) => ev("CONSULT", [a1("أجهزة", { country: "DZ", kind }), a2("x")], "EG");
    expect(eventFits(army("military"), e4, seed.actors)).toBe(true);
    expect(eventFits(army("government"), e4, seed.actors)).toBe(true);
    expect(eventFits(army("militia"), e4, seed.actors)).toBe(false);
    const english = ev("CONSULT", [a1("؟", { name_en: "Algerian intelligence" })], "EG");
    expect(eventFits(english, e4, seed.actors)).toBe(true);
    // SHURA is not a two-letter key: country and kind alone do not match it.
    const e9 = seed.events.find((e) => e.id === "E9")!;
    expect(
      eventFits(ev("OTHER", [a1("جهة", { country: "LY", kind: "military" })], "LY"), e9, seed.actors),
    ).toBe(false);
  });

  it("scores no predictions as recall 0 and precision 1", () => {
    const r = rates(scoreDocument(seed, []));
    expect([r.precision, r.recall, r.f1]).toEqual([1, 0, 0]);
    expect(r.overallFieldAccuracy).toBeNull();
  });
});

describe("matching details", () => {
  it("allows a null country only where the key lists null", () => {
    const key = parseGoldKey(
      {
        actors: {},
        events: [{ id: "A", type: ["PROTEST"], location: { country: ["TN", null] } }],
      },
      "t",
    );
    expect(scoreDocument(key, [ev("PROTEST", [], null)]).paired).toBe(1);
    const strict = parseGoldKey(
      { actors: {}, events: [{ id: "A", type: ["PROTEST"], location: { country: ["TN"] } }] },
      "t",
    );
    expect(scoreDocument(strict, [ev("PROTEST", [], null)]).spurious).toBe(1);
  });

  it("pairs to the maximum, not greedily", () => {
    const key = parseGoldKey(
      {
        actors: { X: { country: "LY", aliases_ar: ["الجيش"] }, Y: { country: "LY", aliases_ar: ["الشرطة"] } },
        events: [
          {
            id: "G1",
            type: ["ASSAULT", "COERCE"],
            actors: { actor1: ["X", "Y"] },
            location: { country: ["LY"] },
          },
          { id: "G2", type: ["ASSAULT"], actors: { actor1: ["X"] }, location: { country: ["LY"] } },
        ],
      },
      "t",
    );
    // The first prediction fits both; a greedy pass could give it G1 and leave the second (fits only G1) unpaired.
    const s = scoreDocument(key, [ev("ASSAULT", [a1("الجيش")], "LY"), ev("COERCE", [a1("الشرطة")], "LY")]);
    expect(s).toMatchObject({ paired: 2, duplicates: 0, missed: 0 });
  });

  it("scores attribution against an empty list as 'no source given'", () => {
    const key = parseGoldKey(
      { actors: {}, events: [{ id: "A", type: ["AID"], location: { country: ["TN"] }, attribution: [] }] },
      "t",
    );
    expect(scoreDocument(key, [ev("AID", [], "TN", { attribution: [] })]).fields.attribution.correct).toBe(1);
    expect(scoreDocument(key, [ev("AID", [], "TN")]).fields.attribution.correct).toBe(0);
  });

  it("accepts any listed fatality or date value", () => {
    const key = parseGoldKey(
      {
        actors: {},
        events: [
          {
            id: "A",
            type: ["ASSAULT"],
            date: { value: ["2018-03-04", "2018-03-05"] },
            fatalities: { value: [12, 13] },
          },
        ],
      },
      "t",
    );
    const s = scoreDocument(key, [
      ev("ASSAULT", [], "SY", { date: { value: "2018-03-05" }, fatalities: { value: 13 } }),
    ]);
    expect(s.fields.date.correct + s.fields.fatalities.correct).toBe(2);
  });

  it("compares dates with the month rule", () => {
    expect(dateValuesMatch("2014-07", "2014-07-29")).toBe(true);
    expect(dateValuesMatch("2014-07-29", "2014-07")).toBe(true);
    expect(dateValuesMatch("2014-08", "2014-07-29")).toBe(false);
    expect(dateValuesMatch("2014-07-28", "2014-07-29")).toBe(false);
    expect(dateValuesMatch(null, null)).toBe(true);
    expect(dateValuesMatch("2014-07-29", null)).toBe(false);
  });

  it("finds the maximum-weight assignment", () => {
    expect(
      maxWeightMatching([
        [3, 2],
        [3, 0],
      ]),
    ).toEqual([1, 0]);
    expect(
      maxWeightMatching([
        [0, 0],
        [0, 5],
      ]),
    ).toEqual([-1, 1]);
    expect(maxWeightMatching([[1], [2], [3]])).toEqual([-1, -1, 0]);
    expect(maxWeightMatching([])).toEqual([]);
  });
});

describe("gold name normalisation", () => {
  it("folds as the note says", () => {
    expect(goldNameKey("الجيشُ الليبيّ")).toBe("جيش ليبي");
    expect(goldNameKey("إسلاميـــة")).toBe("اسلاميه");
    expect(goldNameKey("مصطفى")).toBe("مصطفي");
    expect(goldNameKey("الحي")).toBe("الحي"); // four letters: ال kept
    expect(goldNameKey('"مجلس شورى ثوار بنغازي"')).toBe("مجلس شوري ثوار بنغازي");
  });

  it("matches equal, containing and contained names", () => {
    expect(namesMatch("الميليشيات الإسلامية", "الميليشيات الاسلاميه")).toBe(true);
    expect(namesMatch("مصدر في مجلس شورى ثوار بنغازي", "مجلس شورى ثوار بنغازي")).toBe(true);
    expect(namesMatch("حفتر", "خليفة حفتر")).toBe(true);
    expect(namesMatch("Algerian Army", "algeria")).toBe(true);
    expect(namesMatch("تونس", "مصر")).toBe(false);
    expect(namesMatch("", "مصر")).toBe(false);
  });
});

describe("parseGoldKey", () => {
  it("names what is wrong with a key", () => {
    expect(() => parseGoldKey([], "k")).toThrow(EvalInputError);
    expect(() => parseGoldKey({ actors: {} }, "k")).toThrow(/missing "events"/);
    expect(() =>
      parseGoldKey({ actors: {}, events: [{ id: "E1", type: ["AID"], actors: { actor1: ["DZ"] } }] }, "k"),
    ).toThrow(/actor key "DZ"/);
    expect(() => parseGoldKey({ actors: {}, events: [{ id: "E1", type: [] }] }, "k")).toThrow(/type/);
    expect(() =>
      parseGoldKey({ actors: {}, events: [{ id: "E1", type: ["AID"], merge_with: ["E9"] }] }, "k"),
    ).toThrow(/unknown event "E9"/);
  });
});
