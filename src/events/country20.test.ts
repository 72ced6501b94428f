import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 20 (evcountry20): events found with the wrong country. The sentences are written for these tests.

const { run } = wholePipeline();

describe("a joint act of several states' parties is not placed in the first one's country (stage.ts, joint)", () => {
  it("keeps the place a joint call names: حث سفراء فرنسا وإيطاليا وبريطانيا في ليبيا → Libya, not France", () => {
    const e = ofType(
      run(
        "وحث سفراء فرنسا وإيطاليا وبريطانيا في ليبيا، في بيان مشترك، الجماعات المسلحة على الدخول في حوار سلمي.",
      ),
      "REQUEST",
    );
    expect(e?.location?.country).toBe("LY");
  });

  it("places an agreement of India and China where the summit is, not in India", () => {
    const e = ofType(
      run(
        "عقد رئيس الوزراء الهندي والرئيس الصيني قمة غير رسمية في مدينة ووهان. وقال مسؤول إن الهند والصين اتفقتا على تحسين الاتصالات بين قواتهما المسلحة. واختتمت القمة في ووهان.",
      ),
      "AGREE",
    );
    expect(e?.location?.country).toBe("CN");
  });

  it("still places a refusal by two states in the first one's: رفضت إيطاليا ومالطا → Italy", () => {
    const e = ofType(run("رفضت إيطاليا ومالطا استقبال المهاجرين."), "REJECT");
    expect(e?.location?.country).toBe("IT");
  });
});
