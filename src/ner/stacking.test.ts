import { describe, expect, it } from "vitest";
import { emptyResources } from "./resources.ts";
import { stackedFeatures } from "./stacking.ts";

describe("stackedFeatures", () => {
  const res = emptyResources();
  const stems = [
    ["نادي", "العربي", "فاز"],
    ["وقال", "العربي", "انه"],
    ["خليفه", "حفتر", "قال"],
    ["ان", "حفتر", "رفض"],
  ];
  const tags = [
    ["O", "B-ORG", "O"],
    ["O", "O", "O"],
    ["B-PERS", "I-PERS", "O"],
    ["O", "O", "O"],
  ];
  const out = stackedFeatures(stems, tags, res);

  it("gives each word the first pass's tag of itself and its neighbours", () => {
    expect(out[0][1]).toEqual(expect.arrayContaining(["t1=B-ORG", "t1-1=O", "t1+1=O"]));
    expect(out[0][0]).toContain("t1-1=<s>");
  });

  it("tells a word what the first pass made of its other mentions in the article", () => {
    expect(out[1][1]).toEqual(expect.arrayContaining(["dv=ORG", "dvm=ORG", "de=B-ORG"]));
    // Its own tag is no vote: the ORG mention sees only the untagged one.
    expect(out[0][1]).toContain("dvm=O");
    expect(out[0][1]).not.toContain("de=B-ORG");
  });

  it("marks a family name met alone after the full name", () => {
    expect(out[3][1]).toContain("dsur");
    expect(out[3][0]).not.toContain("dsur");
  });
});
