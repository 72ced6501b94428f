import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evobj26): the one an arrest or a release befalls told by a pronoun (اعتقلتها، أطلقت سراحه، القبض عليه)
// is the party before it the pronoun agrees with (object-pronoun.ts); with none, actor2 stays empty. Sentences
// written for these tests.

const actor2Names = (e: ReturnType<typeof ofType>) =>
  (e?.actors ?? []).filter((a) => a.role === "actor2").map((a) => a.name_ar);

describe("the patient of an arrest or a release told by a pronoun (object-pronoun.ts)", () => {
  const { run } = wholePipeline();

  it("reads ها on an arrest verb as the woman named before it (اعتقلتها)", () => {
    const arrest = ofType(run("قال شقيق الناشطة ليلى العلي إن الشرطة السورية اعتقلتها في دمشق."), "COERCE");
    expect(arrest?.trigger?.text).toBe("اعتقلتها");
    expect(actor2Names(arrest)).toEqual(["ليلى العلي"]);
  });

  it("reads ه on a release as the man named before it, not the force that freed him (أطلقت سراحه)", () => {
    const release = ofType(
      run("قال والد الشاب محمد الهادي إن قوات الأمن اللبنانية أطلقت سراحه مساء الأحد."),
      "RETREAT",
    );
    expect(release?.trigger?.text).toBe("أطلقت سراحه");
    expect(actor2Names(release)).toEqual(["محمد الهادي"]);
  });

  it("reads the kidnapped man as the one the kidnappers free (ثم أطلقوا سراحه)", () => {
    const release = ofType(
      run("اختطف مسلحون مجهولون الصحفي أحمد الزين في بنغازي يوم الأحد، ثم أطلقوا سراحه بعد يومين."),
      "RETREAT",
    );
    expect(actor2Names(release)).toEqual(["أحمد الزين"]);
  });

  it("leaves actor2 empty when no party before agrees with the pronoun (ها after a lawyer and a judge)", () => {
    const release = ofType(run("قال المحامي إن القاضي أمر بإطلاق سراحها مساء اليوم."), "RETREAT");
    expect(release).toBeDefined();
    expect(actor2Names(release)).toEqual([]);
  });

  it("never reads the authority that reports or makes the arrest as the one arrested (تم القبض عليه)", () => {
    const arrest = ofType(run("أعلنت وزارة الداخلية المصرية أنه تم القبض عليه في القاهرة."), "COERCE");
    expect(arrest).toBeDefined();
    expect(actor2Names(arrest)).toEqual([]);
  });
});

describe("an arrest retold by its word with the pronoun of the one held is the same arrest (merge.ts pronounRetold)", () => {
  const { run } = wholePipeline();

  it("makes one arrest of اعتقلت الشرطة الناشط … وقال محاميه إن اعتقاله سيستمر", () => {
    const events = run(
      "اعتقلت الشرطة الفرنسية الناشط كريم بن صالح في باريس يوم الجمعة. وقال محاميه إن اعتقاله سيستمر حتى يوم الاثنين المقبل.",
    );
    const arrests = events.filter((e) => e.type === "COERCE");
    expect(arrests).toHaveLength(1);
    expect(actor2Names(arrests[0])).toEqual(["كريم بن صالح"]);
  });

  it("keeps a release of the man arrested before apart from his arrest (another type)", () => {
    const events = run("اعتقلت الشرطة الفرنسية الناشط كريم بن صالح في باريس، ثم أطلقت سراحه بعد يومين.");
    expect(actor2Names(ofType(events, "RETREAT"))).toEqual(["كريم بن صالح"]);
    expect(ofType(events, "COERCE")).toBeDefined();
  });
});
