import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 23 (evarg23): the arguments and places of events found. The sentences are written for these tests.

const { run } = wholePipeline("2017-03-08");
const actor1 = (e: DocEvent | undefined) => e?.actors.filter((a) => a.role === "actor1") ?? [];

describe("a state's forces named by a common noun are the forces of the country where they act", () => {
  it("gives the security units of an arrest in Nabeul the country of Nabeul", () => {
    const e = ofType(
      run("تمكنت الوحدات الأمنية بنابل من إيقاف ثلاثة شبان بحوزتهم كمية من المخدرات."),
      "COERCE",
    );
    expect(e?.location?.country).toBe("TN");
    expect(actor1(e).map((a) => [a.name_ar, a.country])).toEqual([["الوحدات الأمنية", "TN"]]);
  });
  it("gives the army of an attack in a named town that town's country", () => {
    const e = ofType(run("قصف الجيش مواقع للمسلحين قرب مدينة الموصل."), "ASSAULT");
    expect(e?.location?.country).toBe("IQ");
    expect(actor1(e)[0]?.country).toBe("IQ");
  });
  it("keeps the country a nisba gives", () => {
    const e = ofType(run("اعتقلت الشرطة الفرنسية رجلا في مدينة بنزرت."), "COERCE");
    expect(actor1(e)[0]?.country).toBe("FR");
  });
  it("gives no country when only the other party's country places the event", () => {
    const e = ofType(run("أطلق الجيش النار على جنود سوريين."), "ASSAULT");
    expect(e?.location?.country).toBe("SY");
    expect(actor1(e)[0]?.country ?? null).toBeNull();
  });
});

describe("a diplomatic mission's statement is made where the mission sits", () => {
  it("places an embassy's condemnation at the town told with بـ after it (السفارة الفرنسية بتونس)", () => {
    const e = ofType(run("استنكرت السفارة الفرنسية بتونس الاعتداء على المقبرة المسيحية."), "ACCUSE");
    expect(e?.location?.country).toBe("TN");
    expect(actor1(e)[0]?.country).toBe("FR");
  });
  it("keeps a verb's بـ after another speaker for the topic (رحب الرئيس الأمريكي بتونس)", () => {
    const e = ofType(run("رحب الرئيس الأمريكي بتونس بالاتفاق."), "SUPPORT");
    expect(e?.location?.country).toBe("US");
  });
});
