import { describe, expect, it } from "vitest";
import type { LoadedGold } from "./events-io.ts";
import { nonStateTwoLetterKeys } from "./key-set-checks.ts";

const keyWith = (id: string, actors: Record<string, { country: string | null }>): LoadedGold =>
  ({
    id,
    dir: ".",
    key: {
      actors: Object.fromEntries(Object.entries(actors).map(([k, a]) => [k, { ...a, aliases_ar: [] }])),
    },
  }) as unknown as LoadedGold;

describe("nonStateTwoLetterKeys", () => {
  it("flags a two-letter key that is not its country's code, which the scorer's state rule would over-match", () => {
    const keys = [
      keyWith("eg-court", { MB: { country: "EG" }, EG: { country: "EG" } }),
      keyWith("ng", { BH: { country: "NG" } }),
    ];
    expect(nonStateTwoLetterKeys(keys)).toEqual(["eg-court: MB (EG)", "ng: BH (NG)"]);
  });

  it("accepts a state's own code, the Palestinian Authority, keys with no country and longer keys", () => {
    const keys = [
      keyWith("ps", {
        PA: { country: "PS" },
        UN: { country: null },
        IKHWAN: { country: "EG" },
        US: { country: "US" },
      }),
    ];
    expect(nonStateTwoLetterKeys(keys)).toEqual([]);
  });
});
