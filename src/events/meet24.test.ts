import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import type { DocEvent } from "../doc/types.ts";

// Session 24 (evmeet24): the party named after مع right after a meeting noun is a side of the meeting. The sentences
// are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  // about the actors, not whether the confidence filter keeps a one-line article's events
  analyse = await createAnalyser({ events: { keepAll: true } });
});

const run = (text: string, published = "2018-04-14") => analyse({ text, published }).events ?? [];
const ofType = (events: DocEvent[], type: string) => events.find((e) => e.type === type);
const countries = (e: DocEvent | undefined) => (e?.actors ?? []).map((a) => a.country ?? null);

describe("the party after مع right after a meeting noun is a side of the meeting", () => {
  it("adds the one talks are held with to the subject of the light verb (أجرى … محادثات مع)", () => {
    const e = ofType(run("وأجرى رئيس الوزراء العراقي محادثات مع الرئيس الإيراني في طهران أمس."), "CONSULT");
    expect(e?.modality).toBe("asserted");
    expect(countries(e)).toEqual(expect.arrayContaining(["IQ", "IR"]));
    expect(e?.actors.every((a) => a.role === "actor1")).toBe(true);
  });

  it("keeps the meeting whose holder the sentence leaves unsaid, with the one met as its side", () => {
    const e = ofType(
      run("وأكد في تصريحات على هامش لقاء مع وزير الدفاع الأمريكي أن بلاده تريد قاعدة عسكرية."),
      "CONSULT",
    );
    expect(countries(e)).toContain("US");
  });

  it("leaves an interview alone: the press after مع is no side of a consultation", () => {
    expect(
      ofType(run("وقال وزير الخارجية الفرنسي في لقاء مع الصحفيين إن الوضع مستقر."), "CONSULT"),
    ).toBeUndefined();
  });

  it("does not read a party after a comma as the one met (محادثات …، مع استمرار التوتر مع)", () => {
    const e = ofType(
      run("وأجرى رئيس الوزراء العراقي محادثات في بغداد أمس، مع استمرار التوتر مع الحكومة الإيرانية."),
      "CONSULT",
    );
    expect(countries(e)).toEqual(["IQ"]);
  });
});
