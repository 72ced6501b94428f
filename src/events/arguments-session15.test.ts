import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 15 (evarg15): arrests and seizures lost or unpaired for want of their agent. The units of a national force
// (وحدة أمنية، فرقة الأبحاث، الحرس الديواني) were no actor words, so a seizure they made had no actor and was dropped;
// Maghreb towns written with بو joined (بوحجلة) were no places, the gazetteer writing them apart. The sentences are
// written for these tests.

const { analyse } = wholePipeline();

describe("the units of a national force are actors (agents.tsv, police)", () => {
  it.each([
    ["تمكنت وحدة أمنية بمدينة سوسة من حجز كمية من الأقراص المخدرة.", "وحدة أمنية"],
    ["تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بصفاقس من إيقاف شخصين مفتش عنهما.", "فرقة الأبحاث"],
    ["حجز الحرس الديواني بميناء رادس حاوية من السجائر المهربة.", "الحرس الديواني"],
  ])("%s", (text, agent) => {
    const coerce = ofType(eventsOf(text), "COERCE");
    expect(names(coerce, "actor1")).toEqual([agent]);
    expect(coerce?.actors?.find((a) => a.role === "actor1")?.kind).toBe("police");
  });

  it("leaves a band or a team alone (فرقة alone is no agent word)", () => {
    const events = eventsOf("أحيت فرقة موسيقية حفلا في مهرجان قرطاج الدولي.");
    expect(events.flatMap((e) => names(e, "actor1"))).not.toContain("فرقة موسيقية");
  });
});

describe("Maghreb place names with بو written together (name-patterns.json, joined_only_words)", () => {
  it("finds بوحجلة, which the gazetteer spells بو حجلة", () => {
    const doc = analyse({
      text: "قتل شاب في حادث مرور بمدينة بوحجلة من ولاية القيروان.",
      published: "2016-10-29",
    });
    expect(doc.places?.map((p) => p.name_en)).toContain("Bou Hajla");
  });
});
