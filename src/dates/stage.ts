import type { Doc } from "../doc/types.ts";
import type { Stage } from "../pipeline/pipeline.ts";
import { parseDay } from "./calendar.ts";
import { createTimeExtractor } from "./extract.ts";
import { loadTimeLexicon, type TimeLexicon } from "./lexicon.ts";

/**
 * The dates stage: every time expression in the text (doc.times), with its TIMEX3 type and value resolved
 * against doc.published. Relative expressions keep a null value when the publication date is unknown, and
 * each such expression is reported in doc.issues; absolute dates resolve anyway.
 */
export function createDatesStage(lexicon: TimeLexicon = loadTimeLexicon()): Stage {
  const extractor = createTimeExtractor(lexicon);
  return {
    name: "dates",
    requires: ["sentences"],
    assigns: ["times"],
    run(doc: Doc): Doc {
      const issues = [...doc.issues];
      let published = doc.published ? parseDay(doc.published) : null;
      if (doc.published && !published) {
        issues.push({
          stage: "dates",
          code: "bad-publication-date",
          message: `publication date "${doc.published}" is not a YYYY-MM-DD day; relative dates are left unresolved`,
          severity: "warning",
        });
        published = null;
      }
      const { times, unresolved } = extractor.extract(doc.text, published, doc.sentences, doc.tokens);
      for (const span of unresolved) {
        issues.push({
          stage: "dates",
          code: "relative-date-without-publication-date",
          message: `"${doc.text.slice(span.start, span.end)}" is relative to the publication date, which is unknown`,
          severity: "warning",
          ...span,
        });
      }
      return { ...doc, times, issues };
    },
  };
}
