import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evtype26): a battle noun (معركة، معارك) with an adjective that says it is fought with words or with no
// violence at all was read as an armed clash (ASSAULT). The sentences are written for these tests.

const { run } = wholePipeline();

describe("a battle fought with words or in court is no armed clash (cue classes words_fight, bloodless)", () => {
  it("reads no attack in a judicial battle (معركة قضائية)", () => {
    const events = run("دخلت الشركة في معركة قضائية طويلة مع الحكومة التونسية حول عقد الامتياز.");
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("reads no attack in a political battle in parliament (معركة سياسية)", () => {
    const events = run("اندلعت معركة سياسية حادة في البرلمان التونسي حول قانون المالية.");
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("reads no armed clash in a media battle (معركة إعلامية)", () => {
    const events = run("وصل حفتر إلى بنغازي بعد أسابيع من معركة إعلامية شرسة خاضتها جماعة الإخوان ضده.");
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("reads a media battle waged on someone as an accusation (شن النائب معركة إعلامية ضد …)", () => {
    const events = run("شن النائب ياسين العياري معركة إعلامية ضد رئيس الحكومة يوسف الشاهد.");
    const accusation = ofType(events, "ACCUSE");
    expect(accusation?.trigger?.text).toBe("معركة");
    expect(accusation?.mode).toBe("disapprove");
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("still reads fierce battles between an army and rebels as ASSAULT (معارك عنيفة)", () => {
    const events = run("اندلعت معارك عنيفة بين الجيش السوري ومسلحي المعارضة في ريف حماة الشمالي.");
    expect(ofType(events, "ASSAULT")?.trigger?.text).toBe("معارك");
  });
});
