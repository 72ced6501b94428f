import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evplace2): a one-word name written bare — no article, no proclitic, no place preposition, nearness word
// or head word before it — that the gazetteer knows only as a province or a town of a country the article otherwise
// never names, while it names another one at least twice, is the common word NER took for a name (bareWord in
// places/link.ts, isNamesake in places/resolve.ts). The sentences are written for these tests.

const { analyse, run } = wholePipeline();
const countriesOf = (text: string) =>
  (analyse({ text, published: "2018-04-14" }).places ?? []).map((p) => p.country);

describe("a bare common word is no foreign province or town", () => {
  it("reads no Libyan province in oases (جمعية حماية واحات النخيل)", () => {
    const text =
      "تظاهر عشرات من أعضاء جمعية حماية واحات النخيل أمس أمام مقر ولاية قبلي. وقال رئيس الجمعية إن السلط الجهوية في المنستير والحكومة التونسية لم تستجب.";
    expect(countriesOf(text)).not.toContain("LY");
    expect(run(text).some((e) => e.location?.country === "LY")).toBe(false);
  });

  it("reads no Kayseri in a caesarean section (عملية ولادة قيصرية)", () => {
    const text =
      "أوقفت الشرطة في المنستير طبيبا بعد وفاة رضيع إثر عملية ولادة قيصرية بمستشفى المدينة، وأحالته على النيابة التونسية.";
    expect(countriesOf(text)).not.toContain("TR");
    expect(ofType(run(text), "COERCE")?.location?.country).toBe("TN");
  });
});

describe("a name the text marks as a place, or a capital, is still read", () => {
  it("reads Kayseri after في (في قيصرية وسط تركيا)", () => {
    const e = ofType(run("اعتقلت الشرطة التركية ثلاثة أشخاص في قيصرية وسط تركيا."), "COERCE");
    expect(e?.location?.name_en).toBe("Kayseri");
  });

  it("keeps a foreign capital named bare for its government (وقالت أنقرة)", () => {
    const text = "قصفت الطائرات الروسية مواقع في إدلب وحماة. وقالت أنقرة إن القصف يهدد الهدنة في إدلب.";
    expect(countriesOf(text)).toContain("TR");
  });
});
