import { describe, expect, it } from "vitest";
import { loadCountries } from "./countries.ts";
import { loadEventLexicon } from "./lexicon.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { wholePipeline } from "./pipeline-fixtures.ts";
import { datelineEnd } from "./stage.ts";
import { Cues, sentenceViews } from "./view.ts";

const lexicon = loadEventLexicon();
const countries = loadCountries();
const cues = new Cues(lexicon);
const { analyse } = wholePipeline();

/** The mentions of a one-sentence text, read after the whole pipeline (entities and places included). */
function mentionsOf(text: string): Mention[] {
  const doc = analyse({ text, published: "2018-06-01" });
  return sentenceViews(doc).flatMap((v) => findMentions(v, { doc, lexicon, cues, countries }));
}
const named = (ms: Mention[], word: string) => ms.find((m) => m.text.includes(word));

describe("event mentions", () => {
  it("keeps a capital in apposition to العاصمة a place, not its state acting", () => {
    const m = named(mentionsOf("فجر انتحاري نفسه أمام فندق في العاصمة الكينية نيروبي مساء أمس."), "نيروبي");
    expect(m?.state).toBe(false);
  });

  it("reads a country after a compass word as where, not who", () => {
    const m = named(mentionsOf("قتل عشرون شخصا في هجوم استهدف سوقا شمالي نيجيريا اليوم."), "نيجيريا");
    expect(m?.prep).toBe("في");
  });

  it("reads المغرب after صلاة or أذان as the sunset prayer, not Morocco", () => {
    const ms = mentionsOf("اعتقلت الشرطة ثلاثة شبان بعد صلاة المغرب قرب الجامع.");
    expect(ms.some((m) => m.country === "MA")).toBe(false);
  });

  it("places العاصمة + a nationality at that country's capital when no name follows", () => {
    const m = named(mentionsOf("اجتمع الوزراء بالعاصمة الجزائرية بشأن ليبيا."), "العاصمة");
    expect(m?.country).toBe("DZ");
    expect(m?.place?.name_en).toBe("Algiers");
    expect(m?.place?.precision).toBe(1);
    expect(m?.prep).toBe("ب");
    expect(named(mentionsOf("انفجرت سيارة في العاصمة الصومالية مقديشو."), "العاصمة")).toBeUndefined();
  });

  it("reads a nisba right after a town as the town's country, not a party (مدينة بجاية الجزائرية)", () => {
    const ms = mentionsOf("اندلعت أمس أعمال شغب وسط مدينة بجاية الجزائرية.");
    expect(ms.some((m) => m.source === "demonym")).toBe(false);
    expect(named(mentionsOf("هاجمت القوات الجزائرية المسلحين."), "الجزائرية")).toBeDefined();
  });

  it("drops the conjunction and preposition glued to an actor phrase from its name", () => {
    const ms = mentionsOf("هاجم الجيش مواقع تابعة للمجلس العسكري وعناصر الحرس في الجبل.");
    expect(named(ms, "عناصر")?.name_ar).toBe("عناصر");
    const council = named(ms, "مجلس");
    expect(council?.name_ar).toBe("المجلس العسكري");
    expect(council?.prep).toBe("ل");
  });

  it("knows the people an attack falls on by their trade (a nurse, aid workers, hostages)", () => {
    const ms = mentionsOf("خطف مسلحون ممرضة ألمانية من مقر اللجنة الدولية.");
    const nurse = named(ms, "ممرضة");
    expect(nurse?.kind).toBe("civilians");
    expect(nurse?.country).toBe("DE");
  });
});

