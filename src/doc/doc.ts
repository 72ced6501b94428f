import type { ArticleInput, Doc, DocIssue, Span } from "./types.ts";

/** A fresh Doc for an article; no annotation layer is set yet. */
export function createDoc(input: ArticleInput): Doc {
  return {
    id: input.id,
    text: input.text,
    published: input.published ?? null,
    source: input.source ?? null,
    title: input.title ?? null,
    url: input.url ?? null,
    issues: [],
  };
}

export function spanText(doc: Pick<Doc, "text">, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

export function addIssue(doc: Doc, issue: DocIssue): void {
  doc.issues.push(issue);
}
