import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import type { DocEvent } from "../doc/types.ts";
import { createPlacesStage } from "../places/stage.ts";
import { textStage } from "../text/stage.ts";
import { eventResources } from "./fixtures.ts";
import { extractEvents } from "./stage.ts";

// Where an event is placed when its sentence names places that are not where it happened (sentences written for
// these tests). The places stage runs, so towns are the gazetteer's.
const placesStage = createPlacesStage();
const placedEventsOf = (text: string): DocEvent[] => {
  const d = placesStage.run(textStage.run(createDoc({ text, published: "2018-05-01" })));
  return extractEvents({ ...d, entities: [], times: [] }, eventResources);
};

describe("which place an event is in", () => {
  it("reads a town's name right after a relative pronoun or حيث as the verb it spells", () => {
    // عمد "set about" is also Amd in Yemen; عدن "they returned" is Aden
    const [e] = placedEventsOf(
      "اعتدى مواطنون على الطاقم الطبي في المستشفى مساء الأربعاء حيث عمد عدد منهم إلى تحطيم المعدات.",
    );
    expect(e?.type).toBe("ASSAULT");
    expect(e?.location?.country).not.toBe("YE");
    const [r] = placedEventsOf("أطلق المسلحون سراح الفتيات اللواتي عدن إلى بيوتهن مساء الأربعاء.");
    expect(r?.location?.country ?? null).not.toBe("YE");
    // (after a preposition it stays the town)
    const [a] = placedEventsOf("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في عدن مساء الأربعاء.");
    expect(a?.location?.name_en).toBe("Aden");
  });

  it("places an event told without a place where the event of the sentence before happened", () => {
    const events = placedEventsOf(
      "تظاهر آلاف الأشخاص في وسط برلين تنديدا بالهجوم التركي على سوريا. وتم توقيف ثلاثة أشخاص.",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.location?.name_en).toBe("Berlin");
  });

  it("does not place an event in a country named with ل as the one a party is loyal to", () => {
    const [e] = placedEventsOf(
      "ارتفعت حصيلة المجزرة التي ارتكبتها المليشيات الموالية لإيران في قرية وادي القعوم التابعة لمديرية الدريهمي على الساحل الغربي لليمن إلى سبعة قتلى.",
    );
    expect(e?.type).toBe("ASSAULT");
    expect(e?.location?.country).toBe("YE");
  });
});
