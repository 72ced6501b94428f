import { describe, expect, it } from "vitest";
import { wholePipeline } from "./pipeline-fixtures.ts";

const { analyse } = wholePipeline();

// A statement is placed where its speaker is; a person the lexicon gives no country speaks for the country of a
// title told in apposition with their name, there or in a later sentence (sentences written for these tests).
describe("a speaker's country from a title in apposition", () => {
  it("places a later statement by the person in the country of the title told with their name", () => {
    const doc = analyse({
      text: "وصف الرئيس الفنزويلي، نيكولاس مادورو، نائب الرئيس الأمريكي مايك بنس بأنه أفعى سامة بعد زيارته للبرازيل. واتهم مادورو الاتحاد الأوروبي بالركوع أمام الولايات المتحدة.",
      published: "2018-06-01",
    });
    const accusation = (doc.events ?? []).find((e) => e.type === "ACCUSE");
    expect(accusation?.location?.country).toBe("VE");
  });

  it("reads the country of the one a spokesman speaks for", () => {
    const doc = analyse({
      text: "انتقد نبيل أبوردينة، المتحدث باسم الرئاسة الفلسطينية، الخميس، تصريحات السفير الأمريكي في إسرائيل.",
      published: "2018-06-01",
    });
    const accusation = (doc.events ?? []).find((e) => e.type === "ACCUSE");
    expect(accusation?.location?.country).toBe("PS");
  });
});
