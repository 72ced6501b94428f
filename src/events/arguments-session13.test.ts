import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { eventsOf, names } from "./fixtures.ts";
import { wholePipeline } from "./pipeline-fixtures.ts";

// Session 13 (evactor13): events lost for an argument. An office named by its country's genitive lost the country
// (وزير خارجية فرنسا → "وزير خارجية", France a second party), and an arrest told in the passive had no actor and
// was dropped though its sentence, or the one before, names the force that made it. The sentences are written for
// these tests.

const { analyse } = wholePipeline();

const actorsOf = (e: DocEvent | undefined) =>
  (e?.actors ?? []).map((a) => `${a.role}:${a.name_ar}:${a.country ?? "-"}`);

describe("an office named by its country's genitive (mentions.ts)", () => {
  it("keeps the country in the office when the named-entity stage took it as a state", () => {
    const doc = analyse({
      text: "التقى وزير خارجية فرنسا نظيره الجزائري في العاصمة الجزائرية يوم الاثنين.",
      published: "2018-06-05",
    });
    const meeting = (doc.events ?? []).find((e) => e.type === "CONSULT");
    expect(actorsOf(meeting)).toContain("actor1:وزير خارجية فرنسا:FR");
    // France is the office's, not a second party
    expect(actorsOf(meeting)).not.toContain("actor1:فرنسا:FR");
  });

  it("reads a chain of two offices closed by the country (رئيس وزراء العراق)", () => {
    const doc = analyse({
      text: "استقبل رئيس وزراء العراق في بغداد يوم الأحد وفدا من رجال الأعمال الأتراك.",
      published: "2018-06-05",
    });
    const all = (doc.events ?? []).flatMap(actorsOf);
    expect(all).toContain("actor1:رئيس وزراء العراق:IQ");
  });

  it("takes a country read as ف + word as the genitive, without the text layers' entities too", () => {
    const [e] = eventsOf("التقى وزير خارجية فنزويلا الرئيس الروسي في موسكو.");
    expect(names(e, "actor1")[0]).toBe("وزير خارجية فنزويلا");
    expect(e?.actors?.[0]?.country).toBe("VE");
  });

  it("takes no country after a word in the accusative as its genitive (جنديا بريطانيا: a British soldier)", () => {
    const [e] = eventsOf("قتل المسلحون جنديا بريطانيا في هجوم شمال البلاد.");
    expect(names(e, "actor2")).toContain("جنديا");
    expect(names(e, "actor2")).not.toContain("جنديا بريطانيا");
    const [f] = eventsOf("طردت الحكومة البريطانية 23 دبلوماسيا روسيا من أراضيها.");
    expect(names(f, "actor1")).toEqual(["الحكومة البريطانية"]);
  });

  it("takes no compass word into the office's chain (جنود شمال سوريا: soldiers in the north of Syria)", () => {
    const [e] = eventsOf("قتل مسلحون ثلاثة جنود شمال سوريا.");
    expect(names(e, "actor2")).not.toContain("جنود شمال سوريا");
  });

  it("leaves a definite office and a country after it apart (the country is the object)", () => {
    const [e] = eventsOf("دعا الرئيس الأمريكي إيران إلى وقف دعمها للميليشيات.");
    expect(names(e, "actor1")).toEqual(["الرئيس الأمريكي"]);
    expect(names(e, "actor2")).toEqual(["إيران"]);
  });
});

describe("the nisbas of Austria and Singapore (demonyms-irregular.tsv)", () => {
  it("reads نمساوي and سنغافوري as the countries' adjectives", () => {
    const [e] = eventsOf("أوقفت الشرطة النمساوية رجلا في فيينا.");
    expect(e?.actors?.find((a) => a.role === "actor1")?.country).toBe("AT");
    const [f] = eventsOf("اعتقلت السلطات السنغافورية ثلاثة أشخاص.");
    expect(f?.actors?.find((a) => a.role === "actor1")?.country).toBe("SG");
  });

  it("takes no indefinite nisba after a definite head as its adjective (it is the predicate)", () => {
    const [e] = eventsOf("وقالت الشرطة إن الرجل نمساوي الجنسية هاجم حارسا أمام السفارة.");
    expect(names(e, "actor1")).toEqual(["الرجل"]);
  });
});

describe("an arrest told without its agent (detect.ts)", () => {
  it("is made by the force the sentence before names", () => {
    const [e] = eventsOf(
      "داهمت قوات الأمن منزلا في حي شعبي. وتم إيقاف شخصين كانت بحوزتهما أسلحة نارية.",
    ).filter((x) => x.type === "COERCE");
    expect(names(e, "actor1")).toEqual(["قوات الأمن"]);
    expect(names(e, "actor2")).toEqual(["شخصين"]);
  });

  it("is made by the authority that reports it in its own sentence", () => {
    const [e] = eventsOf(
      "أعلنت وزارة الداخلية أنه تم إلقاء القبض على ثلاثة عناصر إرهابية في جهة الوسط.",
    ).filter((x) => x.type === "COERCE");
    expect(names(e, "actor1")).toEqual(["وزارة الداخلية"]);
  });

  it("keeps an empty actor1 when the text names no one who arrested", () => {
    const [e] = eventsOf("اعتقل رجل في العاصمة يوم الأحد للاشتباه في تخطيطه لهجوم.").filter(
      (x) => x.type === "COERCE",
    );
    expect(names(e, "actor1")).toEqual([]);
    expect(names(e, "actor2")).toEqual(["رجل"]);
  });

  it("does not take the police an event after the arrest acts on", () => {
    const events = eventsOf("اعتقل رجل بعد هجوم على الشرطة في المدينة.");
    const arrest = events.find((x) => x.type === "COERCE");
    expect(names(arrest, "actor1")).toEqual([]);
  });
});
