import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const eventsOf = (text: string) => analyse({ text, published: "2018-02-25" }).events ?? [];

describe("merging readings of one event", () => {
  it("merges a strike by the same side at a spot the gazetteer does not know inside the region told before", () => {
    const events = eventsOf(
      "قال المرصد إن طائرات الجيش السوري نفذت غارات على مناطق في الغوطة الشرقية. وقال المرصد إن مقاتلات النظام استهدفت منطقة الشيفونية.",
    );
    expect(events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });

  it("keeps apart an attack at an unknown village and the attacks told over a whole country", () => {
    const events = eventsOf(
      "شن الجيش في جنوب السودان هجمات على مواقع المتمردين. وقال المتحدث إن الجيش الجنوب سوداني هاجم مواقع المتمردين في قرية مبورو.",
    );
    expect(events.filter((e) => e.type === "ASSAULT").length).toBe(2);
  });
});

describe("merging a crowd told twice", () => {
  it("takes a protest by a crowd named twice by common nouns in the same town for one protest", () => {
    const events = eventsOf(
      "تظاهر مئات المحتجين في طهران أمس. واحتشد مئات الأشخاص في طهران للمطالبة بالتحرك.",
    );
    expect(events.filter((e) => e.type === "PROTEST")).toHaveLength(1);
  });
});

describe("merging an attack told twice with the same toll", () => {
  it("takes two tellings of an explosion in one city with the same number of dead for one attack", () => {
    const events = eventsOf(
      "قتل 4 أشخاص بانفجار سيارة مفخخة في بغداد، الأحد. وأغلقت قوات الأمن الطرق المؤدية إلى المكان. ولم تتبن أي جهة الهجوم حتى الآن. وقالت الشرطة في بيان إن 4 مدنيين لقوا حتفهم وجرح 6 آخرون في انفجار قرب سوق شعبي.",
    );
    expect(events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });

  it("keeps apart two attacks with the same toll in two different cities", () => {
    const events = eventsOf(
      "قتل 4 أشخاص بانفجار سيارة مفخخة في مدينة الموصل، الأحد. وفي حادث آخر، قتل 4 جنود في هجوم على حاجز في مدينة كركوك.",
    );
    expect(events.filter((e) => e.type === "ASSAULT")).toHaveLength(2);
  });
});

describe("merging a later toll into the attack told before (session 17)", () => {
  const attacks = (text: string) => eventsOf(text).filter((e) => e.type === "ASSAULT");
  const clash =
    "اندلعت اشتباكات عنيفة بين فصائل مسلحة متنافسة في العاصمة طرابلس يوم الخميس. وتصاعدت أعمدة الدخان في السماء وأغلقت الطرق الرئيسية. وقال شاهد عيان إن المحال التجارية أغلقت أبوابها.";

  it("takes a toll told sentences after the attack, naming no attacker, for that attack's dead", () => {
    // (the dead read as the toll's subject are no attacker)
    expect(attacks(`${clash} وأشارت تقارير غير مؤكدة إلى أن سبعة أشخاص على الأقل قتلوا.`)).toHaveLength(1);
  });

  it("keeps apart a toll told on another day", () => {
    expect(
      attacks(`${clash} وأشارت تقارير إلى أن سبعة أشخاص على الأقل قتلوا يوم الاثنين في المدينة.`),
    ).toHaveLength(2);
  });
});
