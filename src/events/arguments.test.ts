import { describe, expect, it } from "vitest";
import { datedEventsOf, eventsOf, names } from "./fixtures.ts";

// Event arguments and within-article merging: who acts, on whom, where and when, and which tellings are one event.
describe("event arguments and merging", () => {
  it("after أن/إن takes the noun opening the clause as the subject, not a noun after the verb", () => {
    const [e] = eventsOf("قالت مصادر محلية إن ميليشيا تابعة للحكومة اختطفت عضو المجلس من منزله.");
    expect(e?.type).toBe("ASSAULT");
    expect(names(e, "actor1")).toEqual(["ميليشيا"]);
  });

  it("merges an attack by government forces with the same attack told with the army's country", () => {
    const events = eventsOf(
      "قال متحدث باسم المتمردين إن القوات الحكومية هاجمت مواقعهم. وأكد المتمردون أن الجيش التشادي هاجم مواقعهم.",
    );
    expect(events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });

  it("places an arrest by a state's forces in their country when the text names no place for it", () => {
    const events = eventsOf(
      "اعتقلت الشرطة الأردنية رجلا. وكان الرجل يقيم في سوريا، وعاد من سوريا الشهر الماضي.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.location?.country).toBe("JO");
  });

  it("places an event with no place told in the country the article's actors belong to", () => {
    const events = eventsOf(
      "فرقت الشرطة السودانية وقفة احتجاجية أمام وزارة العدل. وقال حزب الأمة السوداني إن عناصر الأمن اعتقلت المحتجين.",
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.location?.country).toBe("SD");
  });

  it("merges the same event word told again without an actor of its own", () => {
    const events = eventsOf(
      "أصدر الرئيس قرارا بإطلاق سراح جميع المعتقلين السياسيين. وقال الوزير إن إطلاق سراح المعتقلين يعزز الوفاق.",
    );
    expect(events.filter((e) => e.type === "RETREAT")).toHaveLength(1);
  });

  it("reads a definite visit with a titled actor as the planned visit told before", () => {
    const events = datedEventsOf(
      "يؤدي وزير الخارجية الفرنسي زيارة إلى تونس يوم 20 مايو. ويجري الوزير الفرنسي خلال الزيارة لقاءات مع مسؤولين.",
    );
    const visits = events.filter((e) => e.type === "CONSULT" && e.trigger?.text?.includes("زيارة"));
    expect(visits).toHaveLength(1);
    expect(visits[0]?.modality).toBe("planned");
  });

  it("never takes the object of a verb in the first person plural as its subject", () => {
    const events = eventsOf("وقال الوزير: ونناشد المسؤولين الروس التدخل.");
    expect(events.flatMap((e) => names(e, "actor1"))).not.toContain("المسؤولين الروس");
  });

  it("dates an undated event of the lead's story by the day the first sentence gives, not a source's day", () => {
    const events = datedEventsOf(
      "فرقت الشرطة اليوم الأحد وقفة احتجاجية أمام وزارة العدل. وقال المحتجون إن الشرطة اعتقلت عددا من المشاركين.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.date?.value).toBe("2018-05-06");
    const framed = datedEventsOf(
      "قالت صحيفة الوطن في عددها الصادر أمس إن الجيش يستعد لعملية. وقال مسؤول إن الشرطة اعتقلت عددا من المسلحين.",
    );
    expect(framed.find((e) => e.type === "COERCE")?.date ?? null).toBeNull();
  });

  it("reads a nationality right after an arrest or a death as the one it befalls, not a state acting", () => {
    const [arrest] = eventsOf("أعلنت الشرطة اعتقال سوري آخر ينتمي إلى التنظيم.");
    expect(arrest?.type).toBe("COERCE");
    expect(names(arrest, "actor2")).toEqual(["سوري"]);
    expect(names(arrest, "actor1")).not.toContain("سوريا");
    const [shelling] = eventsOf("أدان الوزير القصف الإسرائيلي على غزة.").filter((e) => e.type === "ASSAULT");
    expect(shelling?.actors.find((a) => a.role === "actor1")?.country).toBe("IL");
  });

  it("reads the source after وفقا when ل is glued to it, but not the one spoken to", () => {
    const [protest] = eventsOf("تظاهر المحتجون في البصرة، وفقا لشهود عيان.");
    expect(protest?.attribution.map((a) => a.name_ar).join(" ")).toContain("شهود");
    const [strike] = eventsOf("قال الوزير للصحفيين إن الجيش قصف المواقع.");
    expect(strike?.attribution.map((a) => a.name_ar)).toEqual(["الوزير"]);
  });

  it("reads a killing verb after its subject and before في + an attack as passive: the subject was killed", () => {
    const [e] = eventsOf('أعلنت الوزارة أن 8 من عناصر الحرس الوطني قتلوا في "هجوم" استهدف دوريتهم.');
    expect(names(e, "actor1")).toEqual([]);
    // (and the patrol the attack targeted: targets.ts)
    expect(names(e, "actor2")).toEqual(["الحرس الوطني", "دوريتهم"]);
    const [active] = eventsOf("أعلنت الوزارة أن المسلحين قتلوا ثلاثة جنود في هجوم.");
    expect(names(active, "actor1")).toEqual(["المسلحين"]);
  });

  it("never takes the neighbour across a border for a party", () => {
    const [e] = eventsOf("هاجم مسلحون دورية للجيش قرب حدود الجزائر.");
    expect(e?.actors.some((a) => a.country === "DZ")).toBe(false);
  });

  it("reads the object class a verb needs, right after it, as its object and not its subject", () => {
    const [e] = eventsOf("أبلغت روسيا السفير الهولندي قرارها طرد دبلوماسيين اثنين.");
    expect(e?.type).toBe("SANCTION");
    expect(names(e, "actor1")).not.toContain("دبلوماسيين");
    expect(names(e, "actor2")).toEqual(["دبلوماسيين"]);
  });
});
