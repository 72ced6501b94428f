import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

// Session 22 (evplace22): a town NER tags as a person after a locative preposition (ببن قردان) is a place. The
// sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const run = (text: string) => analyse({ text, published: "2016-03-10" });

describe("a known town after a locative preposition that NER tags as a person (link.ts locativeBefore)", () => {
  it("reads ببن قردان as Ben Gardane, not a person", () => {
    const doc = run("حجزت وحدات الديوانة ببن قردان شاحنة محملة بالسجائر المهربة باتجاه القطر الليبي.");
    expect((doc.places ?? []).map((p) => [p.name_en, p.country])).toContainEqual(["Ben Gardane", "TN"]);
    expect((doc.entities ?? []).filter((e) => e.type === "PERS" && e.text.includes("قردان"))).toEqual([]);
  });
  it("leaves a person after a verb's ب a person (اتصل بـ)", () => {
    const doc = run("اتصل رئيس الحكومة بمحمد الغنوشي هاتفيا أمس.");
    expect((doc.places ?? []).length).toBe(0);
  });
});
