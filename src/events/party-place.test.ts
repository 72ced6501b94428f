import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

// Where an event happens is not where its parties or topic belong: a country's territory named by its nisba is a
// place (داخل الأراضي السورية), a country named without a preposition after a statement's trigger is a party or
// its topic, and a statement is not placed in the state it speaks about.
describe("places apart from parties", () => {
  it("places an air strike inside a country's territory named by its nisba", () => {
    const [e] = eventsOf("نفذت طائرات عراقية ضربة جوية داخل الأراضي السورية يوم الخميس.");
    expect(e?.type).toBe("ASSAULT");
    expect(e?.location?.country).toBe("SY");
    // (the territory is no party to the strike)
    expect(e?.actors.some((a) => a.country === "SY")).toBe(false);
  });

  it("does not place an accusation in the country it accuses", () => {
    const [e] = eventsOf("اتهم حزب العمال المعارض روسيا بالتصعيد العسكري يوم الأحد.");
    expect(e?.type).toBe("ACCUSE");
    expect(e?.location?.country).not.toBe("RU");
  });

  it("does not place an arrest where a description after a comma says the arrested one worked", () => {
    const [e] = eventsOf(
      "ألقت الشرطة الإيطالية القبض على موظف، كان يعمل سابقا في سفارة لدى كندا، يوم الأحد.",
    );
    expect(e?.type).toBe("COERCE");
    expect(e?.location?.country).toBe("IT");
  });

  it("places an agreement where its parties meet, not in the first party's country", () => {
    const [e] = eventsOf("وقعت روسيا وإيران يوم الأحد في كازاخستان اتفاقية حول بحر قزوين.");
    expect(e?.type).toBe("AGREE");
    expect(e?.location?.country).toBe("KZ");
  });

  it("still places an attack in the country its bare object names", () => {
    const [e] = eventsOf("قصفت طائرات حربية سوريا فجر اليوم.");
    expect(e?.type).toBe("ASSAULT");
    expect(e?.location?.country).toBe("SY");
  });
});
