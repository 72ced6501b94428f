import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createDoc } from "../../doc/doc.ts";
import type { Doc } from "../../doc/types.ts";
import { repoRoot } from "../../paths.ts";
import { CorpusSummary, Counter } from "./summary.ts";

function analysedDoc(): Doc {
  const text = "قتل 3 أشخاص في بنغازي. وقال حفتر إن قواته تقدمت.";
  return {
    ...createDoc({ id: "a", text, published: "2014-08-02", source: "Al Wasat" }),
    sentences: [
      { start: 0, end: 22 },
      { start: 23, end: text.length },
    ],
    entities: [
      { start: 15, end: 21, text: "بنغازي", type: "LOC" },
      { start: 28, end: 32, text: "حفتر", type: "PERS" },
    ],
    places: [
      {
        start: 15,
        end: 21,
        text: "بنغازي",
        id: "geonames:88319",
        name_en: "Benghazi",
        country: "LY",
        lat: 32.1,
        lon: 20.1,
        precision: 1,
      },
    ],
    times: [],
    events: [
      {
        type: "ASSAULT",
        actors: [],
        location: null,
        date: null,
        fatalities: { value: 3, approximate: false },
        modality: "asserted",
        attribution: [],
        evidence: [{ start: 0, end: 22 }],
      },
    ],
  };
}

describe("CorpusSummary", () => {
  it("counts articles, sentences, entities by type, places, events and fatalities", () => {
    const summary = new CorpusSummary();
    summary.add(analysedDoc());
    summary.add(analysedDoc());
    const text = summary.render(5);
    expect(text).toMatch(/articles +2\n/);
    expect(text).toMatch(/sentences +4\n/);
    expect(text).toMatch(/entities +4 \(LOC 2, PERS 2\)/);
    expect(text).toMatch(/top LOC +بنغازي 2/);
    expect(text).toMatch(/top places +Benghazi \(بنغازي\), LY 2/);
    expect(text).toMatch(/events +2 \(ASSAULT 2\)/);
    expect(text).toMatch(/fatalities +6/);
    expect(text).toMatch(/published +2014-08-02 … 2014-08-02/);
  });
});

describe("Counter", () => {
  it("lists the most frequent first, ties alphabetically", () => {
    const counter = new Counter();
    for (const key of ["b", "a", "c", "c"]) counter.add(key);
    expect(counter.top(2)).toEqual([
      ["c", 2],
      ["a", 1],
    ]);
    expect(counter.total).toBe(4);
  });
});

describe("marsad summary (the real CLI)", () => {
  it("analyses the bundled samples by default, progress on stderr, summary on stdout", () => {
    const run = spawnSync(process.execPath, [resolve(repoRoot, "bin/marsad.js"), "summary"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Marsad summary\n/);
    expect(run.stdout).toMatch(/articles +300\n/);
    expect(run.stdout).toMatch(/Sky News Arabia/);
    expect(run.stderr).toMatch(/analysed 300 articles/);
    // analysing all 300 bundled articles takes ~15 s alone and over 40 s when the cores are shared
  }, 180_000);
});
