// Session 22 (spurious events): words that tell no event an analyst would code here. Sentences written for these
// tests.
import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("a task named after the site it is done at tells no act (siteOfTask)", () => {
  it("drops the task noun in a construct after a centre or a camp", () => {
    expect(types("وقد قضى الشاب أسبوعين بمركز الإيقاف بالعاصمة قبل أن يمثل أمام القاضي.")).not.toContain(
      "COERCE",
    );
    expect(types("وأفاد مصدر أمني أن بعض الحراس في مركز الاعتقال ساعدوا السجناء على الفرار.")).not.toContain(
      "COERCE",
    );
  });

  it("keeps a campaign of arrests and an arrest told by its verb", () => {
    expect(types("وشن الجيش حملة اعتقال واسعة في مخيم جنين، وأوقف عشرة شبان.")).toContain("COERCE");
  });
});
