import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyser } from "../analyse.ts";
import { loadArticles } from "../ingest/corpus.ts";
import { sharedDir } from "../paths.ts";
import { toDocumentJson } from "./contract.ts";
import { createDoc } from "./doc.ts";
import type { Doc } from "./types.ts";
import { documentSchemaPath, validateDocumentJson } from "./validate.ts";

describe("toDocumentJson", () => {
  it("keeps the contract's fields, drops tokens and gives empty layers as []", () => {
    const doc: Doc = {
      ...createDoc({ id: "a", text: "في بنغازي", published: "2014-08-02" }),
      sentences: [{ start: 0, end: 9 }],
      tokens: [{ start: 0, end: 2, text: "في", norm: "في", key: "في", kind: "word", sentence: 0, parts: [] }],
    };
    const json = toDocumentJson(doc);
    expect(Object.keys(json)).toEqual([
      "id",
      "title",
      "url",
      "source",
      "published",
      "text",
      "sentences",
      "entities",
      "places",
      "times",
      "events",
      "issues",
    ]);
    expect(json).not.toHaveProperty("tokens");
    expect(json.entities).toEqual([]);
    expect(json.events).toEqual([]);
    expect(validateDocumentJson(json)).toEqual({ valid: true, errors: [] });
  });

  it("leaves out an id the article did not have", () => {
    expect(toDocumentJson(createDoc({ text: "نص" }))).not.toHaveProperty("id");
  });
});

describe("validateDocumentJson", () => {
  it("names what is wrong in a document that breaks the contract", () => {
    const result = validateDocumentJson({ text: "x", published: "2014-13-45", entities: [{ start: 0 }] });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        "/ must have required property 'events'",
        '/published must match format "date"',
        "/entities/0 must have required property 'end'",
      ]),
    );
  });

  it("uses a schema that is an exact copy of the shared contract", () => {
    const shared = readFileSync(join(sharedDir(), "schema/document.schema.json"), "utf8");
    expect(JSON.parse(readFileSync(documentSchemaPath, "utf8"))).toEqual(JSON.parse(shared));
  });
});

describe("the analyser's output conforms to the contract", () => {
  it("for the seed article", async () => {
    const analyse = await createAnalyser();
    const text = readFileSync(join(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8");
    const json = toDocumentJson(analyse({ id: "seed", text, published: "2014-08-02" }));
    expect(validateDocumentJson(json).errors).toEqual([]);
    expect(json.text).toBe(text);
  });

  it("for the first 1,000 articles of the ANT news corpus", async () => {
    const analyse = await createAnalyser();
    const articles = await loadArticles(join(sharedDir(), "data/news/ant-multisource.jsonl"), 1000);
    expect(articles).toHaveLength(1000);
    const failures: string[] = [];
    for (const [i, article] of articles.entries()) {
      const json = toDocumentJson(analyse(article));
      const { valid, errors } = validateDocumentJson(json);
      if (!valid) failures.push(`line ${i + 1}: ${errors.join("; ")}`);
      // Every span must point inside the untouched text.
      for (const span of json.sentences ?? []) {
        if (span.start < 0 || span.end > json.text.length || span.start >= span.end) {
          failures.push(`line ${i + 1}: bad sentence span ${span.start}-${span.end}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The whole pipeline over 2.8 MB: about a minute on a busy 2-core machine, hence its own limit.
  }, 300_000);
});
