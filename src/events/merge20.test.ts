import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const eventsOf = (text: string, type: string) =>
  (analyse({ text, published: "2018-03-01" }).events ?? []).filter((e) => e.type === type);

describe("a person named again by part of the name is no second side (session 20)", () => {
  it("takes talks told by the full name and again by the surname for one meeting", () => {
    const events = eventsOf(
      "أجرت المستشارة الألمانية أنغيلا ميركل الخميس محادثات مع العاهل الأردني الملك عبد الله الثاني في عمان. وقال الديوان إن ميركل أجرت محادثات مع الملك تناولت الأوضاع في المنطقة.",
      "CONSULT",
    );
    expect(events).toHaveLength(1);
    expect((events[0]?.actors ?? []).map((a) => a.name_ar)).toContain("أنغيلا ميركل");
  });

  it("keeps apart talks held by two people of different names", () => {
    const events = eventsOf(
      "أجرى الرئيس الفرنسي إيمانويل ماكرون الخميس محادثات مع العاهل الأردني في عمان. وأجرى رئيس الوزراء الكندي جاستن ترودو محادثات مع الملك في اليوم نفسه.",
      "CONSULT",
    );
    expect(events).toHaveLength(2);
  });
});
