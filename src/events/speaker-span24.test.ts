import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 24 (evspk24): the subject phrase after a statement verb stops where its object starts. The sentences are
// written for these tests.

const { run } = wholePipeline();
const names = (e: DocEvent | undefined, role: string) =>
  (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.name_ar);

describe("a definite noun after a complete definite subject starts the object", () => {
  it("stops the party at the decree it rejects (ورفض الحزب | القرار)", () => {
    const e = ofType(run("ورفض الحزب القرار الذي اتخذته الحكومة أمس."), "REJECT");
    expect(e?.modality).toBe("asserted");
    expect(names(e, "actor1")).toEqual(["الحزب"]);
  });

  it("stops the government at the plural of things it denies (نفت الحكومة | الاتهامات)", () => {
    const e = ofType(run("ورفضت الحكومة الاتهامات الموجهة إليها."), "REJECT");
    expect(names(e, "actor1")).toEqual(["الحكومة"]);
  });

  it("stops the body at the verbal noun it demands (طالبت النقابة الوطنية | التحقيق)", () => {
    const e = ofType(run("وطالبت النقابة الوطنية التحقيق في الحادث."), "REQUEST");
    expect(names(e, "actor1")).toEqual(["النقابة الوطنية"]);
  });

  it("keeps the definite adjectives that agree (الحزب الاشتراكي، الاتحاد العام التونسي للشغل)", () => {
    expect(names(ofType(run("وأدان الحزب الاشتراكي القصف على غزة."), "ACCUSE"), "actor1")).toEqual([
      "الحزب الاشتراكي",
    ]);
    const e = ofType(run("وانتقد الاتحاد العام التونسي للشغل الحكومة التونسية."), "ACCUSE");
    expect(names(e, "actor1")).toEqual(["الاتحاد العام التونسي للشغل"]);
    expect(names(e, "actor2")).toEqual(["الحكومة التونسية"]);
  });
});

describe("the party in construct with the object noun after a statement verb is no speaker", () => {
  it("does not read the government as rejecting its own decree (ورفض قرار الحكومة)", () => {
    const events = run("وقال رئيس الحزب إن الحزب يعارض الخطة. ورفض قرار الحكومة رفع الأسعار.");
    const byGovernment = events.filter((e) => e.type === "REJECT" && names(e, "actor1").includes("الحكومة"));
    expect(byGovernment).toEqual([]);
  });

  it("keeps the body told before as the speaker, the candidate as the object (كما رفضت ترشيح الوزير)", () => {
    const events = run("ورفضت الهيئة العليا للانتخابات أمس ملفات عدة، كما رفضت ترشيح الوزير السابق.");
    const e = events
      .filter((x) => x.type === "REJECT")
      .find((x) => names(x, "actor2").includes("الوزير السابق"));
    expect(e?.modality).toBe("asserted");
    expect(names(e, "actor1")[0]).toMatch(/^الهيئة العليا/);
  });
});
