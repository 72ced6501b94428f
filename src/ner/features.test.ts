import { describe, expect, it } from "vitest";
import { documentFeatures, viewOf } from "./features.ts";
import { emptyResources, parseCues } from "./resources.ts";

describe("documentFeatures", () => {
  const resources = { ...emptyResources(), cues: parseCues("ORG\tنادي\n") };
  const views = (sentences: string[][]) => sentences.map((s) => s.map((w) => viewOf(w, resources)));

  it("gives a word what its other mentions in the article look like", () => {
    const doc = documentFeatures(
      views([
        ["لعب", "نادي", "العربي", "امس"],
        ["وفاز", "العربي", "بهدف"],
      ]),
      resources,
    );
    // The second العربي learns that the first one followed نادي (an organisation cue); the first learns of فاز.
    expect(doc[1][1]).toContain("d-c=ORG");
    expect(doc[1][1]).toContain("dn=2");
    expect(doc[0][2]).toContain("d-w=فاز");
    expect(doc[0][2]).not.toContain("d-c=ORG");
  });

  it("says nothing about words mentioned once", () => {
    const doc = documentFeatures(views([["لعب", "نادي", "العربي"]]), resources);
    expect(doc[0].every((f) => f.length === 0)).toBe(true);
  });
});
