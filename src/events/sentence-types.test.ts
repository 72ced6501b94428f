import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/doc.ts";
import type { GoldKey } from "../eval/events.ts";
import { textStage } from "../text/stage.ts";
import {
  parseSentenceTypeModel,
  sentenceExamples,
  sentenceLabels,
  sentenceModelToFile,
  sentenceTypeProbabilities,
  trainSentenceTypes,
} from "./sentence-types.ts";

const key = (events: GoldKey["events"]): GoldKey => ({ actors: {}, events });

describe("the sentence-type model", () => {
  it("labels sentences from the keys: scored events 1, optional-only sentences left out, others 0", () => {
    const labels = sentenceLabels(
      key([
        { id: "E1", type: ["ASSAULT"], sentences: [0, 2] },
        { id: "E2", type: ["ASSAULT", "COERCE"], sentences: [3], optional: true },
        { id: "E3", type: ["ASSAULT"], sentences: [2, 9] },
      ]),
      4,
    );
    expect(labels.get("ASSAULT")).toEqual([1, 0, 1, null]);
    expect(labels.get("COERCE")).toEqual([0, 0, 0, null]);
    expect(labels.get("PROTEST")).toEqual([0, 0, 0, 0]);
  });

  it("learns from a few articles which words tell which type, and round-trips through its file", () => {
    const articles = [
      ["تظاهر آلاف في المدينة.", "PROTEST"],
      ["قصفت الطائرات مواقع المسلحين.", "ASSAULT"],
      ["وتظاهر مئات أمام البرلمان.", "PROTEST"],
      ["وقصفت المدفعية القرية.", "ASSAULT"],
      ["وتظاهر طلاب في الجامعة.", "PROTEST"],
      ["قصفت طائرات حربية معسكرا.", "ASSAULT"],
      ["وصل الوزير إلى العاصمة أمس.", null],
    ].map(([text, type]) => {
      const doc = textStage.run(createDoc({ text: text as string, published: "2018-05-06" }));
      const events = type ? [{ id: "E1", type: [type], sentences: [0] }] : [];
      return { doc, ex: sentenceExamples(doc, key(events), 1024) };
    });
    const model = trainSentenceTypes(
      articles.map((a) => a.ex),
      1024,
      0.01,
    );
    const test = textStage.run(
      createDoc({ text: "تظاهر العمال أمس. وقصفت الطائرات مخزنا.", published: null }),
    );
    const [first, second] = sentenceTypeProbabilities(test, model);
    expect(first?.get("PROTEST") ?? 0).toBeGreaterThan(first?.get("ASSAULT") ?? 1);
    expect(second?.get("ASSAULT") ?? 0).toBeGreaterThan(second?.get("PROTEST") ?? 1);
    expect(first?.get("AGREE") ?? 1).toBeLessThan(0.05);
    const back = parseSentenceTypeModel(JSON.parse(JSON.stringify(sentenceModelToFile(model, 0.01))));
    const [again] = sentenceTypeProbabilities(test, back);
    expect(again?.get("PROTEST")).toBeCloseTo(first?.get("PROTEST") ?? 0, 3);
  });
});
