import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evsubj26): who did it to whom. A verb that goes on from the clause before (و، ثم) carrying its object as
// a pronoun has that clause's subject, not the party named right before it (detect.ts pronounObjectVerb); a group
// word an armed adjective follows is the band that acts, not a quantifier of victims (isVictimPassive). Sentences
// written for these tests.

const names = (e: ReturnType<typeof ofType>, role: string) =>
  (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.name_ar);

describe("a verb with an object pronoun and no subject of its own goes on with the clause before's subject", () => {
  const { run } = wholePipeline();

  it("gives the force that arrested the man, not the man, as the one who frees him (ثم أطلقت سراحه)", () => {
    const release = ofType(run("أوقفت الشرطة الشاب في العاصمة ثم أطلقت سراحه بعد ساعات."), "RETREAT");
    expect(release?.trigger?.text).toBe("أطلقت سراحه");
    expect(names(release, "actor1")).toEqual(["الشرطة"]);
    expect(names(release, "actor2")).toEqual(["الشاب"]);
  });

  it("gives the gunmen, not the businessman whose car they stopped, as the kidnappers (واختطفوه)", () => {
    const abduction = ofType(run("اعترض مسلحون سيارة رجل الأعمال في الطريق الساحلي واختطفوه."), "ASSAULT");
    expect(abduction?.trigger?.text).toBe("واختطفوه");
    expect(names(abduction, "actor1")).toEqual(["مسلحون"]);
    expect(names(abduction, "actor1")).not.toContain("رجل");
  });

  it("still reads the subject before a verb with an object pronoun after أن (أن الشرطة اعتقلته)", () => {
    const arrest = ofType(run("قال شقيق الطالب سامي إن الشرطة اعتقلته أمس في القاهرة."), "COERCE");
    expect(names(arrest, "actor1")).toEqual(["الشرطة"]);
  });

  it("still reads the subject after a coordinated verb that names its own (واعتقلته الشرطة)", () => {
    const arrest = ofType(run("عاد الطالب سامي إلى منزله واعتقلته الشرطة بعد ساعة."), "COERCE");
    expect(names(arrest, "actor1")).toEqual(["الشرطة"]);
  });
});

describe("a group word with an armed adjective after a killing or kidnapping verb is its subject", () => {
  const { run } = wholePipeline();

  it("reads a terrorist group as the killer of a soldier (قتلت مجموعة إرهابية جنديا)", () => {
    const killing = ofType(run("قتلت مجموعة إرهابية جنديا في جبل الشعانبي يوم الأحد."), "ASSAULT");
    expect(names(killing, "actor1")).toEqual(["مجموعة إرهابية"]);
    expect(names(killing, "actor2")).toEqual(["جنديا"]);
  });

  it("reads an armed group as the kidnapper, not the kidnapped (اختطفت مجموعة مسلحة)", () => {
    const abduction = ofType(run("اختطفت مجموعة مسلحة الصحفية في مدينة بنغازي."), "ASSAULT");
    expect(names(abduction, "actor1")[0]).toMatch(/^مجموعة/);
    expect(names(abduction, "actor2")).not.toContain("مجموعة");
  });

  it("still reads a group of citizens after the verb as its victims (اختطفت مجموعة من المواطنين)", () => {
    const abduction = ofType(run("اختطفت مجموعة من المواطنين في مدينة بنغازي."), "ASSAULT");
    expect(names(abduction, "actor1")).toEqual([]);
    expect(names(abduction, "actor2")[0]).toMatch(/^مجموعة/);
  });
});