describe("event arguments through the whole pipeline", () => {
  it("reads a dateline (دبي، الإمارات العربية المتحدة (CNN)--) as where the story was filed: no party, no place", () => {
    const doc = analyse({
      text: "دبي، الإمارات العربية المتحدة (CNN)-- استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني في دمشق.",
      published: "2018-06-01",
    });
    expect(datelineEnd(doc)).toBe(37);
    const [e] = doc.events ?? [];
    expect(e?.location?.country).toBe("SY");
    expect(e?.actors.some((a) => a.country === "AE")).toBe(false);
    const sentence = analyse({
      text: "قتل ثلاثة (بينهم طفل) - وأصيب آخرون في بغداد.",
      published: "2018-06-01",
    });
    expect(datelineEnd(sentence)).toBe(0);
  });

  it("places an event told in a country at the town its own clause names in that country", () => {
    const doc = analyse({
      text: "استقبل مقتدى الصدر، زعيم التيار الصدري الشيعي في العراق، رئيس الوزراء العراقي حيدر العبادي في مكتبه ببغداد صباح الأحد.",
      published: "2018-05-20",
    });
    expect(doc.events?.[0]?.location?.name_en).toBe("Baghdad");
    // (not a town of another clause: the plans the police speak of)
    const other = analyse({
      text: "اعتقلت قوات الأمن خمسة مسلحين في العراق، وقالت الشرطة إنهم كانوا يخططون لهجمات في الموصل.",
      published: "2018-05-20",
    });
    expect(other.events?.find((e) => e.type === "COERCE")?.location?.name_en).toBe("Iraq");
  });

  it("writes a place's English name without GeoNames' ayn marks (`Afrin → Afrin)", () => {
    const doc = analyse({
      text: "قصفت الطائرات التركية مستشفى في مدينة عفرين السورية.",
      published: "2018-03-17",
    });
    expect(doc.events?.[0]?.location?.name_en).toBe("Afrin");
    // (every layer: the places stage's place has the clean name too, from the gazetteer build)
    expect(doc.places?.find((p) => p.text.includes("عفرين"))?.name_en).toBe("Afrin");
  });

  it("reads a compass word and a country that together name another country as that country (جنوب السودان)", () => {
    const doc = analyse({
      text: "شن الجيش هجمات على مواقع المعارضة في دولة #جنوب_السودان الأحد. وانفصلت دولة جنوب السودان عن السودان عام 2011.",
      published: "2018-03-25",
    });
    expect(doc.events?.find((e) => e.type === "ASSAULT")?.location?.country).toBe("SS");
  });

  it("places وسط العاصمة at the capital told before, else at the capital of the country last spoken of", () => {
    const told = analyse({
      text: "قتل ثلاثة أشخاص في بغداد أمس. وانفجرت عبوة ناسفة في وسط العاصمة اليوم.",
      published: "2018-06-01",
    });
    expect(told.events?.map((e) => e.location?.name_en)).toContain("Baghdad");
    const country = analyse({
      text: "تتواصل الأزمة في اليمن. وتظاهر آلاف الطلاب في العاصمة اليوم ضد الحكومة.",
      published: "2018-06-01",
    });
    expect(country.events?.find((e) => e.type === "PROTEST")?.location?.name_en).toBe("Sanaa");
  });

  it("reads a lone place after a meeting noun as its venue, not a party", () => {
    const lone = analyse({
      text: "ناقش المشاركون في اجتماع لوكسمبورغ الأزمة اليمنية.",
      published: "2018-06-01",
    });
    expect((lone.events ?? []).some((e) => e.actors.some((a) => a.country === "LU"))).toBe(false);
    const two = analyse({ text: "انطلقت محادثات مصر وإسرائيل في القاهرة.", published: "2018-06-01" });
    expect(two.events?.[0]?.actors.map((a) => a.country)).toEqual(["EG", "IL"]);
  });

  it("takes the one town an article names in its country as its focus, for events told without a place", () => {
    const doc = analyse({
      text: "قالت الشرطة في الصومال إن انتحاريا فجر سيارة ملغومة قرب القصر الرئاسي في مقديشو. وأضافت الشرطة أن مسلحين هاجموا مركزا للشرطة بعد الانفجار.",
      published: "2018-06-01",
    });
    expect(doc.events?.map((e) => e.location?.name_en)).toEqual(["Mogadishu", "Mogadishu"]);
  });
});
