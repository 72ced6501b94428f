import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import type { Doc } from "../doc/types.ts";
import { lexiconKey } from "../lexicon/key.ts";
import { createNerStage } from "../ner/stage.ts";
import { sharedDir } from "../paths.ts";
import { textStage } from "../text/stage.ts";
import { type Lexicons, loadLexicons } from "./lexicons.ts";
import { createPlacesStage } from "./stage.ts";

let lex: Lexicons;
let run: (doc: Doc) => Doc;
let withNer: (doc: Doc) => Doc;
beforeAll(() => {
  lex = loadLexicons();
  run = createPlacesStage(lex).run;
  const ner = createNerStage();
  withNer = (doc) => run(ner.run(doc));
});

const analyse = (text: string, published: string | null = null) => run(tokenised(text, published));

const tokenised = (text: string, published: string | null = null) =>
  textStage.run(createDoc({ text, published }));

describe.each([
  ["without NER", () => run],
  ["after the NER stage", () => withNer],
])("the seed article, %s", (_, pipeline) => {
  const analyse = (text: string, published: string | null = null) => pipeline()(tokenised(text, published));
  const seedDir = () => join(sharedDir(), "seed");
  const gold = () =>
    JSON.parse(readFileSync(join(seedDir(), "libya-2014-08-02.gold.json"), "utf8")) as {
      entities: { text: string; type: string; name_en?: string }[];
    };
  // The canonical thing each gold entity names (the gold gives English names; these are the lexicon's ids for them).
  const expected: Record<string, string> = {
    "El Watan": "el-watan-dz",
    Algeria: "DZ",
    Egypt: "EG",
    Libya: "LY",
    "Islamic State of Iraq and the Levant": "Q2429253",
    ISIS: "Q2429253",
    "Khalifa Haftar": "khalifa-haftar",
    Tripoli: "gn:2210247",
    Benghazi: "gn:88319",
    "Abdelaziz Bouteflika": "abdelaziz-bouteflika",
    Syria: "SY",
    Iraq: "IQ",
    "Al-Qaeda in the Islamic Maghreb": "aqim",
    "Special Forces and Saiqa": "saiqa-special-forces",
    "Benghazi Revolutionaries Shura Council": "benghazi-shura-council",
    "Operation Dignity": "operation-dignity",
    "Mohamed al-Zahawi": "mohamed-al-zahawi",
    "Ansar al-Sharia": "ansar-al-sharia-ly",
    "Radio al-Tawhid": "radio-al-tawhid",
    "El Khabar": "el-khabar",
    "Tunisian Army": "TN-military",
    Tunisia: "TN",
    "Algerian Air Force": "DZ-air-force",
  };

  it("links every gold entity that has an English name to the right canonical thing", () => {
    const text = readFileSync(join(seedDir(), "libya-2014-08-02.ar.txt"), "utf8");
    const doc = analyse(text, "2014-08-02");
    const missing: string[] = [];
    for (const g of gold().entities) {
      if (!g.name_en) continue;
      const want = expected[g.name_en];
      expect(want, `no expected id for ${g.name_en}`).toBeDefined();
      const gk = lexiconKey(g.text);
      const hit = doc.entities!.some((e) => {
        const ek = lexiconKey(e.text);
        return (ek.includes(gk) || gk.includes(ek)) && e.canonical?.id === want;
      });
      if (!hit) missing.push(`${g.text} → ${want}`);
    }
    expect(missing).toEqual([]);
  });

  it("puts Benghazi at (32.12, 20.07) with precision 1, and Tripoli in Libya", () => {
    const text = readFileSync(join(seedDir(), "libya-2014-08-02.ar.txt"), "utf8");
    const doc = analyse(text, "2014-08-02");
    const benghazi = doc.places!.filter((p) => p.text === "بنغازي");
    expect(benghazi.length).toBeGreaterThan(0);
    for (const p of benghazi) {
      expect(p.name_en).toBe("Benghazi");
      expect(p.lat).toBeCloseTo(32.12, 1);
      expect(p.lon).toBeCloseTo(20.07, 1);
      expect(p.precision).toBe(1);
    }
    const tripoli = doc.places!.find((p) => p.text === "طرابلس");
    expect(tripoli?.country).toBe("LY");
    for (const p of doc.places!) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
  });

  it("keeps titles as roles: الحليف حفتر and اللواء المتقاعد خليفة حفتر are the same actor", () => {
    const text = readFileSync(join(seedDir(), "libya-2014-08-02.ar.txt"), "utf8");
    const doc = analyse(text, "2014-08-02");
    const haftar = doc.entities!.filter((e) => e.canonical?.id === "khalifa-haftar");
    expect(haftar.map((e) => [e.text, e.role])).toEqual([
      ["حفتر", "الحليف"],
      ["خليفة حفتر", "اللواء المتقاعد"],
    ]);
    const zahawi = doc.entities!.find((e) => e.canonical?.id === "mohamed-al-zahawi");
    expect(zahawi?.role).toBe("المسؤول الشرعي ل");
  });
});

