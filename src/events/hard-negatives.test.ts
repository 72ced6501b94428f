// Hard negatives (session 8): sentences that speak of attacks, arrests or requests that are not news events — an
// act named as a charge or suspicion, an event placed weeks or years back, the case of an old killing, a condition
// inside a quote, a plan's aim, a counted noun that looks like a verb, a refusal to comment. Written for these tests.
import { describe, expect, it } from "vitest";
import type { Doc } from "../doc/types.ts";
import { docOf, eventResources, eventsOf } from "./fixtures.ts";
import { extractEvents } from "./stage.ts";

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe("hard negatives: what is alleged, long past, conditional or aimed at is no event", () => {
  it("reads an act named by a charge or a suspicion as alleged, and keeps the arrest or the charge", () => {
    expect(types("اعتقلت الشرطة رجلين بتهمة التخطيط لتفجير كنيسة في المدينة.")).toEqual(["COERCE"]);
    expect(types("أوقفت السلطات ثلاثة شبان للاشتباه في انضمامهم لجماعة مسلحة والقتال في صفوفها.")).toEqual([
      "COERCE",
    ]);
    expect(types("وجهت الشرطة تهمة القتل العمد والحرق إلى الرجلين.")).toEqual(["ACCUSE"]);
    expect(types("دانت المحكمة المتهمين الأربعة بمحاولة قتل شرطي.")).not.toContain("ASSAULT");
    // the same act told as news is an event
    expect(types("قتل مسلحون شرطيا في المدينة أمس.")).toEqual(["ASSAULT"]);
  });

  it("reads an event noun placed weeks or years back by بعد … من as the time frame of the news", () => {
    expect(types("بعد أسابيع من المظاهرات التي عمت البلاد، نشرت الحكومة تقريرا عن الأضرار.")).not.toContain(
      "PROTEST",
    );
    expect(types("وبعد ثلاثة أعوام من الهجوم على المتحف، افتتحته الحكومة من جديد.")).not.toContain("ASSAULT");
    // a protest told as news stays one
    expect(types("تظاهر مئات الطلاب أمام البرلمان في العاصمة أمس.")).toEqual(["PROTEST"]);
  });

  it("reads the case of an old killing as a matter in hand, not a new killing", () => {
    expect(types("بحث الوزيران مستجدات التحقيق في قضية مقتل الصحفي.")).not.toContain("ASSAULT");
    // it may still join the killing when the article tells it as news
    const told = eventsOf("قتل مسلحون الصحفي في بيته أمس. وفتحت النيابة تحقيقا في قضية مقتل الصحفي.");
    expect(told.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });

  it("reads a condition as unfulfilled even across a parenthesis", () => {
    expect(types('وقال الأب "لو لم يكن ابني الأكبر (20 عاما) قد توجه إلى سوريا لما لحقت به".')).toEqual([]);
  });

  it("reads an attack verb with a verbal noun of purpose as 'aims to'", () => {
    expect(types("وقعت الحكومة اتفاقا مع المنظمة يستهدف السماح للاجئين بالعودة.")).not.toContain("ASSAULT");
    expect(types("استهدفت طائرات حربية مواقع المسلحين في الجبل.")).toEqual(["ASSAULT"]);
  });

  it("reads a verb form right after a number as a counted noun", () => {
    expect(types("وقالت الشرطة إنها عثرت على جثث 34 طالبا.")).not.toContain("REQUEST");
    expect(types("طالب المحتجون بإطلاق سراح المعتقلين.")).toContain("REQUEST");
    expect(types("احتجز المسلحون سبعة حراس، من بينهم 3 أطلقوا سراحهم لاحقا.")).toContain("RETREAT");
  });

  it("reads a refusal to comment as no rejection, whoever stands between", () => {
    expect(types("ورفض وزير الخارجية الفرنسي جان إيف لودريان التعليق على القرار.")).toEqual([]);
    expect(types("ورفض وزير الخارجية الفرنسي جان إيف لودريان عرض الحكومة.")).toEqual(["REJECT"]);
  });

  it("reads a word of a person's name as no event (صدام حسين is no clash)", () => {
    const text = "قال النائب إنه سيطلب العفو عن الوزير في عهد صدام حسين، أحمد سالم.";
    const person = (name: string) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type: "PERS" as const };
    };
    const doc: Doc = { ...docOf(text), entities: [person("صدام حسين"), person("أحمد سالم")] };
    expect(extractEvents(doc, eventResources).map((e) => e.type)).not.toContain("ASSAULT");
  });

  it("reads what an accusation charges, even past a comma, as alleged, whatever the act", () => {
    expect(
      types("اتهم تقرير لمنظمة حقوقية جنودا حكوميين وعناصر الميليشيا، باغتصاب نساء في القرية."),
    ).not.toContain("ASSAULT");
    expect(types("وتتهم الولايات المتحدة طهران بتقديم دعم عسكري للمتمردين.")).not.toContain("AID");
  });

  it("reads a clause dated 'back then' (يومها، حينها، في حينه) as a recall of an earlier time", () => {
    expect(types("ويومها، أطلق مسلحون النار وقتلوا عشرات المتظاهرين في الساحة.")).toEqual([]);
    expect(types("وردت القاهرة في حينه بحدة على القرار واستدعت السفير.")).toEqual([]);
    expect(types("أطلق مسلحون النار وقتلوا عشرات المتظاهرين في الساحة أمس.")).toEqual(["ASSAULT"]);
  });
});

