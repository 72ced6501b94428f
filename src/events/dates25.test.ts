import { describe, expect, it } from "vitest";
import { datedEventsOf } from "./fixtures.ts";

// Session 25 (evnear25): pickDate (detect.ts) took the nearest time of the event's sentence, also one inside a
// relative clause on a later word, which dates what that clause tells; an old one then dropped the event as history
// (stage.ts longAgo). Sentences from news reports of the TUNE batches, shortened.

describe("a time in a relative clause on a later word does not date the event (pickDate)", () => {
  it("keeps an arrest warrant whose suspect's old attack is dated in a relative clause (الاعتداء الذي … في 2016)", () => {
    const events = datedEventsOf(
      "أصدرت برلين مذكرة توقيف بحق رجل تونسي يشتبه بتواطئه في الاعتداء الذي استهدف سوقا ميلادية في برلين في 2016 وأسفر عن مقتل 12 شخصا، كما ذكرت وسائل إعلام محلية الخميس.",
      "2018-07-06",
    );
    const warrant = events.find((e) => e.type === "COERCE");
    expect(warrant?.trigger?.text).toBe("مذكرة توقيف");
    expect(warrant?.date?.value).toBe("2018-07-05");
  });

  it("keeps a call whose speaker's past is told in a relative clause (منانغاغوا الذي خلف موغابي في نوفمبر)", () => {
    const events = datedEventsOf(
      "ودعا الرئيس إيمرسون منانغاغوا الذي خلف روبرت موغابي في تشرين الثاني/نوفمبر إلى الهدوء.",
      "2018-08-01",
    );
    const call = events.find((e) => e.type === "REQUEST");
    expect(call?.trigger?.text).toBe("ودعا");
    expect(call?.date ?? null).toBeNull();
  });

  it("still dates an event noun by the relative clause right after it (الهجوم الذي وقع الأحد)", () => {
    const events = datedEventsOf(
      "أعلنت الشرطة أن الهجوم الذي وقع الأحد في العاصمة أسفر عن مقتل ثلاثة أشخاص.",
      "2018-07-06",
    );
    const attack = events.find((e) => e.type === "ASSAULT");
    expect(attack?.date?.value).toBe("2018-07-01");
  });

  it("still dates an event by a relative clause set off by a comma (في سوق الكريسماس، الذي وقع مساء أمس)", () => {
    const events = datedEventsOf(
      "تبنى تنظيم داعش عملية دهس المواطنين في سوق الكريسماس، الذي وقع مساء أمس الاثنين في برلين.",
      "2018-07-06",
    );
    const attack = events.find((e) => e.type === "ASSAULT");
    expect(attack?.date?.text).toBe("مساء أمس الاثنين");
  });
});
