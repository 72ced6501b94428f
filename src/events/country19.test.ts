import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import type { DocEvent } from "../doc/types.ts";

// Session 19 (evcountry19): events found with the wrong country, or with none. The sentences are written for these
// tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  // about the country, not whether the confidence filter keeps a one-line article's events
  analyse = await createAnalyser({ events: { keepAll: true } });
});

const run = (text: string, published = "2018-04-14") => analyse({ text, published }).events ?? [];
const ofType = (events: DocEvent[], type: string) => events.find((e) => e.type === type);

describe("an article that speaks of one country only places its unplaced events there", () => {
  it("reads the one country of an actor named once: الشركة الكينية → Kenya", () => {
    const e = ofType(run("ألقت الشرطة القبض على مدير الشركة الكينية."), "COERCE");
    expect(e?.location?.country).toBe("KE");
  });

  it("guesses none between two countries named once each", () => {
    const e = ofType(run("اعتقلت الشرطة مدير شركة كينية وسائقا أوغنديا."), "COERCE");
    expect(e).toBeDefined();
    expect(e?.location).toBeNull();
  });
});
