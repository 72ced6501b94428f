import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { ofType, wholePipeline } from "./pipeline-fixtures.ts";

// Session 19 (evspk19): a statement's speaker named right after its verb (VSO) and read as its target. The sentences
// are written for these tests.

const { run } = wholePipeline("2018-06-14");
const actorNames = (e: DocEvent | undefined, role: string) =>
  (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.name_ar);

describe("the noun phrase right after an active statement verb is its subject (postverbalSpeaker)", () => {
  it("reads a name in apposition after a title and a comma as the speaker, the next party as the target", () => {
    const e = ofType(
      run("انتقدت المستشارة الألمانية، أنغيلا ميركل، الحكومة الإيطالية بسبب إغلاق موانئها أمام المهاجرين."),
      "ACCUSE",
    );
    expect(actorNames(e, "actor1")).toEqual(["أنغيلا ميركل"]);
    expect(actorNames(e, "actor2")).toEqual(["الحكومة الإيطالية"]);
  });

  it("reads a name right after an office as the speaker (رفض رئيس الجمهورية …)", () => {
    const e = ofType(
      run("رفض رئيس الجمهورية الباجي قايد السبسي مشروع القانون الذي قدمته الحكومة."),
      "REJECT",
    );
    expect(actorNames(e, "actor1")).toEqual(["الباجي قائد السبسي"]);
  });

  it("reads the body ending a genitive chain of a group word as the speaker (فريق خبراء الأمم المتحدة)", () => {
    const e = ofType(run("اتهم فريق خبراء الأمم المتحدة ميليشيا الحوثي بتجنيد الأطفال في اليمن."), "ACCUSE");
    expect(actorNames(e, "actor1")).toEqual(["الأمم المتحدة"]);
  });

  it("leaves the body the target of a verb inflected for a plural subject (اتهموا فريق خبراء …)", () => {
    const e = ofType(run("وقال المحتجون إنهم اتهموا فريق خبراء الأمم المتحدة بالانحياز."), "ACCUSE");
    expect(actorNames(e, "actor1")).toEqual(["المحتجون"]);
    expect(actorNames(e, "actor2")).toEqual(["الأمم المتحدة"]);
  });
});
