import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 21 (evarg21): the event's actors. The sentences are written for these tests.

const { run } = wholePipeline();
const actors = (e: DocEvent | undefined, role: string) =>
  (e?.actors ?? []).filter((a) => a.role === role).map((a) => [a.name_ar, a.country ?? null]);

describe("an official named by his country (مسؤول + nisba, agents.tsv)", () => {
  it("reads مسؤول with its adjectives as the speaker, of the nisba's country", () => {
    const e = ofType(run("طالب مسؤول عسكري أمريكي سابق الحكومة العراقية بوقف دعمها للميليشيات."), "REQUEST");
    expect(actors(e, "actor1")).toEqual([["مسؤول عسكري أمريكي", "US"]]);
    expect(actors(e, "actor2").map(([name]) => name)).toEqual(["الحكومة العراقية"]);
  });

  it("ends the official's phrase at its adjective: the state after it is the object, not his genitive", () => {
    const e = ofType(run("اتهم مسؤول فلسطيني إسرائيل بعرقلة المفاوضات حول الأسرى."), "ACCUSE");
    expect(actors(e, "actor1")).toEqual([["مسؤول فلسطيني", "PS"]]);
    expect(actors(e, "actor2").map(([name]) => name)).toEqual(["إسرائيل"]);
  });

  it("still reads a state right after an office as its genitive (رئيس وزراء العراق)", () => {
    const e = ofType(run("التقى رئيس وزراء العراق نظيره الأردني في عمان أمس."), "CONSULT");
    expect(actors(e, "actor1")[0]?.[0]).toBe("رئيس وزراء العراق");
  });

  it("takes no actor from مسؤول عن, one held responsible", () => {
    const events = run("وقال المتحدث إن الوزير مسؤول عن تدهور الأوضاع في الجنوب.");
    expect(events.flatMap((e) => e.actors.map((a) => a.name_ar)).some((n) => n.includes("مسؤول"))).toBe(
      false,
    );
  });
});
