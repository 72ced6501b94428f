// Session 23 (spurious events): what a sentence recalls from before the news is no event of its own. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("the pluperfect in the writer's aside or a relative clause recalls the past (embeddedPluperfect)", () => {
  it("drops a verb right after كان … قد after يذكر أن or a relative pronoun", () => {
    expect(types("ويذكر أن الحكومة كانت قد طالبت بتسليم المتهمين.")).not.toContain("REQUEST");
    expect(types("وأفرج القضاء عن الطبيب الذي كان قد اعتقل في المطار.")).not.toContain("COERCE");
  });

  it("keeps the pluperfect in a speaker's words, one dated among the story's own days, and the plain past", () => {
    expect(types("وقال مسؤول في الوزارة إن الحكومة كانت قد طالبت بتسليم المتهمين.")).toContain("REQUEST");
    expect(types("ويذكر أن الشرطة كانت قد اعتقلت الطبيب مساء الاثنين.")).toContain("COERCE");
    expect(types("ويذكر أن الحكومة طالبت بتسليم المتهمين.")).toContain("REQUEST");
  });
});

describe("what protesters voice during their protest is the protest's (voicedDuringProtest)", () => {
  it("drops a statement told with خلالها after a protest named before it", () => {
    expect(
      types("نفذ عمال المصنع وقفة احتجاجية أمام مقر الولاية عبروا خلالها عن رفضهم لقرار الغلق."),
    ).not.toContain("REJECT");
    expect(types("نفذ عمال المصنع وقفة احتجاجية أمام مقر الولاية طالبوا خلالها بصرف أجورهم.")).not.toContain(
      "REQUEST",
    );
  });

  it("keeps the protest, and a demand made in a letter", () => {
    expect(types("نفذ عمال المصنع وقفة احتجاجية أمام مقر الولاية طالبوا خلالها بصرف أجورهم.")).toContain(
      "PROTEST",
    );
    expect(types("وجهت النقابة رسالة إلى الوزير طالبت فيها بصرف أجور العمال.")).toContain("REQUEST");
  });
});
