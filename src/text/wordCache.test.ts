import { describe, expect, it } from "vitest";
import { cachedByWord } from "./wordCache.ts";

describe("cachedByWord", () => {
  it("computes each word once, keeps null answers, and starts afresh past its limit", () => {
    const calls: string[] = [];
    const lookup = cachedByWord((w) => {
      calls.push(w);
      return w === "مالي" ? null : w.length;
    }, 2);
    expect([lookup("بنغازي"), lookup("بنغازي"), lookup("مالي"), lookup("مالي")]).toEqual([6, 6, null, null]);
    expect(calls).toEqual(["بنغازي", "مالي"]);
    lookup("درنة"); // the third word clears the cache
    lookup("بنغازي");
    expect(calls).toEqual(["بنغازي", "مالي", "درنة", "بنغازي"]);
  });
});
