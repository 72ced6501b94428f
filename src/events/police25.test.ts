import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 25: police, court and protest news the extractor missed (Tunisian radio and agency stories of 2016-2018).
// The sentences are written for these tests, in the style of those reports.

describe("the one held named by موقوف or مظنون فيه", () => {
  it("reads the detainees of a release named by موقوف as the ones it frees", () => {
    const [freed] = eventsOf("قررت المحكمة الابتدائية بقفصة الإفراج عن 12 موقوفا في أحداث المتلوي.");
    expect(freed?.type).toBe("RETREAT");
    expect(names(freed, "actor2")).toEqual(["موقوفا"]);
  });

  it("reads the suspect of an arrest told without its agent as the one arrested", () => {
    const [held] = eventsOf("وتم القبض على المظنون فيه مساء أمس.");
    expect(held?.type).toBe("COERCE");
    expect(names(held, "actor2")).toEqual(["المظنون فيه"]);
    const [three] = eventsOf("وتم إيقاف المظنون فيهم الثلاثة مساء أمس.");
    expect(three?.type).toBe("COERCE");
  });

  it("still reads no event in a detainee named with no act", () => {
    expect(eventsOf("وقال محامي الموقوف إن موكله بريء.").map((e) => e.type)).not.toContain("COERCE");
  });
});

describe("a police agent named one or two at a time by عون", () => {
  it("reads عون/عوني/عونا with a security word as the police, a person an arrest may take", () => {
    const [held] = eventsOf("أكدت مصادر أمنية أنه تم إيقاف عوني أمن بالمهدية بعد ضبطهما في حالة سكر.");
    expect(held?.type).toBe("COERCE");
    // (with no places layer in these tests, the town stays in the agent phrase)
    expect(names(held, "actor2")[0]).toMatch(/^عوني أمن/);
    expect(held?.actors.find((a) => a.role === "actor2")?.kind).toBe("police");
    const [hit] = eventsOf("اعتدى شاب بالعنف الشديد على عون الحرس الوطني أمام المركز.");
    expect(hit?.type).toBe("ASSAULT");
    expect(names(hit, "actor2")).toEqual(["عون الحرس الوطني"]);
  });

  it("reads no agent in عون alone, meaning help", () => {
    const types = eventsOf("وتم افتتاح المشروع بعون الله وبمساعدة الأهالي.").map((e) => e.type);
    expect(types).not.toContain("COERCE");
    expect(types).not.toContain("ASSAULT");
  });
});
