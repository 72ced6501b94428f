import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "../../paths.ts";
import { evalEventsCommand } from "./eval-events.ts";

const key = (file: string, type: string, country: string) => ({
  file,
  published: "2018-03-04",
  actors: { SY: { country: "SY", aliases_ar: ["سوريا", "الجيش السوري"] } },
  events: [
    {
      id: "E1",
      type: [type],
      actors: { actor1: ["SY"], actor2: [] },
      location: { country: [country] },
      date: { value: null },
      modality: ["asserted"],
      attribution: [],
    },
  ],
});
const pred = (id: string, type: string) => ({
  id,
  text: "",
  published: null,
  entities: [],
  events: [
    {
      type,
      actors: [{ role: "actor1", name_ar: "الجيش السوري" }],
      location: { country: "SY" },
      date: null,
      fatalities: null,
      modality: "asserted",
      attribution: [],
      evidence: [],
    },
  ],
});

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "marsad-eval-"));
  writeFileSync(join(dir, "a.gold.json"), JSON.stringify(key("a.ar.txt", "ASSAULT", "SY")));
  writeFileSync(join(dir, "b.gold.json"), JSON.stringify(key("b.ar.txt", "PROTEST", "SY")));
  return dir;
}

describe("marsad eval events", () => {
  it("scores a folder of keys against JSONL predictions joined by id, micro-averaged", async () => {
    const dir = fixture();
    const preds = join(dir, "pred.jsonl");
    writeFileSync(
      preds,
      [pred("b", "ASSAULT"), pred("a", "ASSAULT")].map((d) => JSON.stringify(d)).join("\n"),
    );
    let out = "";
    const score = await evalEventsCommand(dir, preds, { json: true }, (s) => {
      out += s;
    });
    expect(score.total).toMatchObject({ gold: 2, predicted: 2, paired: 1, spurious: 1 });
    expect(score.rates.f1).toBeCloseTo(0.5);
    expect(JSON.parse(out).rates.precision).toBeCloseTo(0.5);
  });

  it("prints a readable summary, with per-article details on request", async () => {
    let out = "";
    const seed = join(sharedDir(), "seed/libya-2014-08-02.gold.json");
    const empty = join(mkdtempSync(join(tmpdir(), "marsad-eval-")), "p.json");
    writeFileSync(empty, JSON.stringify({ events: [] }));
    await evalEventsCommand(seed, empty, { details: true }, (s) => {
      out += s;
    });
    expect(out).toMatch(/recall {2}0\.000/);
    expect(out).toMatch(/libya-2014-08-02: .*missed E1 E2/);
    expect(out).toMatch(/\n {2}missed E1 \[s0,1\] .*: no prediction in the article\n/);
  });

  it("runs the analyser on the keys' articles with --run", async () => {
    const score = await evalEventsCommand(
      join(sharedDir(), "seed/libya-2014-08-02.gold.json"),
      undefined,
      {
        run: true,
        json: true,
      },
      () => {},
    );
    expect(score.documents).toHaveLength(1);
    expect(score.rates.recall).toBeGreaterThanOrEqual(0);
  });

  it("keeps every candidate with --no-filter (the confidence filter off): never fewer events than with it", async () => {
    const seed = join(sharedDir(), "seed/libya-2014-08-02.gold.json");
    const count = async (filter: boolean) => {
      const score = await evalEventsCommand(seed, undefined, { run: true, filter }, () => {});
      return score.total.paired + score.total.duplicates + score.total.spurious + score.total.absorbed;
    };
    expect(await count(false)).toBeGreaterThanOrEqual(await count(true));
    await expect(evalEventsCommand(seed, seed, { filter: false }, () => {})).rejects.toThrow(/needs --run/);
  });

  it("fails with a clear message on bad input", async () => {
    const dir = fixture();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{not json");
    await expect(evalEventsCommand(dir, bad, {}, () => {})).rejects.toThrow(/invalid JSON/);
    await expect(evalEventsCommand(dir, undefined, {}, () => {})).rejects.toThrow(/--run/);
    const wrongIds = join(dir, "ids.jsonl");
    writeFileSync(wrongIds, JSON.stringify(pred("zzz", "ASSAULT")));
    await expect(evalEventsCommand(dir, wrongIds, {}, () => {})).rejects.toThrow(/no prediction document/);
    await expect(evalEventsCommand(join(dir, "none"), bad, {}, () => {})).rejects.toThrow(/no such file/);
  });
});
