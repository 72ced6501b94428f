import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import type { DocEvent } from "../doc/types.ts";
import { lookupActor } from "../places/api.ts";

// Session 22 (evplace22): Tunisian bodies, parties and organisations named bare (data/actors/armed-groups.tsv). The
// sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser({ events: { keepAll: true } });
});

const run = (text: string) => analyse({ text, published: "2016-05-12" }).events ?? [];
const ofType = (events: DocEvent[], type: string) => events.find((e) => e.type === type);

describe("Tunisian bodies named without a country word", () => {
  it("knows the customs (الديوانة) and a party (حزب المؤتمر من أجل الجمهورية) as Tunisian", () => {
    expect(lookupActor("الديوانة")[0]?.canonical.country).toBe("TN");
    expect(lookupActor("حزب المؤتمر من أجل الجمهورية")[0]?.canonical.country).toBe("TN");
  });
  it("places a seizure by the customs that names no place in Tunisia", () => {
    const e = ofType(
      run("تمكن أعوان الديوانة اليوم من حجز كمية من السجائر المهربة على متن شاحنة."),
      "COERCE",
    );
    expect(e?.location?.country).toBe("TN");
  });
});
