import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import { parsePredictedEvents } from "../eval/events.ts";
import { goldArticleText, loadGold } from "../eval/events-io.ts";
import { scoreSet } from "../eval/events-run.ts";
import { sharedDir } from "../paths.ts";

// The reference article scored with the project's own scorer through the whole analyser, so that the figure
// follows the other stages as they land. No code or data exists for this article alone.
describe("events on the reference article", () => {
  it("finds its events without duplicates", async () => {
    const golds = loadGold(join(sharedDir(), "seed/libya-2014-08-02.gold.json"));
    const analyse = await createAnalyser();
    const predictions = golds.map((g) =>
      parsePredictedEvents(
        { events: analyse({ text: goldArticleText(g), published: g.key.published ?? null }).events ?? [] },
        g.id,
      ),
    );
    const score = scoreSet(golds, predictions);
    expect(score.total.duplicates).toBe(0);
    expect(score.rates.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe("events through the whole analyser", () => {
  it("reads a capital named without a preposition as its state, and في + capital as a place", async () => {
    const analyse = await createAnalyser();
    const doc = analyse({
      text: "هددت موسكو بتفتيش كل طائرة بريطانية تهبط في روسيا.",
      published: "2018-03-31",
    });
    const [threat] = doc.events ?? [];
    expect(threat?.type).toBe("THREATEN");
    expect(threat?.actors.find((a) => a.role === "actor1")).toMatchObject({ kind: "state", country: "RU" });
    const met = analyse({
      text: "اجتمع وزير الخارجية الفرنسي مع نظيره الروسي في موسكو.",
      published: "2018-03-31",
    });
    expect(met.events?.[0]?.location?.name_en).toMatch(/Moscow/);
  });
});
