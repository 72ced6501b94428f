import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, sharedDir } from "../paths.ts";
import { goldArticleText, type LoadedGold, loadGold } from "./events-io.ts";
import { EVENTS_DEV_DIR, EVENTS_DEV2_DIR, EVENTS_DEV3_DIR, EVENTS_GOLD_DIR } from "./events-set.ts";
import {
  docnoOf,
  expectIdealPredictionsScoreOne,
  expectNoSharedArticle,
  expectSentenceIndicesExist,
  expectWellFormedKeys,
} from "./key-set-checks.ts";
import { storyOverlap, storyWords } from "./story-overlap.ts";

// The third dev batch, annotated blind, must be new material: no article (by ANT docno or text) and no story (the
// same incident told by another outlet or on another day) that the first two dev batches, the test set, the seed or
// the bundled sample already has.

const dev3 = loadGold(EVENTS_DEV3_DIR);
const others = [...loadGold(EVENTS_DEV_DIR), ...loadGold(EVENTS_DEV2_DIR), ...loadGold(EVENTS_GOLD_DIR)];
const seedText = readFileSync(join(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");
const sampleIds = readFileSync(join(repoRoot, "samples/articles.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { id?: string }).id);
const titleOf = (g: LoadedGold): string => (g.key as { source?: { title?: string } }).source?.title ?? "";
const storyOf = (g: LoadedGold): Set<string> => storyWords(`${titleOf(g)}\n${goldArticleText(g)}`);

/** Same thresholds as the second batch (events-dev2.test.ts): one story shares ≥ 0.3 of its words within 14 days. */
const SAME_STORY = 0.3;
const SAME_STORY_DAYS = 14;
const dayOf = (g: LoadedGold): number => Date.parse(g.key.published ?? "") / 86_400_000;

describe("the third event dev batch", () => {
  it("holds well-formed keys, each with its article, its ANT provenance and the matching rules", () => {
    // Hard negatives at article level: articles whose events are all background, framing or non-events.
    expectWellFormedKeys(dev3, 60, 5);
  });

  it("shares no article with the other dev batches, the test set, the seed or the bundled sample", () => {
    expectNoSharedArticle(dev3, others, [seedText]);
    const samples = new Set(sampleIds);
    expect(dev3.filter((g) => samples.has(docnoOf(g))).map((g) => g.id)).toEqual([]);
  });

  it("tells no story that the other dev batches, the test set, the seed or another article of the batch tells", () => {
    const known = [
      ...others.map((g) => ({ id: g.id, day: dayOf(g), words: storyOf(g) })),
      { id: "seed", day: Date.parse("2014-08-02") / 86_400_000, words: storyWords(seedText) },
    ];
    const mine = dev3.map((g) => ({ id: g.id, day: dayOf(g), words: storyOf(g) }));
    const same: string[] = [];
    for (const [i, a] of mine.entries()) {
      for (const b of [...known, ...mine.slice(i + 1)]) {
        const overlap = storyOverlap(a.words, b.words);
        if (Math.abs(a.day - b.day) <= SAME_STORY_DAYS && overlap >= SAME_STORY)
          same.push(`${a.id} ~ ${b.id} (${overlap.toFixed(2)})`);
      }
    }
    expect(same).toEqual([]);
  });

  it("gives sentence indices that exist under the project's sentence splitter", () => {
    expectSentenceIndicesExist(dev3);
  });

  it("is internally consistent: the ideal prediction of every key scores 1.0 on events and fields", () => {
    expectIdealPredictionsScoreOne(dev3);
  });
});
