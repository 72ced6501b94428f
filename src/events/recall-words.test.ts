import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 12 (evtune12): classes of missed events that recur across the TUNE batches, read from a script's cause
// table over `marsad eval events DIR --run --details --json` and a trace of the rule that dropped each trigger. The
// sentences are written for these tests.

describe("a release from custody (أخلى سبيل، إخلاء سبيل)", () => {
  it("is RETREAT release, by the one who releases", () => {
    const [a] = eventsOf("وقال إن الشرطة أخلت سبيله بعد ساعات من توقيفه.");
    expect(a?.type).toBe("RETREAT");
    expect(a?.mode).toBe("release");
    expect(names(a, "actor1")).toEqual(["الشرطة"]);
    const [b] = eventsOf("قررت المحكمة إخلاء سبيل الموقوفين بضمان مالي.");
    expect(b?.type).toBe("RETREAT");
    expect(names(b, "actor1")).toEqual(["المحكمة"]);
  });

  it("leaves a withdrawal from positions as it was", () => {
    const [a] = eventsOf("أخلت الفصائل مواقعها في ريف المدينة.");
    expect(a?.type).toBe("RETREAT");
    expect(a?.mode).toBe("withdraw");
  });
});

describe("a court's sentence to death or to years of prison (cue class sentence)", () => {
  it("reads بإعدام and سجنا as the sentence", () => {
    const [a] = eventsOf("قضت محكمة الجنايات بإعدام ثلاثة متهمين.");
    expect(a?.type).toBe("SANCTION");
    const [b] = eventsOf("حكمت المحكمة على المتهم بخمس سنوات سجنا.");
    expect(b?.type).toBe("SANCTION");
  });
});

describe("وجه is the light verb of a threat (cue class light)", () => {
  it("gives the threat the subject of وجه", () => {
    const threats = eventsOf("وجه الرئيس تهديدا للحكومة المجاورة بقطع العلاقات.").filter(
      (e) => e.type === "THREATEN",
    );
    expect(threats).toHaveLength(1);
    expect(names(threats[0], "actor1")).toEqual(["الرئيس"]);
  });
});

describe("a meeting told as the occasion of its clause (cue class occasion)", () => {
  it("is held by the clause's subject and the one named after مع", () => {
    const calls = eventsOf(
      "تطرق الرئيس خلال اتصال هاتفي مع وزير الخارجية الفرنسي إلى الأوضاع في المنطقة.",
    ).filter((e) => e.type === "CONSULT");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.actors?.map((a) => a.role)).toEqual(["actor1", "actor1"]);
    expect(names(calls[0], "actor1")[0]).toBe("الرئيس");
    expect(calls[0]?.actors?.[1]?.country).toBe("FR");
  });

  it("is an event even inside the frame of a statement made at it", () => {
    const meetings = eventsOf("وقال الوزير على هامش اجتماع وزراء الخارجية العرب إن الأزمة تتفاقم.").filter(
      (e) => e.type === "CONSULT",
    );
    expect(meetings).toHaveLength(1);
    expect(names(meetings[0], "actor1")[0]).toBe("الوزير");
  });

  it("still needs someone to hold it", () => {
    expect(eventsOf("خلال الاجتماع، تقرر تأجيل الانتخابات.").filter((e) => e.type === "CONSULT")).toEqual([]);
  });
});
