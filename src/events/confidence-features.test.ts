import { describe, expect, it } from "vitest";
import { createDatesStage } from "../dates/stage.ts";
import { createDoc } from "../doc/doc.ts";
import type { Doc, DocEvent, EventType } from "../doc/types.ts";
import { textStage } from "../text/stage.ts";
import {
  eventFeatures,
  FEATURE_NAMES,
  loadConfidenceCues,
  parseConfidenceCues,
  TRIED_FEATURE_NAMES,
  triedFeatures,
} from "./confidence-features.ts";
import { handMadeEvent } from "./fixtures.ts";
import { loadEventLexicon } from "./lexicon.ts";

// Events are made by hand here (a trigger word, a type), so these tests follow the features, not the rules
// that find events.
const featureRes = { lexicon: loadEventLexicon(), cues: loadConfidenceCues() };
const dates = createDatesStage();

function docOf(text: string, published = "2018-05-06"): Doc {
  return dates.run(textStage.run(createDoc({ text, published })));
}

function eventAt(doc: Doc, trigger: string, type: EventType, extra: Partial<DocEvent> = {}): DocEvent {
  const start = doc.text.indexOf(trigger);
  if (start < 0) throw new Error(`no ${trigger}`);
  return handMadeEvent(type, { start, end: start + trigger.length, text: trigger }, extra);
}

const named = (x: number[]) => Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, x[i] ?? 0]));

function featuresOf(text: string, triggers: [string, EventType][], published?: string) {
  const doc = docOf(text, published);
  const events = triggers.map(([t, type]) => eventAt(doc, t, type));
  return eventFeatures(doc, events, featureRes).map(named);
}

