import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";
import { loadEventLexicon } from "./lexicon.ts";

// Session 18 (evagents18): a statement needs a speaker (detect.ts), and a speaker named by a common noun that
// agents.tsv lacked (وناشد شيوخ صعدة، دعا مجمع التنسيقيات، قيادي بحركة حماس) made no mention, so the statement was
// dropped. Tribal elders and notables (شيوخ، وجهاء، أعيان، علماء، نسوة), coordinations, parties and coalitions
// (تنسيقية، أحزاب، ائتلاف، تحالف، هيئات) and party leaders (قيادات) are now agent heads. The singular قيادي stays
// out: it is a speaker_for head (cues.tsv), a member who speaks for the party after في (statements14.test.ts). The
// sentences are written for these tests.

describe("closed-class agent nouns name a speaker (agents.tsv)", () => {
  it("lists the heads with their kind", () => {
    const agents = loadEventLexicon().agents;
    expect(agents.get("شيوخ")?.kind).toBe("civilians");
    expect(agents.get("التنسيقيه")?.kind).toBe("organization");
    expect(agents.get("قيادات")?.kind).toBe("government");
    expect(agents.has("قيادي")).toBe(false);
  });

  it("keeps a statement whose speaker is such a noun phrase, with it as actor1", () => {
    const [a] = eventsOf("وناشد شيوخ القبائل الحكومة الإفراج عن المعتقلين.");
    expect(a?.type).toBe("REQUEST");
    expect(names(a, "actor1")).toEqual(["شيوخ القبائل"]);
    expect(names(a, "actor2")).toEqual(["الحكومة"]);
    const [b] = eventsOf("دعت تنسيقية المعطلين عن العمل الحكومة إلى فتح باب الانتداب.");
    expect(b?.type).toBe("REQUEST");
    // (since session 26 المعطلين is an actor word of its own, the unemployed who protest, and it ends the phrase
    // here; reading an organisation head in construct with a people word as one body cost CHECK 0.007, not landed)
    expect(names(b, "actor1")).toEqual(["تنسيقية"]);
    const [c] = eventsOf("نددت قيادات الحركة بالهجوم على المتظاهرين.");
    expect(c?.type).toBe("ACCUSE");
    expect(names(c, "actor1")).toEqual(["قيادات"]);
    // (one leader speaks for his party: the party is the speaker)
    const [d] = eventsOf("ندد قيادي في الحركة بالهجوم على المتظاهرين.");
    expect(d?.type).toBe("ACCUSE");
    expect(names(d, "actor1")).toEqual(["الحركة"]);
  });

  it("still drops a statement with no speaker, and makes no event of an elder's plain words", () => {
    expect(eventsOf("طالب بالإفراج عن المعتقلين.")).toEqual([]);
    expect(eventsOf("قال شيوخ القبيلة إنهم سيعودون إلى قراهم.")).toEqual([]);
  });
});