describe("hard negatives: a warning of what may happen is no threat", () => {
  it("codes no THREATEN for a warning of a possible danger, and keeps a warning of the warner's response", () => {
    expect(
      types("حذرت السفارة الكندية رعاياها في مالي من هجمات محتملة قد تستهدف الفنادق في العاصمة."),
    ).not.toContain("THREATEN");
    expect(types("وحذر وزير الصحة من أن البلاد قد تواجه موجة جديدة من الوباء خلال الشتاء.")).not.toContain(
      "THREATEN",
    );
    // a warning that the warner will act, or against the addressee's own act, stays a threat
    expect(types("حذرت الحكومة الأمريكية إيران من مغبة مهاجمة السفارة الأمريكية في بغداد.")).toContain(
      "THREATEN",
    );
    expect(types("حذر وزير الدفاع التركي فرنسا من أن أي اجتياح لشمال سوريا سيواجه برد حازم.")).toContain(
      "THREATEN",
    );
  });
});

describe("hard negatives: a negated light verb negates the event noun it governs", () => {
  it("reads لم before the light verb as negating its object, the subject standing between", () => {
    expect(types("لم تطلق الشرطة النار على المتظاهرين في بنغازي.")).toEqual([]);
    expect(types("لم تشن الطائرات غارات على مدينة درنة أمس.")).toEqual([]);
    expect(types("لم ينفذ التنظيم هجوما على المدينة.")).toEqual([]);
    // the same acts told as news are events
    expect(types("أطلقت الشرطة النار على المتظاهرين في بنغازي.")).toEqual(["ASSAULT"]);
    expect(types("نفذ التنظيم هجوما على المدينة.")).toEqual(["ASSAULT"]);
  });

  it("leaves an event noun behind a preposition alone: no one claiming an attack does not undo it", () => {
    expect(types("شن الجيش غارة على بنغازي، ولم تعلن جهة مسؤوليتها عن الهجوم.")).toEqual(["ASSAULT"]);
  });
});

