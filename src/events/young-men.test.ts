import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 11 (evtune11): the young man and the man of crime news (شاب، رجل) were no actor words, so a stabbing by
// "a young man" or the arrest of "a man" was read with no one, or not at all. The sentences are written for these
// tests.

describe("a young man or a man is an actor (agents.tsv)", () => {
  it("reads شاب and رجل as the one who acts or is acted on", () => {
    const [a] = eventsOf("أعلنت الشرطة أن شابا لم تحدد هويته طعن معلما في جامعة في بنغلاديش.");
    expect(a?.type).toBe("ASSAULT");
    expect(names(a, "actor1")).toEqual(["شابا"]);
    const [b] = eventsOf("اعتقلت الشرطة رجلا يشتبه في تورطه في الهجوم.");
    expect(names(b, "actor2")).toEqual(["رجلا"]);
  });

  it("makes no event of a young man's words", () => {
    expect(eventsOf("قال الشاب إنه لن يعود إلى بلاده.")).toEqual([]);
  });
});
