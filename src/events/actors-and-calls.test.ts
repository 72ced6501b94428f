import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 11 (evtune11): classes of the TUNE batches' errors that recur across batches — victims counted by their
// nationality or trade read as no one, an air strike told by the army that flew it read with no attacker, and calls
// whose إلى stands past a time or a relative clause dropped. The sentences are written for these tests.

describe("a nationality counted by a number names people, not the state", () => {
  it("reads the counted nationals as the victims", () => {
    const [a] = eventsOf("أعلنت مصادر أمنية مقتل ثلاثة روس قرب الحدود مع الكاميرون.");
    expect(a?.type).toBe("ASSAULT");
    expect(names(a, "actor2")).toEqual(["روس"]);
    expect(a?.actors?.find((x) => x.role === "actor2")?.country).toBe("RU");
    const [b] = eventsOf("اختطف مسلحون 4 تونسيين في ليبيا.");
    expect(names(b, "actor1")).toEqual(["مسلحون"]);
    expect(names(b, "actor2")).toEqual(["تونسيين"]);
  });

  it("leaves a nationality after واحدة (one) an adjective", () => {
    expect(eventsOf("هبطت في المطار طائرة واحدة سويدية.")).toEqual([]);
  });

  it("reads a counted driver as a victim (counted.tsv)", () => {
    const [e] = eventsOf("قتل مسلحون 11 سائق سيارة أجرة في جنوب أفريقيا.");
    expect(names(e, "actor2")).toEqual(["سائق"]);
  });
});

describe("an attack by an aircraft that a fighting force reports is that force's", () => {
  it("gives the strike to the army whose aircraft the clause after أن/إن names", () => {
    const [a] = eventsOf("قال الجيش الإسرائيلي إن طائراته قصفت أهدافا في قطاع غزة.");
    expect(names(a, "actor1")).toEqual(["الجيش الإسرائيلي"]);
    const [b] = eventsOf("أعلن الجيش الإسرائيلي أن طائرة عسكرية استهدفت تسعة أهداف في قطاع غزة.");
    expect(names(b, "actor1")).toEqual(["الجيش الإسرائيلي"]);
  });

  it("does not give it to a speaker who does not fight", () => {
    const [e] = eventsOf("قالت وزارة الصحة إن طائرة استهدفت منزلا في غزة.");
    expect(e?.type).toBe("ASSAULT");
    expect(names(e, "actor1")).toEqual([]);
  });
});

describe("دعا calls for what follows إلى past a time or a relative clause", () => {
  it("reads the call past a time fenced by commas", () => {
    const [e] = eventsOf("دعت بريطانيا، الأحد، إيران إلى الكف عن إرسال أسلحة إلى الحوثيين.");
    expect(e?.type).toBe("REQUEST");
    expect(names(e, "actor2")).toEqual(["إيران"]);
  });

  it("reads the call past a relative clause on the one called on or the one calling", () => {
    const [a] = eventsOf(
      "ودعت اللجنة جميع أطراف الصراع في اليمن، التي تتقاتل منذ ثلاث سنوات، إلى تقديم ضمانات أمنية.",
    );
    expect(a?.type).toBe("REQUEST");
    expect(names(a, "actor1")).toEqual(["اللجنة"]);
    const [b] = eventsOf("ودعا الرئيس إيمرسون منانغاغوا الذي خلف روبرت موغابي في نوفمبر إلى الهدوء.");
    expect(b?.type).toBe("REQUEST");
  });

  it("still reads دعا with no إلى after it as no call", () => {
    expect(eventsOf("دعا الإمام المصلين الذين حضروا صلاة الجمعة في المسجد بالرحمة.")).toEqual([]);
  });
});