describe("event confidence features", () => {
  it("reads the trigger's form: a past verb, a present verb, a definite noun after a preposition", () => {
    const [verb, present, noun] = featuresOf(
      "اشتبك الجيش مع مسلحين، ويهاجم المسلحون القرى منذ أيام في الهجوم الأخير.",
      [
        ["اشتبك", "ASSAULT"],
        ["ويهاجم", "ASSAULT"],
        ["الهجوم", "ASSAULT"],
      ],
    );
    expect(verb?.["trigger:verb_past"]).toBe(1);
    expect(verb?.["trigger:noun"]).toBe(0);
    expect(verb?.["sentence:headline"]).toBe(1);
    expect(present?.["trigger:verb_present"]).toBe(1);
    expect(noun?.["trigger:noun"]).toBe(1);
    expect(noun?.["trigger:noun_definite"]).toBe(1);
    expect(noun?.["trigger:after_preposition"]).toBe(1);
    // three events in one sentence, all of one type
    expect(verb?.["article:events_same_sentence"]).toBeCloseTo(2 / 3);
    expect(verb?.["article:events_same_type"]).toBeCloseTo(2 / 4);
  });

  it("sees a relative clause, a temporal clause and a past frame before the trigger", () => {
    const [rel] = featuresOf("أعلن الجيش اعتقال المسلحين الذين هاجموا نقطة تفتيش.", [["هاجموا", "ASSAULT"]]);
    expect(rel?.["before:relative"]).toBe(1);
    expect(rel?.["before:temporal"]).toBe(0);
    const [after] = featuresOf("انسحب المسلحون بعد أن هاجموا نقطة تفتيش للجيش.", [["هاجموا", "ASSAULT"]]);
    expect(after?.["before:temporal"]).toBe(1);
    const [old] = featuresOf("وكانت آخر غارة شنتها إسرائيل على غزة في يوليو الماضي.", [["غارة", "ASSAULT"]]);
    expect(old?.["before:past_frame"]).toBe(1);
    expect(old?.["sentence:history"]).toBe(1);
    const [neg] = featuresOf("نفى الجيش أنه قصف القرية.", [["قصف", "ASSAULT"]]);
    expect(neg?.["before:negation"]).toBe(1);
    expect(neg?.["before:complement"]).toBe(1);
  });

  it("marks statistics, a general statement, an explicit other year, quotes and the lede", () => {
    const text =
      "هاجم مسلحون قرية أمس. وارتفعت حصيلة الهجمات منذ بداية العام. وكل هجوم يقتل مدنيين. هاجم مسلحون القرية في عام 2012. قال الوزير: «هاجم المسلحون القرية».";
    const doc = docOf(text, "2018-05-06");
    const at = (t: string, from: number) => {
      const start = text.indexOf(t, from);
      return eventAt({ ...doc, text: doc.text }, t, "ASSAULT", { trigger: { start, end: start + t.length } });
    };
    const events = [
      at("هاجم", 0),
      at("الهجمات", 0),
      at("هجوم", text.indexOf("وكل")),
      at("هاجم", text.indexOf("2012") - 30),
      at("هاجم", text.indexOf("«")),
    ];
    const [first, stat, generic, year, quoted] = eventFeatures(doc, events, featureRes).map(named);
    expect(first?.["sentence:headline"]).toBe(1);
    expect(first?.["sentence:other_year"]).toBe(0);
    expect(stat?.["sentence:lede"]).toBe(1);
    expect(stat?.["sentence:statistics"]).toBe(1);
    expect(generic?.["sentence:generic"]).toBe(1);
    expect(year?.["sentence:other_year"]).toBe(1);
    expect(quoted?.["sentence:in_quotes"]).toBe(1);
    expect(first?.["sentence:in_quotes"]).toBe(0);
    expect(quoted?.["sentence:relative_position"]).toBe(1);
  });

  it("places the event's date against publication", () => {
    const doc = docOf("هاجم مسلحون قرية.", "2018-05-06");
    const dated = (value: string | null, start?: number) =>
      eventAt(doc, "هاجم", "ASSAULT", {
        date: { value, precision: "day", ...(start === undefined ? {} : { start, end: start + 1 }) },
      });
    const [none, week, weeks, months, later, coarse] = eventFeatures(
      doc,
      [
        dated(null),
        dated("2018-05-05", 0),
        dated("2018-04-10"),
        dated("2017-12-01"),
        dated("2018-06-01"),
        dated("2018"),
      ],
      featureRes,
    ).map(named);
    expect(none?.["date:none"]).toBe(1);
    expect(week?.["date:same_week"]).toBe(1);
    expect(week?.["date:stated"]).toBe(1);
    expect(weeks?.["date:weeks_before"]).toBe(1);
    expect(months?.["date:months_before"]).toBe(1);
    expect(later?.["date:after_publication"]).toBe(1);
    expect(coarse?.["date:coarse"]).toBe(1);
  });

  it("reads the arguments, and an earlier event of the same type with a shared actor", () => {
    const doc = docOf("هاجم الجيش مسلحين. ثم هاجم الجيش مسلحين آخرين.");
    const army = { role: "actor1" as const, name_ar: "الجيش", kind: "military", start: 5, end: 10 };
    const first = eventAt(doc, "هاجم", "ASSAULT", {
      actors: [army],
      fatalities: { value: 3, approximate: false },
    });
    const second = {
      ...first,
      trigger: { start: doc.text.lastIndexOf("هاجم"), end: doc.text.lastIndexOf("هاجم") + 4 },
    };
    const [a, b] = eventFeatures(doc, [first, second], featureRes).map(named);
    expect(a?.["event:actor1"]).toBe(1);
    expect(a?.["event:actor1_stated"]).toBe(1);
    expect(a?.["actor1:state"]).toBe(1);
    expect(a?.["event:fatalities"]).toBe(1);
    expect(a?.["type:assault"]).toBe(1);
    expect(a?.["article:earlier_same_type_actor"]).toBe(0);
    expect(b?.["article:earlier_same_type_actor"]).toBe(1);
    expect(b?.["article:headline_same_type"]).toBe(1);
  });

  it("(tried, not in the model) marks a statement whose speaker is no party to the article's events, and an event with only a far place", () => {
    const text =
      "هاجم مسلحون قرية في ريف إدلب. وهدد المسلحون بهجمات أخرى. ودانت الأمم المتحدة الهجوم. وقتل ثلاثة.";
    const doc = docOf(text);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const gunmen = (s: string) => ({ role: "actor1" as const, name_ar: "مسلحون", id: "gunmen", ...span(s) });
    const idlib = { name_ar: "إدلب", id: "idlib", ...span("إدلب") };
    const [attack, threat, condemn, killed] = triedFeatures(doc, [
      eventAt(doc, "هاجم", "ASSAULT", { actors: [gunmen("مسلحون")], location: idlib }),
      eventAt(doc, "وهدد", "THREATEN", { actors: [gunmen("المسلحون")] }),
      eventAt(doc, "ودانت", "ACCUSE", {
        actors: [{ role: "actor1", name_ar: "الأمم المتحدة", id: "un", ...span("الأمم المتحدة") }],
      }),
      // its place is the article's focus, named in another sentence, and it has no stated actor
      eventAt(doc, "وقتل", "ASSAULT", { location: idlib }),
    ]).map((x) => Object.fromEntries(TRIED_FEATURE_NAMES.map((n, i) => [n, x[i]])));
    // the gunmen attack, so their threat is a party's; the UN takes part in none of the article's events
    expect(threat?.["statement:speaker_not_party"]).toBe(0);
    expect(condemn?.["statement:speaker_not_party"]).toBe(1);
    expect(attack?.["statement:speaker_not_party"]).toBe(0);
    expect(attack?.["event:place_only"]).toBe(0);
    expect(killed?.["event:place_only"]).toBe(1);
    expect(threat?.["event:place_only"]).toBe(0);
  });

  it("gives every event a vector of the declared length, all in [0, 1]", () => {
    const xs = eventFeatures(
      docOf("قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش أمس، وهدد الجيش بالرد."),
      [],
      featureRes,
    );
    expect(xs).toEqual([]);
    const doc = docOf("قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش أمس، وهدد الجيش بالرد.");
    for (const x of eventFeatures(
      doc,
      [eventAt(doc, "هجوم", "ASSAULT"), eventAt(doc, "وهدد", "THREATEN")],
      featureRes,
    )) {
      expect(x).toHaveLength(FEATURE_NAMES.length);
      for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
    }
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
  });

  it("parses cue classes with one- and two-word forms", () => {
    const cues = parseConfidenceCues("# c\ntemporal\tبعد أن|عندما\n");
    expect(cues.single.get("temporal")?.size).toBe(1);
    expect(cues.pairs.get("temporal")?.size).toBe(1);
  });
});
