import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evtype26): a deportation (رحّل، ترحيل) was typed SANCTION expel, the type PLOVER gives an entity expelled
// from a group, an organisation or a country (a diplomat: طرد السفير); PLOVER's COERCE deport is "expel or deport
// individuals", and the keys code a deportation of migrants or of a convict so. The sentences are written for these tests.

const { run } = wholePipeline();

describe("a deportation of people is COERCE deport (triggers.tsv رحل، ترحيل)", () => {
  it("types the authorities deporting migrants as COERCE deport (رحلت السلطات … مهاجرا)", () => {
    const events = run("رحلت السلطات الليبية الأحد 150 مهاجرا غير نظامي إلى بلدانهم عبر مطار معيتيقة.");
    const deport = ofType(events, "COERCE");
    expect(deport?.mode).toBe("deport");
    expect(deport?.trigger?.text).toBe("رحلت");
    expect(ofType(events, "SANCTION")).toBeUndefined();
  });

  it("types the deportation noun the same way (بدأت السلطات ترحيل … مهاجرا)", () => {
    const events = run("بدأت السلطات الإيطالية الاثنين ترحيل 40 مهاجرا تونسيا وصلوا إلى جزيرة لامبيدوزا.");
    expect(ofType(events, "COERCE")?.mode).toBe("deport");
    expect(ofType(events, "SANCTION")).toBeUndefined();
  });

  it("keeps a diplomat's expulsion SANCTION expel (طردت الحكومة السفير)", () => {
    const events = run("طردت الحكومة الكندية السفير الفنزويلي الثلاثاء وأمهلته 72 ساعة لمغادرة البلاد.");
    expect(ofType(events, "SANCTION")?.mode).toBe("expel");
    expect(ofType(events, "COERCE")).toBeUndefined();
  });

  it("makes no deportation of a trip (رحلة) nor of a deportation's name with no one deported", () => {
    expect(ofType(run("بدأت الرحلة الأولى للحجاج من مطار تونس قرطاج صباح اليوم."), "COERCE")).toBeUndefined();
    expect(ofType(run("ناقش المجلس ملف الترحيل في جلسته الأسبوعية."), "COERCE")).toBeUndefined();
  });
});
