import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import { textStage } from "../text/stage.ts";
import { actorForSpan, capitalOf, countryOfDemonym, lookupActor, resolvePlace } from "./api.ts";
import { createPlacesStage } from "./stage.ts";

const tokenised = (text: string, published: string | null = null) =>
  textStage.run(createDoc({ text, published }));

describe("lookupActor", () => {
  it("finds states, their institutions and groups, behind clitics", () => {
    expect(lookupActor("الجيش التونسي")[0].canonical).toMatchObject({
      id: "TN-military",
      kind: "military",
      country: "TN",
    });
    expect(lookupActor("بالجزائر")[0].canonical).toMatchObject({ id: "DZ", kind: "state" });
    expect(lookupActor("المخابرات المصرية")[0].canonical.id).toBe("EG-intelligence");
    expect(lookupActor("سلاح الجو الجزائري")[0].canonical.id).toBe("DZ-air-force");
    expect(lookupActor("داعش")[0].canonical.id).toBe("Q2429253");
    expect(lookupActor("الحوثيين")[0].canonical.id).toBe("houthis");
  });
  it("returns generic agents with their kind", () => {
    const militia = lookupActor("الميليشيات الإسلامية")[0];
    expect(militia.generic).toBe(true);
    expect(militia.canonical.kind).toBe("militia");
    expect(lookupActor("مقاتلينا")[0].canonical.id).toBe("generic:fighters");
    expect(lookupActor("المتظاهرين")[0].canonical.id).toBe("generic:protesters");
  });
  it("prefers the group of the article's country among namesakes", () => {
    expect(lookupActor("أنصار الشريعة", { countries: ["TN"] })[0].canonical.id).toBe("ansar-al-sharia-tn");
    expect(lookupActor("أنصار الشريعة", { countries: ["LY"] })[0].canonical.id).toBe("ansar-al-sharia-ly");
  });
  it("returns nothing for an unknown phrase", () => {
    expect(lookupActor("كلمة لا تعني شيئا")).toEqual([]);
  });
});

describe("countryOfDemonym", () => {
  it("maps adjectives in every form to the country", () => {
    expect(countryOfDemonym("الجزائري")).toBe("DZ");
    expect(countryOfDemonym("الجزائرية")).toBe("DZ");
    expect(countryOfDemonym("الجزائريين")).toBe("DZ");
    expect(countryOfDemonym("الليبي")).toBe("LY");
    expect(countryOfDemonym("والمصرية")).toBe("EG");
    expect(countryOfDemonym("الأمريكية")).toBe("US");
    expect(countryOfDemonym("المالي")).toBeNull();
  });

  it("reads broken plurals of peoples, with clitics", () => {
    expect(countryOfDemonym("الروس")).toBe("RU");
    expect(countryOfDemonym("والأتراك")).toBe("TR");
    expect(countryOfDemonym("للأفغان")).toBe("AF");
    expect(countryOfDemonym("الأكراد")).toBeNull();
  });
});

describe("resolvePlace", () => {
  it("uses the country context", () => {
    expect(resolvePlace("طرابلس", { countries: ["LB"] })?.country).toBe("LB");
    expect(resolvePlace("طرابلس", { countries: ["LY"] })?.country).toBe("LY");
    expect(resolvePlace("الإسكندرية")?.name_en).toBe("Alexandria");
    expect(resolvePlace("بنينا", { countries: ["LY"] })?.country).toBe("LY");
    expect(resolvePlace("بنينا", { countries: ["DZ"] })?.country).toBe("DZ");
    expect(resolvePlace("قرية لا وجود لها")).toBeNull();
  });
});

describe("actorForSpan", () => {
  it("gives the canonical actor of any span of a linked doc", () => {
    const text = "قصف الجيش التونسي مواقع المسلحين قرب الحدود الجزائرية.";
    const doc = createPlacesStage().run(tokenised(text));
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(actorForSpan(doc, at("الجيش التونسي"))?.id).toBe("TN-military");
    expect(actorForSpan(doc, at("المسلحين"))?.id).toBe("generic:armed-men");
    expect(actorForSpan(doc, at("الجزائرية"))?.id).toBe("DZ");
  });
});

describe("capitalOf", () => {
  it("gives a country's national capital from the gazetteer's PPLC entries", () => {
    expect(capitalOf("YE")?.name_en).toBe("Sanaa");
    expect(capitalOf("LY")?.name_ar).toBe("طرابلس");
    expect(capitalOf("LY")?.precision).toBe(1);
    expect(capitalOf("ZZ")).toBeNull();
  });
});
