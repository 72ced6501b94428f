import { describe, expect, it } from "vitest";
import { eventsOf } from "./fixtures.ts";

// The place of an event comes from its own clause: not from the alleged act of a charge or suspicion, not from a
// relative clause that describes someone, and a country joined by و to a destination is a destination too.
describe("the place of the governing clause", () => {
  it("does not place an arrest where the act it suspects was aimed", () => {
    const [e] = eventsOf("اعتقلت الشرطة الإيطالية ثلاثة رجال للاشتباه في تهريب أسلحة إلى إيران وليبيا.");
    expect(e?.type).toBe("COERCE");
    expect(e?.location?.country).toBe("IT");
  });

  it("does not place an arrest where the charge says the act happened", () => {
    const [e] = eventsOf("أوقفت الشرطة المغربية شابا بتهمة القتال في سوريا.");
    expect(e?.type).toBe("COERCE");
    expect(e?.location?.country).toBe("MA");
  });

  it("does not place a release in the country of a relative clause on the one released", () => {
    const [e] = eventsOf("أفرجت محكمة تركية عن القس الأمريكي، الذي عاش سنوات في فرنسا.");
    expect(e?.type).toBe("RETREAT");
    expect(e?.location?.country).toBe("TR");
  });

  it("still places an attack at the place its own relative clause gives", () => {
    const [e] = eventsOf("شن المسلحون الهجوم الانتحاري الذي استهدف سوقا في أفغانستان أمس.");
    expect(e?.type).toBe("ASSAULT");
    expect(e?.location?.country).toBe("AF");
  });

  it("does not place a decision where the cause it answers happened", () => {
    const [e] = eventsOf("مدد الاتحاد الأوروبي العقوبات على مسؤولين ستة أشهر على خلفية التورط في أوكرانيا.");
    expect(e?.type).toBe("SANCTION");
    expect(e?.location?.country).not.toBe("UA");
    const [r] = eventsOf("طردت الحكومة دبلوماسيين اثنين ردا على إجراء مماثل اتخذته لندن في بريطانيا.");
    expect(r?.type).toBe("SANCTION");
    expect(r?.location?.country).not.toBe("GB");
  });

  it("still places an attack where the blast it follows went off", () => {
    const [e] = eventsOf("قتل ثلاثة أشخاص إثر انفجار عبوة ناسفة في العراق.");
    expect(e?.type).toBe("ASSAULT");
    expect(e?.location?.country).toBe("IQ");
  });

  it("reads a country joined by و to a destination as a destination, not the event's place", () => {
    const [e] = eventsOf("أرسلت الحكومة الجزائرية مساعدات إلى تونس وليبيا.");
    expect(e?.location?.country).not.toBe("LY");
  });
});
