import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";
import { loadEventLexicon, parseAgentHeads, parseAgents } from "./lexicon.ts";

// Session 16: statements (ACCUSE, REJECT, REQUEST, THREATEN) and their speakers. The sentences are written for these
// tests, in the style of news reports.

describe("judges and prosecutors: agents of the role judicial", () => {
  it("reads a role after the kind in agents.tsv, the kind alone for the agent list", () => {
    const text = "government\tالوزير\ngovernment/judicial\tالقاضي|النيابة العامة|الوزير\n";
    expect(parseAgents(text).get("القاضي")).toBe("government");
    expect(parseAgentHeads(text).get("النيابه العامه")?.role).toBe("judicial");
    // (a form listed first without a role keeps none)
    expect(parseAgentHeads(text).get("الوزير")?.role).toBeUndefined();
    expect(loadEventLexicon().agents.get("المدعي العام")?.role).toBe("judicial");
  });

  it("reads a judge or a prosecutor as the speaker of an accusation or a refusal", () => {
    const [judge] = eventsOf("ورفض قاضي التحقيق طلب الإفراج عن المتهمين.");
    expect(judge?.type).toBe("REJECT");
    expect(names(judge, "actor1")).toEqual(["قاضي التحقيق"]);
    const [accuse] = eventsOf("واتهم المدعي العام الجيش بارتكاب جرائم حرب.");
    expect(accuse?.type).toBe("ACCUSE");
    expect(names(accuse, "actor1")).toEqual(["المدعي العام"]);
    expect(names(accuse, "actor2")).toEqual(["الجيش"]);
  });

  it("codes no REQUEST for a judge's or a prosecutor's demand in court, and keeps a minister's", () => {
    for (const s of [
      "وطالب المدعي العام بسجن المتهم خمس عشرة سنة.",
      "وطالبت النيابة العامة بإنزال أقصى العقوبات بالمتهمين.",
      "ودعا القاضي الشهود إلى الحضور في الجلسة المقبلة.",
    ])
      expect(eventsOf(s).map((e) => e.type)).not.toContain("REQUEST");
    const [minister] = eventsOf("وطالب وزير العدل بسجن المتهم.");
    expect(minister?.type).toBe("REQUEST");
  });
});
