import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";
import { accusativeOf } from "./lexicon.ts";

// What an attack hits, and victims: they are its actor2, never the one who acts.
describe("attack targets and victims", () => {
  it("takes the base a car bomb targeted as the attack's actor2", () => {
    const [e] = eventsOf("انفجرت سيارة مفخخة استهدفت ثكنة عسكرية قرب الحدود صباح اليوم.");
    expect(e?.type).toBe("ASSAULT");
    expect(names(e, "actor2")).toEqual(["ثكنة عسكرية"]);
    expect(names(e, "actor1")).toEqual([]);
  });

  it("takes the target after على of an attack noun, and the owner a target names with ل", () => {
    const [a] = eventsOf("شن مسلحون هجوما على مدرسة للبنات في القرية.");
    expect(names(a, "actor1")).toEqual(["مسلحون"]);
    expect(names(a, "actor2")).toEqual(["مدرسة"]);
    const [b] = eventsOf("استهدف هجوم انتحاري معسكرا للجيش الأفغاني صباح الخميس.");
    expect(names(b, "actor2")).toEqual(["الجيش الأفغاني"]);
  });

  it("does not take a place after في as the target", () => {
    const [e] = eventsOf("هاجم مسلحون الشرطة في مطعم وسط المدينة.");
    expect(names(e, "actor2")).toEqual(["الشرطة"]);
  });

  it("reads counted victims in the accusative as the victims of a passive", () => {
    const [e] = eventsOf("قتل 12 شرطيا في انفجار عبوة ناسفة.");
    expect(e?.type).toBe("ASSAULT");
    expect(names(e, "actor2")).toEqual(["شرطيا"]);
    expect(names(e, "actor1")).toEqual([]);
  });

  it("reads civilians before a killing verb with no object as its victims", () => {
    const [e] = eventsOf("قالت الشرطة إن عشرة أشخاص قتلوا وأصيب آخرون في تبادل لإطلاق النار.");
    expect(names(e, "actor1")).toEqual([]);
    expect(names(e, "actor2")).toContain("أشخاص");
  });

  it("generates the accusative of one-word indefinite actor words only", () => {
    expect(accusativeOf("شخص")).toBe("شخصا");
    expect(accusativeOf("زوار")).toBe("زوارا");
    expect(accusativeOf("جندي")).toBe("جنديا");
    expect(accusativeOf("مدنيين")).toBeNull();
    expect(accusativeOf("الجيش")).toBeNull();
    expect(accusativeOf("شرطه")).toBeNull();
    expect(accusativeOf("قوات الامن")).toBeNull();
  });
});
