import { describe, expect, it } from "vitest";
import { parseTriggers } from "./lexicon.ts";
import { nounForms, pastForms, presentForms } from "./morph.ts";
import { readings } from "./words.ts";

describe("verb inflection", () => {
  it("generates past and present forms from the two stems", () => {
    expect(pastForms("قتل")).toEqual(expect.arrayContaining(["قتل", "قتلت", "قتلوا", "قتلنا"]));
    expect(pastForms("استولي")).toEqual(expect.arrayContaining(["استولي", "استولت", "استولوا"]));
    expect(pastForms("غزا")).toEqual(expect.arrayContaining(["غزا", "غزت", "غزوا"]));
    expect(presentForms("يشتبك")).toEqual(expect.arrayContaining(["يشتبك", "تشتبك", "يشتبكون", "تشتبكان"]));
  });

  it("indexes every form of a verb line, with its voice", () => {
    const index = parseTriggers(
      "V\tASSAULT\tassassinate\tاغتال\tيغتال\tاغتيل\t-\tViolence against civilians|Attack\n",
    );
    expect(index.get("اغتالوا")?.[0]?.tense).toBe("past");
    expect(index.get("يغتالون")?.[0]?.tense).toBe("present");
    expect(index.get("اغتيل")?.[0]?.passive).toBe(true);
    expect(index.get("اغتيل")?.[0]?.acled?.sub_event_type).toBe("Attack");
  });

  it("adds the accusative and dual of one-word nouns, but never over a listed form", () => {
    expect(nounForms("اشتباك")).toEqual(["اشتباكا", "اشتباكين", "اشتباكان"]);
    expect(nounForms("مظاهره")).toEqual(["مظاهرتين", "مظاهرتان"]);
    expect(nounForms("عفو")).toEqual([]);
    const index = parseTriggers(
      "N\tASSAULT\texplosives\tتفجير\t-\t-\t-\t-\nN\tASSAULT\taerial\tتفجيرا\t-\t-\t-\t-\n",
    );
    expect(index.get("تفجيرين")?.[0]?.lemma).toBe("تفجير");
    expect(index.get("تفجيرا")?.map((e) => e.mode)).toEqual(["aerial"]);
  });
});

describe("word readings", () => {
  it("strips clitics and keeps what was stripped", () => {
    const rs = readings("وسيقتلونه");
    expect(rs.some((r) => r.key === "يقتلون" && r.conj && r.fut && r.pron === "ه")).toBe(true);
    expect(readings("للقوات").some((r) => r.key === "قوات" && r.prep === "ل" && r.det)).toBe(true);
    expect(readings("مساعدتها").some((r) => r.key === "مساعده" && r.pron === "ها")).toBe(true);
  });
});