describe("token scan", () => {
  it("finds places behind clitics, with offsets of the name itself", () => {
    const doc = analyse("وصل الوفد بالقاهرة ومصر تراقب، ثم سافر لتونس وللجزائر.");
    const got = doc.places!.map((p) => [p.text, p.id]);
    expect(got).toEqual([
      ["القاهرة", "gn:360630"],
      ["مصر", "EG"],
      ["تونس", "TN"],
      ["لجزائر", "DZ"],
    ]);
  });

  it("reads Tripoli by its country context", () => {
    const ly = analyse("اشتباكات في طرابلس الليبية بين كتائب مصراتة وقوات الزنتان قرب مطار طرابلس في ليبيا.");
    expect(ly.places!.find((p) => p.text === "طرابلس")?.country).toBe("LY");
    const lb = analyse(
      "قتل شخصان في اشتباكات في طرابلس شمال لبنان بين جبل محسن وباب التبانة، وفق الجيش اللبناني.",
    );
    expect(lb.places!.find((p) => p.text === "طرابلس")?.country).toBe("LB");
  });

  it("does not take ordinary words for places", () => {
    const doc = analyse("وأكد أن الخبراء قالوا إن هذه الطائرات كبيرة فعلا في إطار التعاون الجديد.");
    expect(doc.places).toEqual([]);
  });

  it("reads a word without the article as the common noun, not the place named with it (باحة، زاوية)", () => {
    const doc = analyse("وقف الجنود في باحة منزلها وفي زاوية الشارع، ثم دخلوا الزاوية والجيزة.");
    expect(doc.places!.map((p) => [p.text, p.country])).toEqual([
      ["الزاوية", "LY"],
      ["الجيزة", "EG"],
    ]);
  });

  it("leaves a namesake town of a country the article never speaks of unresolved, with an issue", () => {
    const text =
      "أفرجت السلطات الإسرائيلية عن الناشطة الفلسطينية من قرية النبي صالح في الضفة الغربية، وقالت إسرائيل إنها قضت عقوبتها.";
    const base = tokenised(text, "2018-07-29");
    const at = text.indexOf("النبي صالح");
    base.entities = [{ start: at, end: at + "النبي صالح".length, text: "النبي صالح", type: "LOC" }];
    const doc = run(base);
    const village = doc.places!.find((p) => p.text === "النبي صالح")!;
    expect(village.id).toBeNull();
    expect(doc.issues.some((i) => i.code === "namesake-place" && i.start === village.start)).toBe(true);
  });

  it("gives precision 2 near a town and 3 for a region or a country", () => {
    const doc = analyse("سقطت قذائف قرب بنغازي وفي محافظة حمص وفي سوريا.");
    const precision = (name: string) => doc.places!.find((p) => p.text === name)?.precision;
    expect(precision("بنغازي")).toBe(2);
    expect(precision("سوريا")).toBe(3);
  });
});

describe("with NER entities", () => {
  it("splits one LOC entity of two coordinated places", () => {
    const text = "زار الوفد فلسطين ولبنان الأسبوع الماضي.";
    const base = tokenised(text);
    const s = "فلسطين ولبنان";
    base.entities = [{ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type: "LOC" }];
    const doc = run(base);
    expect(doc.places!.map((p) => [p.text, p.id])).toEqual([
      ["فلسطين", "PS"],
      ["لبنان", "LB"],
    ]);
  });

  it("reads a bare head word as no place, and a head word + name as the kind it says", () => {
    const text = "قصفت الطائرات مديرية ميدي ثم عادت إلى المديرية، وفي ولاية القصرين وفي القيروان.";
    const base = tokenised(text);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    base.entities = [
      { ...span("المديرية"), type: "LOC" },
      { ...span("ولاية القصرين"), type: "LOC" },
      { ...span("القيروان"), type: "LOC" },
    ];
    const doc = run(base);
    expect(doc.places!.some((p) => p.text === "المديرية")).toBe(false);
    expect(doc.places!.find((p) => p.text === "ولاية القصرين")).toMatchObject({
      feature: "admin1",
      precision: 3,
    });
    expect(doc.places!.find((p) => p.text === "القيروان")).toMatchObject({
      name_en: "Kairouan",
      precision: 1,
    });
  });

  it("links NER entities, strips titles into roles, and keeps unknown places with id null and an issue", () => {
    const text = "قال اللواء المتقاعد خليفة حفتر إن قواته دخلت قرية زرقوطة الجديدة.";
    const base = tokenised(text, "2015-01-01");
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    base.entities = [
      { ...span("اللواء المتقاعد خليفة حفتر"), type: "PERS" },
      { ...span("زرقوطة"), type: "LOC" },
    ];
    const doc = run(base);
    const haftar = doc.entities!.find((e) => e.type === "PERS")!;
    expect(haftar.text).toBe("خليفة حفتر");
    expect(haftar.role).toBe("اللواء المتقاعد");
    expect(haftar.canonical?.id).toBe("khalifa-haftar");
    const unknown = doc.places!.find((p) => p.text === "زرقوطة")!;
    expect(unknown.id).toBeNull();
    expect(doc.issues.some((i) => i.code === "unknown-place" && i.start === unknown.start)).toBe(true);
  });
});
