// Session 21 (spurious events): words that tell no event an analyst would code here. Sentences written for these
// tests.
import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("a warning of a danger nobody does, or of the weather, is no threat", () => {
  it("drops a warning of a danger or of the weather", () => {
    expect(types("وحذرت السلطات المحلية السكان من خطر هطول أمطار غزيرة على المناطق الجبلية.")).not.toContain(
      "THREATEN",
    );
    expect(
      types("وحذرت هيئة الأرصاد الجوية المغربية سكان الساحل من الظروف الجوية الصعبة خلال الأيام المقبلة."),
    ).not.toContain("THREATEN");
  });

  it("keeps a warning to a side of what it will do or must not do", () => {
    expect(types("وحذرت وزارة الخارجية الروسية واشنطن من مغبة مهاجمة القواعد السورية.")).toContain(
      "THREATEN",
    );
    expect(types("حذر وزير الدفاع التركي الأحد من اجتياح يوناني للجزر.")).toContain("THREATEN");
  });
});

describe("deaths of a crash, a derailment or a road accident are no attack", () => {
  it("drops the toll of an accident named by its own word", () => {
    expect(
      types(
        "ذكرت وكالة الأنباء أن طائرة نقل عسكرية تحطمت في منطقة جبلية صباح اليوم، مما أدى إلى مقتل عشرة عسكريين كانوا على متنها.",
      ),
    ).not.toContain("ASSAULT");
    expect(types("وكان الرجل من بين أربعة أشخاص أصيبوا في حادثة مرور وقعت ليلة الأحد.")).not.toContain(
      "ASSAULT",
    );
    expect(
      types(
        "لقي 7 ركاب مصرعهم في الهند، صباح الأحد، فيما جرح العشرات، من جراء خروج قطار عن سكته قرب مدينة لكناو.",
      ),
    ).not.toContain("ASSAULT");
  });

  it("keeps deaths told beside an attack word or an attacker", () => {
    expect(types("قتل خمسة جنود في هجوم مسلح استهدف قطارا للركاب قرب مدينة كويتا.")).toContain("ASSAULT");
    expect(types("وقتل ثلاثة أشخاص حين فتح مسلح النار داخل قطار في مدينة ميونيخ.")).toContain("ASSAULT");
  });
});

describe("a host verb that receives a count, a body or a boat hosts no guest", () => {
  it("drops the meeting of a host verb whose object is no guest", () => {
    expect(types("وقال مدير المستشفى إن المستشفى استقبل جثمان شاب أصيب بطلق ناري في صدره.")).not.toContain(
      "CONSULT",
    );
    expect(types("وأعلنت كندا أنها ستستقبل خمسة آلاف لاجئ سوري بحلول نهاية العام.")).not.toContain("CONSULT");
    expect(types("واستقبلت اليونان الخميس قاربا يقل 45 مهاجرا.")).not.toContain("CONSULT");
  });

  it("keeps a leader receiving a guest, dated or not", () => {
    expect(
      types("استقبل الرئيس التونسي الباجي قائد السبسي، اليوم الاثنين بقصر قرطاج، وزير الخارجية الجزائري."),
    ).toContain("CONSULT");
    expect(types("استقبل العاهل المغربي الملك محمد السادس في الرباط رئيس الوزراء الإسباني.")).toContain(
      "CONSULT",
    );
  });
});

describe("an explosion in a sentence that names fuel, a refinery or fireworks, and no explosive, is an accident", () => {
  it("drops the explosion whose fuel is named further off than the next words", () => {
    expect(
      types("وقع انفجار عنيف صباح اليوم الأحد في مصفاة نفط كبرى في فرنسا، ما أدى إلى إصابة خمسة عمال."),
    ).not.toContain("ASSAULT");
    expect(
      types(
        "قتل 8 أشخاص وأصيب العشرات جراء انفجارات متتالية دوت ليل السبت في مستودعات للألعاب النارية في المكسيك.",
      ),
    ).not.toContain("ASSAULT");
  });

  it("keeps a bombing beside a fuel station", () => {
    expect(types("قتل 12 شخصا في انفجار سيارة مفخخة قرب محطة وقود في بغداد.")).toContain("ASSAULT");
    expect(types("وقتل أربعة أشخاص في انفجار استهدف سوقا شعبية قرب محطة للوقود.")).toContain("ASSAULT");
  });
});
