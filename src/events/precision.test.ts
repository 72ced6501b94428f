import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { wholePipeline } from "./pipeline-fixtures.ts";

// Session 10 (issue 6, precision): one attack told first by its toll, then by who carried it out; and words that
// name no new event (a request a decision is about, a province). The sentences are written for these tests. The
// whole pipeline runs, with every event kept whatever the confidence filter thinks of a one-line article.

const { run: eventsOf } = wholePipeline("2018-06-01");
const actorsOf = (e: DocEvent | undefined, role: string) =>
  (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.name_ar);

describe("an attack told first by its toll, then by its attackers", () => {
  it("joins the lead's toll and the next sentence's attackers into one attack", () => {
    const attacks = eventsOf(
      "قال مسؤول محلي إن 12 شخصا قتلوا وأصيب 20 آخرون في مدينة بعقوبة صباح اليوم. وقال شهود إن مسلحين ملثمين هاجموا بالرصاص سوقا شعبيا في المدينة.",
    ).filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.fatalities?.value).toBe(12);
    expect(actorsOf(attacks[0], "actor1").join(" ")).toContain("مسلحين");
  });

  it("keeps apart an attack in another town told after the toll", () => {
    const attacks = eventsOf(
      "قتل 5 أشخاص في انفجار سيارة مفخخة في مدينة الموصل صباح اليوم. وفي مدينة كركوك، هاجم مسلحون حاجزا للشرطة.",
    ).filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(2);
  });
});

describe("a request named as what a decision is about", () => {
  it("reads طلب after a rejection in its clause as the rejected request, no request of its own", () => {
    const events = eventsOf("رفضت محكمة الاستئناف في باريس يوم الأربعاء طلبا ثانيا بالإفراج عن الموقوف.");
    expect(events.some((e) => e.type === "REQUEST")).toBe(false);
    const court = eventsOf("وقالت المحكمة العليا إنها رفضت طلب التسليم الذي قدمته تونس.");
    expect(court.some((e) => e.type === "REQUEST")).toBe(false);
  });

  it("keeps a request its own verb tells", () => {
    const events = eventsOf("طلب الرئيس الفلسطيني من الأمم المتحدة توفير الحماية للمدنيين.");
    expect(events.some((e) => e.type === "REQUEST")).toBe(true);
  });
});

describe("a province is no declared polity", () => {
  it("reads ولاية after a preposition or before a place's name as a province", () => {
    const events = eventsOf(
      "وأعلنت هيئة الأركان التركية أن الهجوم استهدف حافلة تقل جنودا أمام إحدى الجامعات في ولاية قيصري.",
    );
    expect(events.some((e) => e.type === "OTHER")).toBe(false);
  });
});
