import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import { names } from "./fixtures.ts";

let analyse: Awaited<ReturnType<typeof createAnalyser>>;
beforeAll(async () => {
  analyse = await createAnalyser();
});

const arrests = (text: string) =>
  (analyse({ text, published: "2018-03-01" }).events ?? []).filter((e) => e.type === "COERCE");

describe("an arrest retold in the next sentence by another arrest word (session 25, arrestRetold)", () => {
  it("joins a passive arrest that names the one a common noun introduced", () => {
    const events = arrests(
      "اعتقلت الشرطة الهندية امرأة تنتحل صفة رجل وتغري النساء بالزواج. فقد ألقي القبض على كريشنا سين، الأربعاء، في إقليم أوتاراخاند شمالي البلاد.",
    );
    expect(events).toHaveLength(1);
    expect(names(events[0], "actor1")).toEqual(["الشرطة الهندية"]);
    expect(names(events[0], "actor2")).toContain("كريشنا سين");
  });

  it("joins an arrest told by a bare noun and told again with the police who made it", () => {
    const events = arrests(
      "أفادت وسائل إعلام أميركية، الأحد، بإطلاق نار قرب موقع سباق ماراثون سان دييغو في ولاية كاليفورنيا، واعتقال مشتبه به. وألقت الشرطة القبض على شخص يشتبه بأنه مطلق النار.",
    );
    expect(events).toHaveLength(1);
    expect(names(events[0], "actor1")).toEqual(["الشرطة"]);
  });

  it("keeps apart an arrest whose other telling has no state force or court as actor1", () => {
    // (the arrested read as actor1 of the passive: no retelling to join)
    const events = arrests(
      "ألقي القبض على الناشط أحمد ماهر في القاهرة. واعتقلت الشرطة المصرية الصحفي محمد عادل في الإسكندرية.",
    );
    expect(events).toHaveLength(2);
  });

  it("keeps apart two arrests each told with who arrested", () => {
    const events = arrests("اعتقلت الشرطة المصرية الناشط أحمد ماهر. واعتقل المتظاهرون شرطيا.");
    expect(events).toHaveLength(2);
  });
});
