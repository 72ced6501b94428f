import { beforeAll, describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import type { Canonical, Doc, Entity, EntityType, Place } from "../doc/types.ts";
import { actorCanonical } from "../lexicon/actors.ts";
import { loadLexicons } from "../places/lexicons.ts";
import { createPlacesStage } from "../places/stage.ts";
import { textStage } from "../text/stage.ts";
import { loadEventHeads, type ReconcileResources, reconcileEntities, withoutOverlaps } from "./reconcile.ts";
import { createEntitiesStage } from "./stage.ts";

let res: ReconcileResources;
beforeAll(() => {
  res = { lex: loadLexicons(), eventHeads: loadEventHeads() };
});

const tokenised = (text: string): Doc => textStage.run(createDoc({ text }));

/** An entity over the first occurrence of `name` in `text`, as a tagger (and the linking stage) would give it. */
function entity(text: string, name: string, type: EntityType, canonical: Canonical | null = null): Entity {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in ${text}`);
  return { start, end: start + name.length, text: name, type, canonical };
}

function actor(id: string): Canonical {
  const a = res.lex.actors.byId(id);
  if (!a) throw new Error(`no actor ${id}`);
  return actorCanonical(a);
}

function reconcile(text: string, entities: Entity[], places: Place[] = []): Entity[] {
  return reconcileEntities({ ...tokenised(text), entities, places }, res);
}

const brief = (es: Entity[]) => es.map((e) => `${e.type} ${e.text}`);

describe("rule 0: a title at the head of a linked name is a role", () => {
  it("drops an office made of a title and a nisba", () => {
    const text = "قال الرئيس الأمريكي ووزير الخارجية الفرنسي إن";
    const out = reconcile(text, [
      entity(text, "الرئيس الأمريكي", "ORG", actor("US-government")),
      entity(text, "وزير الخارجية الفرنسي", "ORG", actor("FR-government")),
    ]);
    expect(out).toEqual([]);
  });

  it("keeps the name after the title (and a nisba) of the same actor, the rest as role", () => {
    const text = "وصف الرئيس السوري بشار الأسد الهجوم";
    const [e] = reconcile(text, [entity(text, "الرئيس السوري بشار الأسد", "PERS", actor("Q44329"))]);
    expect(e).toMatchObject({ type: "PERS", text: "بشار الأسد", role: "الرئيس السوري" });
    expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("keeps a person's name after the title even where the lexicon knows it only with the title", () => {
    const text = "استقبل الملك سلمان الوفد";
    const [e] = reconcile(text, [entity(text, "الملك سلمان", "PERS", actor("king-salman"))]);
    expect(e).toMatchObject({ type: "PERS", text: "سلمان", role: "الملك", canonical: { id: "king-salman" } });
  });

  it("keeps the place after the title as LOC, linked to the state", () => {
    const text = "ووقع رئيس جنوب السودان الاتفاق";
    const out = reconcile(text, [entity(text, "رئيس جنوب السودان", "ORG", actor("SS-government"))]);
    expect(brief(out)).toEqual(["LOC جنوب السودان"]);
    expect(out[0].canonical?.id).toBe("SS");
  });

  it("leaves names without a title alone", () => {
    const text = "قال الجيش المصري إن";
    expect(brief(reconcile(text, [entity(text, "الجيش المصري", "ORG", actor("EG-military"))]))).toEqual([
      "ORG الجيش المصري",
    ]);
  });
});

describe("rule 1: the lexicon types a linked name", () => {
  it("gives an armed group ORG where the tagger said LOC or MISC", () => {
    const text = "تبنى داعش الهجوم قرب الحدود";
    const [e] = reconcile(text, [entity(text, "داعش", "LOC", actor("Q2429253"))]);
    expect(e).toMatchObject({ type: "ORG", text: "داعش", canonical: { id: "Q2429253" } });
  });

  it("gives a news agency ORG where the tagger took it for a person", () => {
    const text = "وقالت أسوشيتد برس إن القتلى مدنيون";
    expect(brief(reconcile(text, [entity(text, "أسوشيتد برس", "PERS", actor("ap"))]))).toEqual([
      "ORG أسوشيتد برس",
    ]);
  });

  it("gives a known person PERS", () => {
    const text = "وصل خليفة حفتر إلى القاهرة";
    expect(brief(reconcile(text, [entity(text, "خليفة حفتر", "ORG", actor("khalifa-haftar"))]))).toEqual([
      "PERS خليفة حفتر",
    ]);
  });

  it("makes a name that starts with an event noun MISC, but not the forces named after it", () => {
    const text = "أعلنت قوات عملية الكرامة بدء عملية الكرامة في بنغازي";
    const dignity = actor("operation-dignity");
    const forces = entity(text, "قوات عملية الكرامة", "ORG", dignity);
    const at = text.lastIndexOf("عملية الكرامة");
    const operation: Entity = {
      start: at,
      end: at + 13,
      text: "عملية الكرامة",
      type: "ORG",
      canonical: dignity,
    };
    expect(brief(reconcile(text, [forces, operation]))).toEqual([
      "ORG قوات عملية الكرامة",
      "MISC عملية الكرامة",
    ]);
  });

  it("reads a PETRARCH 'person' that is a place's name as the place, and links it to the place", () => {
    const gaza = res.lex.actors.byKey("قطاع غزه").find((a) => a.id.startsWith("petrarch:"));
    expect(gaza?.kind).toBe("person");
    const text = "قصفت الطائرات قطاع غزة ليلا";
    const [e] = reconcile(text, [entity(text, "قطاع غزة", "PERS", actorCanonical(gaza!))]);
    expect(e.type).toBe("LOC");
    expect(e.canonical?.kind).toBe("place");
    expect(e.canonical?.country).toBe("PS");
  });

  it("lets a PETRARCH record that is no place leave the tagger's type alone", () => {
    const fox = res.lex.actors.byKey("فوكس نيوز").find((a) => a.id.startsWith("petrarch:"));
    expect(fox).toBeDefined();
    const text = "وقالت فوكس نيوز إن الاجتماع تأجل";
    expect(brief(reconcile(text, [entity(text, "فوكس نيوز", "ORG", actorCanonical(fox!))]))).toEqual([
      "ORG فوكس نيوز",
    ]);
  });

  it("lets a generic actor (no name) keep the tagger's type", () => {
    const text = "هاجمت الميليشيا المدينة";
    expect(brief(reconcile(text, [entity(text, "الميليشيا", "MISC", actor("generic:militias"))]))).toEqual([
      "MISC الميليشيا",
    ]);
  });

  it("keeps the tagger's type for states and places, and for unlinked names", () => {
    const text = "فاز منتخب مصر على تونس في القاهرة";
    const out = reconcile(text, [
      entity(text, "منتخب مصر", "ORG", null),
      entity(text, "تونس", "ORG", actor("TN")),
      entity(text, "القاهرة", "LOC", { id: "x", name_ar: "", name_en: "", kind: "place", country: "EG" }),
    ]);
    expect(brief(out)).toEqual(["ORG منتخب مصر", "ORG تونس", "LOC القاهرة"]);
  });
});

describe("rule 2: a nisba adjective after a complete name is a description", () => {
  it("drops it when the shorter name is the same actor's", () => {
    const text = "قالت صحيفة الوطن الجزائرية إن";
    const [e] = reconcile(text, [entity(text, "الوطن الجزائرية", "ORG", actor("el-watan-dz"))]);
    expect(e).toMatchObject({ text: "الوطن", type: "ORG", canonical: { id: "el-watan-dz" } });
    expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("keeps it where the shorter words are no name of that actor", () => {
    const text = "انتشر الجيش التونسي وسلاح الجو الجزائري على الحدود";
    const out = reconcile(text, [
      entity(text, "الجيش التونسي", "ORG", actor("TN-military")),
      entity(text, "سلاح الجو الجزائري", "ORG", actor("DZ-air-force")),
    ]);
    expect(brief(out)).toEqual(["ORG الجيش التونسي", "ORG سلاح الجو الجزائري"]);
  });

  it("keeps it where it ends a place's name", () => {
    const text = "تظاهروا أمام سفارة الولايات المتحدة الأمريكية";
    const name = "سفارة الولايات المتحدة الأمريكية";
    expect(res.lex.actors.byKey("سفاره الولايات المتحده").map((a) => a.id)).toContain("US-government");
    expect(brief(reconcile(text, [entity(text, name, "ORG", actor("US-government"))]))).toEqual([
      `ORG ${name}`,
    ]);
  });

  it("links an unlinked name to the actor of the adjective's country", () => {
    const text = "وقال متحدث باسم حماس الفلسطينية إن";
    const [e] = reconcile(text, [entity(text, "حماس الفلسطينية", "ORG", null)]);
    expect(e.text).toBe("حماس");
    expect(e.canonical?.country).toBe("PS");
  });
});

describe("rule 3: places the linking found become entities", () => {
  const place = (text: string, name: string, id: string, country: string, feature = "country"): Place => {
    const start = text.indexOf(name);
    return {
      start,
      end: start + name.length,
      text: name,
      id,
      name_en: name,
      name_ar: name,
      country,
      lat: null,
      lon: null,
      precision: 3,
      feature,
    };
  };

  it("adds a place no entity covers", () => {
    const text = "زار الوفد بنغازي أمس";
    const out = reconcile(text, [], [place(text, "بنغازي", "gn:88319", "LY", "city")]);
    expect(out).toEqual([
      expect.objectContaining({
        text: "بنغازي",
        type: "LOC",
        canonical: expect.objectContaining({ kind: "place" }),
      }),
    ]);
  });

  it("splits an unlinked LOC span holding two places into the two", () => {
    const text = "زار فرنسا ولوكسمبورغ";
    const both = entity(text, "فرنسا ولوكسمبورغ", "LOC", null);
    const out = reconcile(
      text,
      [both],
      [place(text, "فرنسا", "FR", "FR"), place(text, "لوكسمبورغ", "LU", "LU")],
    );
    expect(brief(out)).toEqual(["LOC فرنسا", "LOC لوكسمبورغ"]);
    expect(out[0].canonical?.id).toBe("FR");
  });
});

describe("rule 4: no two entities overlap", () => {
  it("keeps the longer, then the linked one", () => {
    const text = "تنظيم القاعدة في بلاد المغرب الإسلامي";
    const long = entity(text, text, "ORG", actor("aqim"));
    const out = withoutOverlaps([entity(text, "تنظيم القاعدة", "ORG"), long, entity(text, "المغرب", "LOC")]);
    expect(out).toEqual([long]);
    const a = entity(text, "تنظيم القاعدة", "ORG");
    const b = { ...entity(text, "تنظيم القاعدة", "MISC"), canonical: actor("Q34490") };
    expect(withoutOverlaps([a, b])).toEqual([b]);
  });
});

describe("after the places stage (tagger entities given by hand)", () => {
  const pipeline = (text: string, tagger: Entity[]) => {
    const places = createPlacesStage(res.lex);
    return createEntitiesStage(res).run(places.run({ ...tokenised(text), entities: tagger })).entities ?? [];
  };

  it("a known longer name replaces the tagger's pieces inside it", () => {
    const text = "أعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته";
    const out = pipeline(text, [entity(text, "تنظيم القاعدة", "ORG"), entity(text, "المغرب", "LOC")]);
    expect(brief(out)).toEqual(["ORG تنظيم القاعدة في بلاد المغرب الإسلامي"]);
    expect(out[0].canonical?.id).toBe("aqim");
  });

  it("a coordinated name is one entity when the lexicon knows it whole", () => {
    const text = "هاجمت القوات الخاصة والصاعقة مواقع المسلحين";
    const out = pipeline(text, [entity(text, "القوات الخاصة", "ORG")]);
    expect(brief(out)).toEqual(["ORG القوات الخاصة والصاعقة"]);
  });

  it("a name the tagger missed is added, clitic-free, with its link and type", () => {
    const text = "وقال متحدث باسم الجيش التونسي ولعملية الكرامة";
    const out = pipeline(text, []);
    expect(brief(out)).toEqual(["ORG الجيش التونسي", "MISC عملية الكرامة"]);
    for (const e of out) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(out.map((e) => e.canonical?.id)).toEqual(["TN-military", "operation-dignity"]);
  });
});
