import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 19 (evactor19): events found with the wrong actor, or with none. The sentences are written for these tests.

const { run } = wholePipeline();
const actorNames = (e: DocEvent | undefined, role?: string) =>
  (e?.actors ?? []).filter((a) => !role || a.role === role).map((a) => a.name_ar);

describe("the verbal noun of a light verb before an event noun: its clause's subject acts (light_noun)", () => {
  it("reads the subject before يضطرون إلى تنفيذ إضراب as the strikers", () => {
    const e = ofType(
      run("أعلن الكاتب العام للنقابة أن العمال قد يضطرون إلى تنفيذ إضراب في الأسبوع المقبل."),
      "PROTEST",
    );
    expect(actorNames(e, "actor1")).toEqual(["العمال"]);
  });

  it("reads the subject of ساعدوا في تنفيذ الهجوم as the attackers, the place hit as actor 2", () => {
    const e = ofType(run("قال مصدر أمني إن المسلحين ساعدوا في تنفيذ الهجوم على الثكنة."), "ASSAULT");
    expect(actorNames(e, "actor1")).toEqual(["المسلحين"]);
    expect(actorNames(e, "actor2")).toEqual(["الثكنة"]);
  });
});

describe("a seizure told as a noun with no agent is made by the force the text names (arrestingAuthority)", () => {
  it("takes the force of the sentence before: داهمت وحدات الحرس … وأسفرت العملية عن حجز أسلحة", () => {
    const e = ofType(
      run("داهمت وحدات الحرس الوطني منزلا بالقصرين فجر اليوم. وأسفرت العملية عن حجز أسلحة وذخيرة."),
      "COERCE",
    );
    expect(actorNames(e, "actor1")).toEqual(["وحدات الحرس الوطني"]);
  });

  it("keeps the subject of the verb governing it: تمكنت وحدات الحرس الوطني من حجز أسلحة", () => {
    const e = ofType(run("تمكنت وحدات الحرس الوطني من حجز أسلحة وذخيرة."), "COERCE");
    expect(actorNames(e, "actor1")).toEqual(["وحدات الحرس الوطني"]);
  });

  it("finds none when no force is named: وأسفرت العملية عن حجز أسلحة", () => {
    const e = ofType(run("وأسفرت العملية عن حجز أسلحة وذخيرة."), "COERCE");
    expect(actorNames(e, "actor1")).toEqual([]);
  });
});