describe("hard negatives (session 13): an interview, a conviction, a protest's demand, a traveller, attacks in general, a bus's fall", () => {
  it("reads a meeting whose other side is the press as an interview, no consultation", () => {
    expect(types("وقال وزير الداخلية في لقاء مع الصحفيين إن الحكومة ستدعم الشرطة.")).not.toContain("CONSULT");
    expect(types("وقال مدير المستشفى في اتصال هاتفي مع رويترز إن الجرحى نقلوا إلى العاصمة.")).not.toContain(
      "CONSULT",
    );
    expect(types("وأكد الناطق باسم الوزارة في اتصال هاتفي بإذاعة محلية أن الطريق أغلق.")).not.toContain(
      "CONSULT",
    );
    expect(types("وقال ولي العهد في لقاء بثته قناة محلية الجمعة إن بلاده لن تدفع شيئا.")).not.toContain(
      "CONSULT",
    );
    // a meeting with a minister, even of information, or a call told by an agency after a comma, stays one
    expect(types("التقى وزير الخارجية المصري في القاهرة مع وزير الإعلام الأردني.")).toContain("CONSULT");
    expect(
      types("تطرق الرئيس الفرنسي، خلال اتصال هاتفي السبت مع الرئيس الفلسطيني، إلى الوضع في غزة."),
    ).toContain("CONSULT");
  });

  it("reads a conviction after بعد and a sentence as the ground of the sentence, not a condemnation", () => {
    expect(
      types(
        "أصدرت محكمة ألمانية، الاثنين، أحكاما بالسجن على ثلاثة سوريين بعد إدانتهم بالانتماء إلى تنظيم داعش.",
      ),
    ).not.toContain("ACCUSE");
    expect(types("حكم على نائب الرئيس السابق بالسجن 15 عاما بعد إدانته في قضايا فساد.")).not.toContain(
      "ACCUSE",
    );
    // a condemnation voiced stays one, and so does a conviction that no sentence told before it
    expect(types("أعرب الرئيس التونسي عن إدانته للهجوم الإرهابي في سوسة.")).toContain("ACCUSE");
    expect(types("أخلت محكمة إسبانية سبيل طبيب سابق بعد إدانته بسرقة رضع من أمهاتهم.")).toContain("ACCUSE");
  });

  it("reads a participle after a protest, with the protesters for subject, as the protest's demand", () => {
    expect(
      types("تظاهر نحو 20 ألف شخص، السبت، في العاصمة الأسكتلندية، مطالبين بالاستقلال عن بريطانيا."),
    ).toEqual(["PROTEST"]);
    // the participle of a statement by someone else stays a request
    expect(types("أعلنت الحكومة بدء المفاوضات، مطالبة المعارضة بالمشاركة فيها.")).toContain("REQUEST");
  });

  it("reads a verb of travel as a visit only when an official party travels", () => {
    expect(types('وتابع الأب "لم أكن لأغادر فرنسا لو لم يكن ابني الأكبر قد توجه إلى سوريا".')).not.toContain(
      "CONSULT",
    );
    expect(types("وصلت أرملة المعارض الصيني إلى برلين الثلاثاء.")).not.toContain("CONSULT");
    // a minister or a president travelling pays a visit; troops arriving are a deployment
    expect(types("وصل وزير الخارجية الفرنسي إلى الجزائر اليوم الأحد.")).toContain("CONSULT");
    expect(types("توجه الرئيس التونسي إلى فرنسا أمس.")).toContain("CONSULT");
    expect(types("وصل مئات الجنود الأمريكيين إلى سوريا.")).toEqual(["MOBILIZE"]);
  });

  it("reads attacks in the plural, carried out by no light verb and undated, as a pattern or a threat", () => {
    expect(types("وتأتي المخاوف الأوروبية من هجمات إيرانية بعدما دافعت طهران عن دبلوماسيها.")).not.toContain(
      "ASSAULT",
    );
    expect(types("وكان أغلب ضحايا هجمات الحركة من قوات الشرطة الإسبانية.")).not.toContain("ASSAULT");
    // carried out by a light verb, or dated right after, they are news
    expect(types("شن مسلحون هجمات على ثلاث قرى في شمال نيجيريا أمس.")).toContain("ASSAULT");
    expect(types("اعتقلت الشرطة مدبر هجمات أمس على قيادة الجيش في العاصمة.")).toContain("ASSAULT");
  });

  it("reads deaths in a bus's fall beside an accident word as no attack", () => {
    expect(types("أدى حادث سقوط حافلة في واد بولاية جامو وكشمير إلى مقتل 22 شخصا.")).not.toContain("ASSAULT");
    // an attack word beside the accident word keeps the attack
    expect(types("أدى حادث إطلاق نار في مدرسة إلى مقتل 5 أشخاص.")).toContain("ASSAULT");
  });
});
