import { describe, expect, it } from "vitest";
import type { EventType } from "../doc/types.ts";
import { docOf, eventResources, names } from "./fixtures.ts";
import { extractEvents } from "./stage.ts";
import {
  parseTyper,
  type StatementHook,
  type StatementSentence,
  serialiseTyper,
  statementProbabilities,
  trainStatementTyper,
  typerHook,
} from "./statement-typer.ts";

// A reported sentence as the typer sees it: its words' bare keys are all it reads here (no frame verb needed).
const sentence = (text: string): StatementSentence => {
  const words = text.split(" ").map((w, i) => ({ i, text: w, punct: false, token: { kind: "word" } }));
  return { words, frame: { at: 0, contentStart: 1, frameEnd: 1, chain: [] } } as unknown as StatementSentence;
};

describe("the statement typer on a tiny synthetic key set", () => {
  const options = { size: 256, lambda: 0.01, threshold: 0.5, pairs: false, verb: false };
  const yes = ["قال الوزير إن الحكومة لن تقبل الشروط", "قال الرئيس إن بلاده لن تقبل العرض"];
  const no = ["قال الوزير إن الحكومة تدرس الشروط", "قال الرئيس إن بلاده ستزور العاصمة"];
  const examples = [
    ...yes.flatMap((s) =>
      Array.from({ length: 5 }, () => ({ features: featuresOf(s), labels: { REJECT: 1 as const } })),
    ),
    ...no.flatMap((s) =>
      Array.from({ length: 5 }, () => ({ features: featuresOf(s), labels: { REJECT: 0 as const } })),
    ),
    // a sentence only an optional event lists is left out of the type's examples
    ...Array.from({ length: 20 }, () => ({ features: featuresOf("لن تقبل"), labels: { REJECT: null } })),
  ];
  function featuresOf(s: string) {
    return ["bias", ...s.split(" ").map((w) => `w|${w}`)];
  }

  it("learns from the words what is said: a refusal without the word رفض", () => {
    const typer = trainStatementTyper(examples, options);
    const p = (s: string) => statementProbabilities(typer, sentence(s)).REJECT ?? 0;
    expect(p("قال المتحدث إن الحكومة لن تقبل الاتفاق")).toBeGreaterThan(0.5);
    expect(p("قال المتحدث إن الحكومة تدرس الاتفاق")).toBeLessThan(0.5);
    expect(typerHook(typer)(sentence("قال المتحدث إن الحكومة لن تقبل الاتفاق"), "a", 0)).toEqual(["REJECT"]);
  });

  it("fits no model for a type without both positive and negative examples", () => {
    const typer = trainStatementTyper(examples, options);
    expect(Object.keys(typer.models)).toEqual(["REJECT"]);
  });

  it("reads back what it writes", () => {
    const typer = trainStatementTyper(examples, options);
    const back = parseTyper(JSON.parse(JSON.stringify(serialiseTyper(typer))));
    const s = sentence("قال المتحدث إن الحكومة لن تقبل الاتفاق");
    expect(statementProbabilities(back, s).REJECT).toBeCloseTo(
      statementProbabilities(typer, s).REJECT ?? 0,
      3,
    );
  });
});

describe("the proposal path (an injected typer)", () => {
  const always =
    (types: EventType[], seen: string[] = []): StatementHook =>
    (s) => {
      seen.push(s.words[s.frame.at]?.text ?? "");
      return types;
    };
  // (no refusal word in the content: "لن تقبل" is itself read as REJECT since session 20, stance.ts)
  const text = "وقال وزير الخارجية إن الحكومة تدرس الشروط الأمريكية.";

  it("reads the report verb as a statement of the proposed type, said by the frame's speaker", () => {
    const seen: string[] = [];
    const [e] = extractEvents(docOf(text), eventResources, always(["REJECT"], seen));
    expect(seen).toEqual(["وقال"]);
    expect(e?.type).toBe("REJECT");
    expect(e?.trigger?.text).toBe("وقال");
    expect(names(e, "actor1")).toEqual(["وزير الخارجية"]);
  });

  it("changes nothing without a typer", () => {
    expect(extractEvents(docOf(text), eventResources).map((e) => e.type)).not.toContain("REJECT");
  });

  it("proposes no type the sentence already has an event of", () => {
    const events = extractEvents(
      docOf("وقال وزير الخارجية إن الحكومة ترفض الشروط الأمريكية."),
      eventResources,
      always(["REJECT"]),
    );
    expect(events.filter((e) => e.type === "REJECT")).toHaveLength(1);
    expect(events[0]?.trigger?.text).not.toBe("وقال");
  });

  it("asks nothing of a question or a negated report verb", () => {
    const seen: string[] = [];
    extractEvents(
      docOf("هل قال وزير الخارجية إن الحكومة لن تقبل الشروط؟"),
      eventResources,
      always(["REJECT"], seen),
    );
    extractEvents(
      docOf("ولم يقل وزير الخارجية إن الحكومة لن تقبل الشروط."),
      eventResources,
      always(["REJECT"], seen),
    );
    expect(seen).toEqual([]);
  });
});
