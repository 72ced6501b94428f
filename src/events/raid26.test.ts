// Session 26 (evraid26): a law-enforcement raid (داهم، مداهمة، عمليات دهم) is COERCE (PLOVER seize: "police carrying
// out a law enforcement raid"), one event with the arrest, seizure or abduction told with it (merge.ts raidTarget).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

const { run } = wholePipeline("2018-05-20");
const raidsOf = (text: string) => run(text).filter((e) => /داهم|دهم/.test(e.trigger?.text ?? ""));

describe("a raid is a COERCE event of the force that raids (triggers.tsv, flag raid)", () => {
  it("reads the raid verb and the raid noun with the raiding force as actor1", () => {
    const verb = ofType(run("داهمت قوات الأمن التونسية فجر اليوم مستودعا في صفاقس."), "COERCE");
    expect(verb?.trigger?.text).toBe("داهمت");
    expect(verb?.actors.some((a) => a.role === "actor1" && a.name_ar.includes("الشرطة"))).toBe(true);
    const noun = ofType(run("نفذت الشرطة البلجيكية يوم الأحد سبع عمليات دهم في بروكسل."), "COERCE");
    expect(noun?.trigger?.text).toContain("دهم");
    expect(noun?.modality).toBe("asserted");
  });

  it("tells a raid and the arrest made in it as one event", () => {
    const events = run("داهمت وحدات الحرس الوطني منزل مهرب في مدنين وألقت عليه القبض.");
    expect(events.filter((e) => e.type === "COERCE")).toHaveLength(1);
    const later = run(
      "ألقت الشرطة القبض على شاب في سوسة يشتبه في انتمائه إلى تنظيم إرهابي. وقد تمت مداهمة منزله بإذن من النيابة.",
    );
    expect(later.filter((e) => e.type === "COERCE")).toHaveLength(1);
  });

  it("tells a militia's raid and the abduction made in it as one event", () => {
    const events = run("داهم مسلحون قرية في محافظة إب واختطفوا خمسة من سكانها.");
    expect(events.filter((e) => e.type === "COERCE" || e.type === "ASSAULT")).toHaveLength(1);
  });

  it("keeps apart an attack on the raiders, told in the raid's sentence", () => {
    const events = run("رشق شبان أعوان الأمن بالحجارة خلال مداهمة محل لبيع الخمر خلسة في قفصة.");
    expect(ofType(events, "COERCE")).toBeDefined();
  });

  it("reads no raid in the raiding force's name, an imminent danger or a raid only intended", () => {
    expect(raidsOf("استهدفت سيارة مفخخة قوات المداهمة قرب رفح.")).toEqual([]);
    expect(raidsOf("يواجه سكان الحي خطرا داهما بسبب الفيضانات.")).toEqual([]);
    const planned = raidsOf("تعتزم الشرطة مداهمة أوكار المهربين الأسبوع المقبل.");
    expect(planned.every((e) => e.modality !== "asserted")).toBe(true);
  });
});
