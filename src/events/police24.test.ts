import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 24: police and court acts the extractor missed (seizures, arrests, referrals). The sentences are written for
// these tests, in the style of local news reports.

describe("a seizure that counts what it seizes", () => {
  it("reads حجز/ضبط with a count right after it as a seizure, whatever the unit", () => {
    const [meat] = eventsOf(
      "تمكنت الفرقة الجهوية للشرطة البلدية بقبلي، صباح اليوم الجمعة، من حجز 155 كيلوغراما من اللحوم الحمراء المتعفنة.",
    );
    expect(meat?.type).toBe("COERCE");
    expect(meat?.modality).toBe("asserted");
    expect(names(meat, "actor1")).toEqual(["الشرطة البلدية"]);
    const [bottles] = eventsOf("تمكنت وحدات الحرس الوطني بالمنستير من حجز 1056 قارورة مياه معدنية فاسدة.");
    expect(bottles?.type).toBe("COERCE");
    const [petrol] = eventsOf(
      "وإثر مداهمة مستودع بصفاقس تمكنت وحدات الأمن من ضبط 2160 لترا من البنزين المهرب.",
    );
    expect(petrol?.type).toBe("COERCE");
  });

  it("reads a quantifier right after the seizure the same way", () => {
    const [phones] = eventsOf("كما تمكنت وحدات الجيش الوطني من حجز عدد من الهواتف الجوالة المهربة.");
    expect(phones?.type).toBe("COERCE");
    expect(names(phones, "actor1")).toEqual(["الجيش الوطني"]);
  });

  it("still reads no seizure in self-restraint or price control", () => {
    const types = (s: string) => eventsOf(s).map((e) => e.type);
    expect(types("دعت الحكومة جميع الأطراف إلى ضبط النفس وتجنب كل أشكال العنف.")).not.toContain("COERCE");
    expect(types("قررت الوزارة ضبط الأسعار في كل الأسواق.")).not.toContain("COERCE");
  });
});
