import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/sentences.ts";
import { idealPredictions } from "./events-ideal.ts";
import { goldArticleText, loadGold } from "./events-io.ts";
import { scoreSet } from "./events-run.ts";
import { EVENTS_DEV_DIR, EVENTS_GOLD_DIR } from "./events-set.ts";

const dev = loadGold(EVENTS_DEV_DIR);
const test = loadGold(EVENTS_GOLD_DIR);
const docnoOf = (key: object): string | undefined => (key as { source?: { docno?: string } }).source?.docno;

describe("the event dev set", () => {
  it("holds well-formed keys, each with its article, its ANT provenance and the matching rules", () => {
    expect(dev.length).toBeGreaterThanOrEqual(40);
    for (const g of dev) {
      expect(existsSync(join(g.dir, g.key.file!)), g.id).toBe(true);
      expect(g.key.published, g.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(docnoOf(g.key), g.id).toMatch(/^[A-Z]{2}-/);
      expect(g.key.note, g.id).toContain("Matching rules:");
    }
    expect(dev.filter((g) => g.key.events.every((e) => e.optional)).length).toBeGreaterThanOrEqual(2);
  });

  it("shares no article with the test set", () => {
    const testDocnos = new Set(test.map((g) => docnoOf(g.key)));
    const testTexts = new Set(test.map((g) => readFileSync(join(g.dir, g.key.file!), "utf8")));
    for (const g of dev) {
      expect(testDocnos.has(docnoOf(g.key)), g.id).toBe(false);
      expect(testTexts.has(goldArticleText(g)), g.id).toBe(false);
    }
  });

  it("gives sentence indices that exist under the project's sentence splitter", () => {
    for (const g of dev) {
      const count = splitSentences(goldArticleText(g)).length;
      for (const e of g.key.events) {
        for (const s of e.sentences ?? []) expect(s < count, `${g.id} ${e.id} sentence ${s}`).toBe(true);
      }
    }
  });

  it("is internally consistent: the ideal prediction of every key scores 1.0 on events and fields", () => {
    const score = scoreSet(
      dev,
      dev.map((g) => idealPredictions(g.key)),
    );
    for (const d of score.documents) expect([d.id, d.missedIds, d.duplicateIndices]).toEqual([d.id, [], []]);
    expect(score.rates.f1).toBe(1);
    expect(score.rates.overallFieldAccuracy).toBe(1);
  });
});
