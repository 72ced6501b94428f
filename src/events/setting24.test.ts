import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 24 (evsetting24): a meeting noun whose other side is the press is an interview, no consultation, also when
// the outlet's name stands in quotation marks or an adjective says the meeting was with the media. The sentences are
// written for these tests.

const { run } = wholePipeline();

describe("an interview is no consultation (session 24)", () => {
  it("reads a call with an outlet named in quotation marks as an interview", () => {
    expect(
      ofType(run('وأكد كاتب عام النقابة في اتصال هاتفي مع "الجوهرة أف أم" أن الإضراب سيتواصل.'), "CONSULT"),
    ).toBeUndefined();
    expect(
      ofType(run("وقال الناطق باسم الجيش في اتصال هاتفي مع «رويترز» إن القوات انسحبت من البلدة."), "CONSULT"),
    ).toBeUndefined();
  });

  it("reads a meeting the adjective calls a press one (لقاء إعلامي، لقاء صحفي) as an interview", () => {
    expect(
      ofType(run("وقال رئيس مجلس إدارة الشركة في لقاء إعلامي إن حركة القطارات ستعود الاثنين."), "CONSULT"),
    ).toBeUndefined();
    expect(
      ofType(run("وأوضح وزير الداخلية في لقاء صحفي أن الشرطة اعتقلت المشتبه بهم."), "CONSULT"),
    ).toBeUndefined();
  });

  it("keeps a call with a party named in quotation marks, and a meeting with a minister of information", () => {
    const call = ofType(
      run('وبحث الرئيس التونسي في اتصال هاتفي مع "الرئيس الفرنسي" الوضع في ليبيا.'),
      "CONSULT",
    );
    expect(call?.modality).toBe("asserted");
    expect((call?.actors ?? []).map((a) => a.country)).toEqual(expect.arrayContaining(["TN", "FR"]));
    expect(
      ofType(run("والتقى وزير الخارجية المصري في القاهرة مع وزير الإعلام الأردني."), "CONSULT"),
    ).toBeDefined();
  });
});

describe("a mountain's top is no summit (session 24)", () => {
  it("reads قمة after a verb of climbing or before a word of height as a top", () => {
    expect(
      ofType(
        run("وقرر المتسلق النيبالي المضي في تسلق قمة إفرست يوم الأحد للمرة الثانية والعشرين."),
        "CONSULT",
      ),
    ).toBeUndefined();
    expect(
      ofType(
        run("وقال مسؤولون محليون إن الجبل الجليدي ضخم، حتى أن قمته أعلى بكثير من جميع المنازل."),
        "CONSULT",
      ),
    ).toBeUndefined();
  });

  it("keeps a summit of leaders, also one held on a mountain resort", () => {
    const e = ofType(
      run("وعقد الرئيسان الروسي والتركي قمة في منتجع سوتشي الجبلي أمس بحثا خلالها الوضع في سوريا."),
      "CONSULT",
    );
    expect(e?.modality).toBe("asserted");
    expect((e?.actors ?? []).map((a) => a.country)).toEqual(expect.arrayContaining(["RU"]));
  });
});
