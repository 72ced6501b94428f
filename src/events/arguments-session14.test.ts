import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 14 (evarg14): events lost to an argument. A release ordered by a court or a prosecutor had no actor (the
// ordering rule read arrests and sentences only) and was dropped; the one released, named after عن, was no party; a
// ruling issued by a court (أصدرت المحكمة حكما بسجن شاب سوري) was read as the verb "the two ruled" with the convict
// for subject, so the convict's nationality placed the event. The sentences are written for these tests.

const { analyse } = wholePipeline();

describe("a release ordered by a court or a prosecutor (detect.ts, cue class order)", () => {
  it("is made by the court that rules it (قضت محكمة … بالإفراج عن)", () => {
    const release = ofType(eventsOf("قضت محكمة مصرية بالإفراج عن الصحفي بكفالة مالية."), "RETREAT");
    expect(names(release, "actor1")).toEqual(["محكمة مصرية"]);
    expect(release?.actors?.[0]?.country).toBe("EG");
    expect(names(release, "actor2")).toEqual(["الصحفي"]);
  });

  it("is made by the one who orders it (أمرت النيابة بالإفراج عن)", () => {
    const release = ofType(
      eventsOf("أمرت المحكمة العسكرية بالإفراج عن ثلاثة ناشطين بكفالة مالية."),
      "RETREAT",
    );
    expect(names(release, "actor1")).toEqual(["المحكمة العسكرية"]);
  });

  it("frees the one named after عن", () => {
    const release = ofType(
      eventsOf("أفرجت السلطات الأردنية الخميس عن الصحفي بعد أسبوع من توقيفه."),
      "RETREAT",
    );
    expect(names(release, "actor2")).toEqual(["الصحفي"]);
  });

  it("still takes no actor from a sentence that names none (قضى عشر سنوات: served, no court)", () => {
    const events = eventsOf("قضى الرجل عشر سنوات في السجن قبل أن يفرج عنه.");
    expect(events.flatMap((e) => names(e, "actor1"))).not.toContain("محكمة");
  });
});

describe("the object of a verb of issuing is a noun (triggers.ts, cue class issue)", () => {
  it("reads حكما after أصدرت as a ruling, the court acting and the convict its object", () => {
    const doc = analyse({
      text: "أصدرت محكمة في ميونخ الثلاثاء حكما بسجن شاب أفغاني مدة عامين لاعتدائه على رجل مسن.",
      published: "2018-05-02",
    });
    const ruling = ofType(doc.events, "SANCTION");
    expect(names(ruling, "actor1")).toEqual(["محكمة"]);
    expect(names(ruling, "actor2")).toContain("شاب أفغاني");
    // placed at the court's town, not in the convict's country
    expect(ruling?.location?.country).toBe("DE");
  });

  it("reads حكمها after أصدرت, a comma and a day between, as the court's ruling", () => {
    const doc = analyse({
      text: "أصدرت محكمة الجنايات في دبي، الأحد، حكمها بسجن الموظف البريطاني عشر سنوات.",
      published: "2018-05-02",
    });
    const ruling = ofType(doc.events, "SANCTION");
    expect(names(ruling, "actor1")).toEqual(["محكمة الجنايات"]);
    expect(ruling?.location?.country).toBe("AE");
  });

  it("leaves a verb a verb when no verb of issuing opens its clause (حكمت المحكمة على المتهمين)", () => {
    const [e] = eventsOf("حكمت المحكمة على المتهمين بالسجن خمس سنوات.");
    expect(e?.type).toBe("SANCTION");
    expect(e?.trigger?.text).toBe("حكمت");
  });
});

describe("judges and prosecutors are actors (data/events/agents.tsv)", () => {
  it("takes a judge for the one who sentences (حكم القاضي على المتهمين)", () => {
    const [e] = eventsOf("حكم القاضي على المتهمين بالسجن خمس سنوات.");
    expect(e?.type).toBe("SANCTION");
    expect(names(e, "actor1")).toEqual(["القاضي"]);
  });

  it("takes the prosecution for the one who remands (قررت النيابة العامة حبس)", () => {
    const e = ofType(eventsOf("قررت النيابة العامة حبس أربعة متهمين على ذمة التحقيق."), "COERCE");
    expect(names(e, "actor1")).toEqual(["النيابة العامة"]);
  });

  it("gives prosecutors named with a people's plural their country (مدعون ألمان)", () => {
    const doc = analyse({
      text: "أمر مدعون ألمان، الجمعة، بالإفراج عن الناشط المعتقل بكفالة قدرها ألف يورو.",
      published: "2018-04-07",
    });
    const release = ofType(doc.events, "RETREAT");
    expect(release?.actors?.find((a) => a.role === "actor1")?.country).toBe("DE");
    expect(release?.location?.country).toBe("DE");
  });
});

describe("another usual name of a country, and its nisba (data/gazetteer/additions.tsv, demonyms-irregular.tsv)", () => {
  it("reads هنغارية as Hungarian, as المجرية is", () => {
    const doc = analyse({ text: "قضت محكمة هنغارية بسجن أربعة مهربين 25 عاما.", published: "2018-06-14" });
    const ruling = ofType(doc.events, "SANCTION");
    expect(ruling?.actors?.[0]?.country).toBe("HU");
    expect(ruling?.location?.country).toBe("HU");
    const other = analyse({ text: "اعتقلت الشرطة المجرية أربعة مهربين.", published: "2018-06-14" });
    expect(ofType(other.events, "COERCE")?.location?.country).toBe("HU");
  });

  it("places an event in هنغاريا in Hungary", () => {
    const doc = analyse({
      text: "تظاهر آلاف الطلاب في هنغاريا يوم السبت ضد قانون التعليم.",
      published: "2018-06-14",
    });
    expect(ofType(doc.events, "PROTEST")?.location?.country).toBe("HU");
  });
});
