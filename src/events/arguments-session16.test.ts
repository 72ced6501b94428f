import { describe, expect, it } from "vitest";
import type { DocEvent } from "../doc/types.ts";
import { eventsOf, names } from "./fixtures.ts";
import { wholePipeline } from "./pipeline-fixtures.ts";

// Session 16 (evarg16): protests lost for want of the ones who protest. A strike or a sit-in told as a noun had no
// actor when its light verb and its subject stood apart by a whole date, when those who organised it were named only
// after من تنظيم / بدعوة من / تلبية لدعوة, or when its crowd took to the streets (نزل، خرج) before it; with no actor
// and no place in its clause it was dropped, and with no actor it fitted no gold event that names its protesters.
// The sentences are written for these tests.

const { analyse } = wholePipeline();

const protest = (events: DocEvent[] | undefined) => (events ?? []).find((e) => e.type === "PROTEST");

describe("the subject of a protest's light verb, a whole date between them", () => {
  it("reads the workers after نفذ اليوم الخميس 12 أكتوبر 2017 (the dates stage marks the date)", () => {
    const doc = analyse({
      text: "نفذ اليوم الخميس 12 أكتوبر 2017 أعوان شركة النقل بصفاقس إضرابا عاما احتجاجا على تأخر صرف الأجور.",
      published: "2017-10-12",
    });
    expect(names(protest(doc.events), "actor1")).toEqual(["أعوان"]);
  });

  it("reads sailors as people (agents.tsv: بحارة)", () => {
    expect(names(protest(eventsOf("دخل بحارة جرجيس في إضراب مفتوح عن العمل.")), "actor1")).toEqual(["بحارة"]);
  });
});

describe("the one who organises or calls a protest (cue class organiser)", () => {
  it.each([
    ["انتظمت مساء أمس بمدينة قابس مسيرة سلمية من تنظيم هيئة المحامين للمطالبة بالتنمية.", "هيئة"],
    ["شل إضراب عام المؤسسات العمومية الأربعاء تلبية لدعوة النقابات للاحتجاج على قانون المالية.", "النقابات"],
    ["نظمت وقفة احتجاجية أمام مقر الولاية بدعوة من الاتحاد الجهوي للشغل.", "الاتحاد الجهوي"],
  ])("%s", (text, organiser) => {
    expect(names(protest(eventsOf(text)), "actor1")).toEqual([organiser]);
  });

  it("takes no government nor force for an organiser (بدعوة من الحكومة calls no protest of its own)", () => {
    const p = protest(eventsOf("انطلقت المسيرة بدعوة من الحكومة في وسط العاصمة."));
    expect(names(p, "actor1")).not.toContain("الحكومة");
  });
});

describe("those who take to the streets (cue class took_to)", () => {
  it("reads the crowd counted with من after نزل", () => {
    const p = protest(eventsOf("نزل عشرات الآلاف من الأشخاص إلى الشوارع في مسيرات حاشدة في العاصمة."));
    expect(names(p, "actor1")).toEqual(["الأشخاص"]);
  });

  it("reads no official who goes down to the street as a protester", () => {
    // (the whole pipeline: the places stage gives the march its town, which keeps it with no actor)
    const doc = analyse({
      text: "نزل وزير الداخلية إلى الشارع قبل انطلاق مسيرة بمدينة صفاقس.",
      published: "2017-06-15",
    });
    const p = protest(doc.events);
    expect(p).toBeDefined();
    expect(names(p, "actor1")).toEqual([]);
  });
});
