import type { Doc } from "./types.ts";

/** The JSON an analysed article is printed and stored as: see `schema/document.schema.json`. */
export interface DocumentJson {
  id?: string;
  title?: string | null;
  url?: string | null;
  source: string | null;
  published: string | null;
  text: string;
  sentences: Doc["sentences"];
  entities: NonNullable<Doc["entities"]>;
  places: NonNullable<Doc["places"]>;
  times: NonNullable<Doc["times"]>;
  events: NonNullable<Doc["events"]>;
  issues: Doc["issues"];
}

/**
 * The output contract of an analysed Doc: the fields of the schema in a stable order, internal layers
 * (tokens and their clitic parts) left out, and the layers no stage has filled yet given as [] so that
 * consumers can rely on them being arrays.
 */
export function toDocumentJson(doc: Doc): DocumentJson {
  const out: DocumentJson = {
    id: doc.id,
    title: doc.title ?? null,
    url: doc.url ?? null,
    source: doc.source,
    published: doc.published,
    text: doc.text,
    sentences: (doc.sentences ?? []).map(({ start, end }) => ({ start, end })),
    entities: doc.entities ?? [],
    places: doc.places ?? [],
    times: doc.times ?? [],
    events: doc.events ?? [],
    issues: doc.issues,
  };
  if (out.id === undefined) delete out.id;
  return out;
}
