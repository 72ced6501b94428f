import { describe, expect, it } from "vitest";
import { datedEventsOf, eventsOf } from "./fixtures.ts";

// Session 25 (evnear25): readModality (detect.ts) read every event after قرر as planned; the keys code a measure an
// authority decides as taken by the decision. Sentences from news reports of the TUNE batches, shortened.

describe("a measure an authority decided is taken by the decision (DECIDED_TYPES)", () => {
  it("reads the prosecutors' decision to jail as an asserted arrest (قررت النيابة حبس)", () => {
    const events = eventsOf(
      "أورد موقع جريدة الأهرام المصرية الأربعاء أن النيابة العامة قررت حبس أربعة أمناء شرطة على ذمة التحقيق.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.trigger?.text).toBe("حبس");
    expect(arrest?.modality).toBe("asserted");
  });

  it("reads a release on bail the prosecutor decided as asserted (قرر النائب العام إخلاء سبيل)", () => {
    const events = eventsOf(
      "قرر النائب العام المصري إخلاء سبيل نجل الرئيس الأسبق محمد مرسي بعد التحقيق معه عدد من الساعات.",
    );
    const release = events.find((e) => e.type === "RETREAT");
    expect(release?.trigger?.text).toBe("إخلاء سبيل");
    expect(release?.modality).toBe("asserted");
  });

  it("reads a suspension from duty a minister decided as asserted (قرر الوزير إيقاف مسؤول عن العمل)", () => {
    const events = eventsOf(
      "قرر وزير التربية ناجي جلول إيقاف مسؤول بالمندوبية الجهوية للتربية بالمنستير عن العمل على خلفية شبهة فساد.",
    );
    const suspension = events.find((e) => e.type === "SANCTION");
    expect(suspension?.modality).toBe("asserted");
  });

  it("still reads a decided measure dated after publication as planned (قررت الحكومة … يوم الأحد المقبل)", () => {
    const events = datedEventsOf("قررت الحكومة إيقاف المسؤول عن العمل يوم الأحد المقبل.");
    const suspension = events.find((e) => e.type === "SANCTION");
    expect(suspension?.modality).toBe("planned");
  });

  it("still reads a decided visit as planned (قرر الرئيس زيارة)", () => {
    const events = eventsOf("قرر الرئيس التونسي زيارة الجزائر لبحث التعاون الأمني بين البلدين.");
    const visit = events.find((e) => e.type === "CONSULT");
    expect(visit?.modality).toBe("planned");
  });

  it("still reads a measure another verb of intent announces as planned (تعتزم الحكومة)", () => {
    const events = eventsOf("تعتزم الحكومة المصرية حبس المتهمين في القضية على ذمة التحقيق.");
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.modality).toBe("planned");
  });
});
