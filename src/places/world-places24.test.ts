import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import { normalise } from "../text/normalise.ts";

// Session 24 (evplace24): places linked to the wrong place in the world. The sentences are written for these tests.

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const run = (text: string) => analyse({ text, published: "2018-04-10" });
const placesOf = (text: string) => (run(text).places ?? []).map((p) => [p.text, p.name_en, p.country]);

describe("a province's chief town known abroad against a small namesake of a country the article names", () => {
  it("reads جنيف as Geneva in Switzerland beside الأمريكية", () => {
    const text =
      "التقى المبعوث الأمريكي بنظيره الروسي في جنيف، وقالت الخارجية الأمريكية إن المحادثات كانت مثمرة.";
    expect(placesOf(text)).toContainEqual(["جنيف", "Geneve", "CH"]);
  });
});

describe("seas and gulfs", () => {
  it("reads بحر قزوين as the Caspian Sea, not Qazvin", () => {
    const places = placesOf("وقعت الدول الخمس المطلة على بحر قزوين اتفاقية في مدينة أكتاو الكازاخستانية.");
    expect(places).toContainEqual(["بحر قزوين", "Caspian Sea", null]);
    expect(places.map((p) => p[1])).not.toContain("Qazvin");
  });
  it("reads خليج قابس as the water off Gabes, not Khalis (Iraq)", () => {
    const doc = run("حجزت وحدات الحرس البحري ثلاثة مراكب صيد مخالفة تنشط بخليج قابس مساء أمس.");
    const places = (doc.places ?? []).map((p) => [p.name_en, p.country]);
    expect(places.map((p) => p[0])).not.toContain("Khalis");
    expect(places.map((p) => p[1])).toContain("TN");
    expect(places.map((p) => p[1])).not.toContain("IQ");
  });
});

describe("Maghrebi letters", () => {
  it("folds ڨ to ق and ڤ, ڥ to ف, one letter for one, so offsets are kept", () => {
    expect(normalise("ڨابس")).toBe("قابس");
    expect(normalise("ڤلاديمير")).toBe("فلاديمير");
    expect(normalise("ڥيينا")).toBe("فيينا");
  });
  it("finds a Tunisian town written with ڨ", () => {
    expect(placesOf("أوقفت وحدات الحرس الوطني مهربا في ولاية ڨابس يوم الأحد.").map((p) => p[2])).toContain(
      "TN",
    );
  });
});
