import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 22: non-statement events no trigger of their type reached (data/events/triggers.tsv). The sentences are
// written for these tests, in the style of news reports.

describe("throwing stones at someone", () => {
  it("reads رشق (verb and noun) as an assault on the one pelted", () => {
    const [pelt] = eventsOf(
      "ورشق المحتجون رجال الشرطة بالحجارة والزجاجات الحارقة أمام مقر الولاية بالقصرين.",
    );
    expect(pelt?.type).toBe("ASSAULT");
    expect(names(pelt, "actor1")).toEqual(["المحتجون"]);
    expect(names(pelt, "actor2")).toEqual(["الشرطة"]);
    const [present] = eventsOf("وكان المتظاهرون يرشقون القوات الإسرائيلية بالحجارة عند السياج الحدودي.");
    expect(present?.type).toBe("ASSAULT");
    expect(names(present, "actor2")).toEqual(["القوات الإسرائيلية"]);
    const [noun] = eventsOf(
      "تعرضت حافلة للنقل العمومي صباح اليوم إلى الرشق بالحجارة من طرف مجهولين بمدينة القيروان.",
    );
    expect(noun?.type).toBe("ASSAULT");
    expect(noun?.modality).toBe("asserted");
  });

  it("does not read a salvo of rockets (رشقات) as stones thrown, nor a stoning long ago as news", () => {
    expect(eventsOf("تم رصد رشقات صاروخية أطلقت من غزة.").map((e) => e.type)).not.toContain("ASSAULT");
    expect(eventsOf("وتعود آخر حادثة رشق بالحجارة في المدينة إلى سنة 2011.")).toEqual([]);
  });
});
