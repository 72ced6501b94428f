import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import { createDoc } from "../doc/doc.ts";
import { sharedDir } from "../paths.ts";
import { textStage } from "./stage.ts";

describe("textStage", () => {
  it("assigns sentences and tokens without touching the text", () => {
    const text = "قُتل 3 جنود في بنغازي. وأصيب آخرون";
    const doc = textStage.run(createDoc({ text }));
    expect(doc.text).toBe(text);
    expect(doc.sentences).toHaveLength(2);
    expect(doc.tokens?.map((t) => t.text)).toEqual([
      "قُتل",
      "3",
      "جنود",
      "في",
      "بنغازي",
      ".",
      "وأصيب",
      "آخرون",
    ]);
    expect(doc.tokens?.[0].norm).toBe("قتل");
    expect(textStage.assigns).toEqual(["sentences", "tokens"]);
  });

  it("runs first in the analyser and gives the seed its 10 sentences and offsets that hold", async () => {
    const analyse = await createAnalyser();
    const text = readFileSync(resolve(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");
    const doc = analyse({ text, published: "2014-08-02" });
    expect(doc.sentences).toHaveLength(10);
    const tokens = doc.tokens ?? [];
    expect(tokens.length).toBeGreaterThan(500);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.parts[0].start).toBe(t.start);
      expect(t.parts[t.parts.length - 1].end).toBe(t.end);
      for (const p of t.parts) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    const sixty = tokens.find((t) => t.value === 60);
    expect(sixty?.text).toBe("60");
    const glued = tokens.findIndex((t) => t.text === "سوريا");
    expect(tokens[glued + 1].text).toBe("والعراق");
  });
});

describe("textStage on malformed input", () => {
  it("keeps a run of letters without spaces whole and many unclosed quotes linear", () => {
    const glued = "سوريا".repeat(2000);
    const doc = textStage.run(createDoc({ text: `${glued} و${"«قال ".repeat(5000)}` }));
    expect(doc.tokens?.[0].text).toBe(glued);
    expect(doc.tokens?.[0].parts).toHaveLength(1);
    expect(doc.tokens?.length).toBe(1 + 1 + 10000);
  });

  it("handles empty and space-only text", () => {
    expect(textStage.run(createDoc({ text: "" })).tokens).toEqual([]);
    expect(textStage.run(createDoc({ text: " \n\t " })).sentences).toEqual([]);
  });
});
