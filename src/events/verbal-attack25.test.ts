// Session 25 (evnear25): the noun هجوم carrying its speaker's pronoun, on someone after على, read as an armed attack
// where the keys code criticism (واصل كومي هجومه على الرئيس، صعد محامي ترامب هجومه على التحقيق). Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("an office-holder's or a named person's own attack on someone is criticism (retype, verbalAttack)", () => {
  it("reads هجومه على by a president or a minister as ACCUSE, with its speaker", () => {
    const [e] = eventsOf("واصل الرئيس الأمريكي هجومه على وسائل الإعلام، واصفا إياها بعدوة الشعب.");
    expect(e?.type).toBe("ACCUSE");
    expect(names(e, "actor1")).toEqual(["الرئيس الأمريكي"]);
    expect(types("صعد وزير الخارجية الإيراني هجومه على الاتفاق النووي.")).toEqual(["ACCUSE"]);
  });

  it("keeps the attack of an army or a militia, and one with a weapon", () => {
    expect(types("واصل الجيش السوري هجومه على مدينة دوما.")).toEqual(["ASSAULT"]);
    expect(types("واصلت الميليشيات هجومها على القرية وقتلت عشرة مدنيين.")).not.toContain("ACCUSE");
    expect(types("وواصل الرئيس هجومه على المعارضة بالأسلحة الثقيلة.")).toEqual(["ASSAULT"]);
  });
});
