// Session 22 (evread22): a first person plural present form that is a noun the news write with the article (نصيب
// share, نصف half, نشيد anthem) is no trigger (lexicon.ts, nounNotWe). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("a noun that looks like a verb in the first person plural", () => {
  it("is no attack (نصيب is a share, not 'we hit')", () => {
    expect(types("وقال الوزير إن نصيب مصر من المساعدات بلغ مليون دولار.")).not.toContain("ASSAULT");
    expect(types("وأظهرت الأرقام أن نصيب ألمانيا تجاوز ستين في المئة من الطلبات.")).not.toContain("ASSAULT");
  });

  it("keeps the other forms of the verb (أصيب، يصيب)", () => {
    expect(types("أصيب ثلاثة جنود بجروح في هجوم شنه مسلحون على حاجز للجيش في سيناء أمس.")).toContain(
      "ASSAULT",
    );
  });
});
