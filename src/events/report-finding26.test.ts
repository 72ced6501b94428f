import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 26 (evspur26): the deeds a report documents are its findings, not news (background.ts reportFinding).

describe("the deeds a report documents are its findings (reportFinding)", () => {
  const { run } = wholePipeline("2018-07-02");

  it("reads no attack in what a report documented over a year (ووثق التقرير مقتل …)", () => {
    const events = run(
      "ووثق التقرير مقتل 120 مدنيا وإصابة 300 آخرين بقذائف المسلحين في محافظة الحديدة خلال العام الماضي.",
    );
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("reads no arrest in what a report found (وجاء في تقرير المنظمة أن قوات الأمن اعتقلت …)", () => {
    const events = run("وجاء في تقرير المنظمة أن قوات الأمن اعتقلت 40 ناشطا في مدينة البصرة الشهر الماضي.");
    expect(ofType(events, "COERCE")).toBeUndefined();
  });

  it("reads no attack in what a monitor documented (ووثق المرصد خلال الشهر الماضي مقتل …)", () => {
    const events = run("ووثق المرصد خلال الشهر الماضي مقتل 85 مدنيا بينهم 20 طفلا في غارات على ريف إدلب.");
    expect(ofType(events, "ASSAULT")).toBeUndefined();
  });

  it("still reads the report's own accusation (اتهم تقرير المنظمة الجيش …)", () => {
    const events = run("اتهم تقرير جديد لمنظمة العفو الدولية الجيش الكاميروني بتعذيب معتقلين في سجون سرية.");
    expect(ofType(events, "ACCUSE")?.mode).toBeDefined();
  });

  it("still reads an attack a ministry's statement reports (قالت الوزارة في بيان إن مسلحين قتلوا …)", () => {
    const events = run(
      "قالت وزارة الداخلية في بيان إن مسلحين قتلوا ثلاثة جنود في هجوم على حاجز أمني يوم الأحد.",
    );
    expect(ofType(events, "ASSAULT")).toBeDefined();
  });

  it("still reads an arrest a press report tells (ذكر تقرير لوكالة الأنباء أن الشرطة اعتقلت …)", () => {
    const events = run(
      "ذكر تقرير لوكالة الأنباء الرسمية أن الشرطة اعتقلت يوم الأحد ثلاثة مهربين قرب الحدود.",
    );
    expect(ofType(events, "COERCE")).toBeDefined();
  });

  it("still reads an attack press reports tell (أفادت تقارير إعلامية بأن مسلحين قتلوا …)", () => {
    const events = run(
      "أفادت تقارير إعلامية بأن مسلحين قتلوا أربعة جنود في هجوم على دورية عسكرية يوم الأحد.",
    );
    expect(ofType(events, "ASSAULT")).toBeDefined();
  });

  it("still reads an arrest told after a report is named without its voice (بعد تقرير صحفي، اعتقلت الشرطة …)", () => {
    const events = run("بعد تقرير صحفي عن الفساد في الميناء، اعتقلت الشرطة مدير الجمارك يوم الأحد.");
    expect(ofType(events, "COERCE")).toBeDefined();
  });
});
