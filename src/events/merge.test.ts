import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const eventsOf = (text: string) => analyse({ text, published: "2018-02-25" }).events ?? [];
const assaults = (text: string) => eventsOf(text).filter((e) => e.type === "ASSAULT");

describe("merging readings of one event", () => {
  it("merges a strike by the same side at a spot the gazetteer does not know inside the region told before", () => {
    expect(
      assaults(
        "قال المرصد إن طائرات الجيش السوري نفذت غارات على مناطق في الغوطة الشرقية. وقال المرصد إن مقاتلات النظام استهدفت منطقة الشيفونية.",
      ),
    ).toHaveLength(1);
  });

  it("keeps apart an attack at an unknown village and the attacks told over a whole country", () => {
    expect(
      assaults(
        "شن الجيش في جنوب السودان هجمات على مواقع المتمردين. وقال المتحدث إن الجيش الجنوب سوداني هاجم مواقع المتمردين في قرية مبورو.",
      ),
    ).toHaveLength(2);
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
    expect(
      assaults(
        "قتل 4 أشخاص بانفجار سيارة مفخخة في بغداد، الأحد. وأغلقت قوات الأمن الطرق المؤدية إلى المكان. ولم تتبن أي جهة الهجوم حتى الآن. وقالت الشرطة في بيان إن 4 مدنيين لقوا حتفهم وجرح 6 آخرون في انفجار قرب سوق شعبي.",
      ),
    ).toHaveLength(1);
  });

  it("keeps apart two attacks with the same toll in two different cities", () => {
    expect(
      assaults(
        "قتل 4 أشخاص بانفجار سيارة مفخخة في مدينة الموصل، الأحد. وفي حادث آخر، قتل 4 جنود في هجوم على حاجز في مدينة كركوك.",
      ),
    ).toHaveLength(2);
  });
});

describe("merging a definite event noun read as planned by what its sentence says next", () => {
  it("takes the attack named again by الهجوم in a sentence about the coming elections for the attack told before", () => {
    expect(
      assaults(
        "قتل 10 جنود في هجوم شنه مسلحون على قاعدة عسكرية في ولاية بورنو، الأحد. وقال الجيش إن الجنود تصدوا للمهاجمين. ويسلط الهجوم على القاعدة الضوء على التحديات الأمنية قبل الانتخابات المقررة في فبراير المقبل.",
      ),
    ).toHaveLength(1);
  });

  it("keeps apart an attack the government plans, told by an indefinite noun", () => {
    expect(
      assaults(
        "هاجم مسلحون قاعدة عسكرية في ولاية بورنو، الأحد. وتعتزم الحكومة شن هجوم على معاقل المسلحين في فبراير المقبل.",
      ).map((e) => e.modality),
    ).toEqual(["asserted", "planned"]);
  });
});
