import { describe, expect, it } from "vitest";
import { names } from "./fixtures.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evprot26): protests lost for want of an actor where the protesters are named by the sit-in they hold
// (المعتصمون) or by their want of work (المعطلون عن العمل). The sentences are written
// for these tests.

const { run } = wholePipeline();

describe("protesters named by the sit-in's participle, or by their want of work (agents.tsv)", () => {
  it("reads the sit-in holders as the actor of their sit-in (يواصل المعتصمون اعتصامهم)", () => {
    const protest = ofType(run("يواصل المعتصمون اعتصامهم أمام مقر الولاية بقابس لليوم الخامس."), "PROTEST");
    expect(names(protest, "actor1")).toEqual(["المعتصمون"]);
  });

  it("reads the unemployed as the ones who enter a sit-in (دخل المعطلون عن العمل في اعتصام)", () => {
    const protest = ofType(
      run("دخل المعطلون عن العمل صباح اليوم في اعتصام مفتوح أمام مقر المعتمدية بالقصرين."),
      "PROTEST",
    );
    expect(names(protest, "actor1")[0]).toMatch(/^المعطلون/);
  });

  it("reads the unemployed who close an office in protest as its actor (أغلق المعطلون … احتجاجا)", () => {
    const protest = ofType(
      run("أغلق عدد من المعطلين عن العمل صباح اليوم مقر المعتمدية بسيدي بوزيد احتجاجا على تأخر الانتدابات."),
      "PROTEST",
    );
    expect(names(protest, "actor1")[0]).toMatch(/المعطلين/);
  });

  it("makes no protest of a meeting with the sit-in holders (التقى الوالي بممثلين عن المعتصمين)", () => {
    const events = run("التقى والي قفصة اليوم بممثلين عن المعتصمين لبحث مطالبهم.");
    expect(ofType(events, "PROTEST")).toBeUndefined();
  });

  it("does not make the stalled projects a party (المشاريع المعطلة)", () => {
    const events = run("دعا الوالي إلى تفعيل المشاريع المعطلة في الجهة.");
    const actors = events.flatMap((e) => (e.actors ?? []).map((a) => a.name_ar));
    expect(actors.some((n) => n.includes("المعطلة"))).toBe(false);
  });

  it("does not read a sit-in announced for next week as held (سيدخل المعتصمون)", () => {
    const protest = ofType(
      run("أكد المعتصمون أنهم سيدخلون في إضراب جوع الأسبوع القادم أمام مقر الولاية بقفصة."),
      "PROTEST",
    );
    expect(protest?.modality).not.toBe("asserted");
  });
});

describe("officials named as a body of people who act in protest (protestPurposeSubject, cue class protesting_officials)", () => {
  it("reads diplomats who walk out in protest as its actor (غادر عدد من الدبلوماسيين القاعة احتجاجا)", () => {
    const protest = ofType(
      run("غادر عدد من الدبلوماسيين الأوروبيين قاعة المؤتمر في جنيف احتجاجا على كلمة الوزير."),
      "PROTEST",
    );
    expect(names(protest, "actor1")[0]).toMatch(/^الدبلوماسيين/);
  });

  it("reads judges who march in protest as its actor (سار عشرات من القضاة … احتجاجا)", () => {
    const protest = ofType(run("سار عشرات من القضاة في شوارع وارسو احتجاجا على قانون التقاعد."), "PROTEST");
    expect(names(protest, "actor1")).toEqual(["القضاة"]);
  });

  it("makes no protester of a single office-holder (أغلق الوزير مكتبه احتجاجا)", () => {
    expect(ofType(run("أغلق الوزير مكتبه احتجاجا على قرار البرلمان."), "PROTEST")).toBeUndefined();
  });

  it("makes no protester of a ministry that summons an ambassador in protest", () => {
    const protest = ofType(
      run("استدعت وزارة الخارجية الألمانية السفير التركي احتجاجا على تصريحاته."),
      "PROTEST",
    );
    expect(names(protest, "actor1").some((n) => n.includes("الخارجية") || n.includes("الألمانية"))).toBe(
      false,
    );
  });
});

describe("the residents a protest's sentence names are its protesters (cue class residents)", () => {
  it("takes the residents who block the road as the protesters (حيث قام الأهالي بقطع الطريق)", () => {
    const protest = ofType(
      run("تجددت صباح اليوم الاحتجاجات بمنطقة الحامة حيث قام الأهالي بقطع الطريق للمطالبة بالتنمية."),
      "PROTEST",
    );
    expect(names(protest, "actor1")).toEqual(["الأهالي"]);
  });

  it("takes the residents of the next sentence for a protest told without them (وأغلق السكان الطريق)", () => {
    const protest = ofType(
      run(
        "تواصلت الاحتجاجات لليوم الثاني في معتمدية الرديف. وأغلق السكان الطريق الرئيسية بالعجلات المطاطية.",
      ),
      "PROTEST",
    );
    expect(names(protest, "actor1")[0]).toMatch(/^السكان/);
  });

  it("makes no protesters of residents after a preposition (مخاوف لدى السكان، مساعدات إلى السكان)", () => {
    for (const text of [
      "تواصلت الاحتجاجات لليوم الثاني في معتمدية الرديف وسط مخاوف لدى السكان من تدهور الوضع.",
      "تواصلت الاحتجاجات لليوم الثاني في معتمدية الرديف. وقدمت البلدية مساعدات إلى السكان.",
    ])
      expect(names(ofType(run(text), "PROTEST"), "actor1")).toEqual([]);
  });
});
