import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import type { DocEvent } from "../doc/types.ts";

// Session 10 (issue 6, precision): one attack told first by its toll, then by who carried it out. The sentences are
// written for these tests. The whole pipeline runs, with every event kept whatever the confidence filter thinks of
// a one-line article.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser({ events: { keepAll: true } });
});

const eventsOf = (text: string) => analyse({ text, published: "2018-06-01" }).events ?? [];
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
