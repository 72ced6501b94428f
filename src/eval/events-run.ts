// Scoring a set of answer keys, either against given prediction documents or by running the analyser itself.

import { createAnalyser } from "../analyse.ts";
import type { ArticleInput, Doc } from "../doc/types.ts";
import {
  type DocumentScore,
  type EventCounts,
  type PredictedEvent,
  parsePredictedEvents,
  type Rates,
  rates,
  scoreDocument,
  sumCounts,
} from "./events.ts";
import { goldArticleText, type LoadedGold } from "./events-io.ts";

export interface SetScore {
  documents: DocumentScore[];
  total: EventCounts;
  rates: Rates;
}

export function scoreSet(golds: LoadedGold[], predictions: PredictedEvent[][]): SetScore {
  const documents = golds.map((g, i) => scoreDocument(g.key, predictions[i], g.id));
  const total = sumCounts(documents);
  return { documents, total, rates: rates(total) };
}

/**
 * Runs the whole pipeline on each key's article text (published date from the key) and returns its events.
 * `keepAll` switches the confidence filter off (every candidate kept), to see what the filter drops.
 */
export async function predictWithAnalyser(
  golds: LoadedGold[],
  options: { keepAll?: boolean } = {},
): Promise<PredictedEvent[][]> {
  return predictWith(await createAnalyser(options.keepAll ? { events: { keepAll: true } } : {}), golds);
}

/** The events of one analyser (loaded once, e.g. for many batches) on each key's article. */
export function predictWith(analyse: (input: ArticleInput) => Doc, golds: LoadedGold[]): PredictedEvent[][] {
  return golds.map((g) => {
    const doc = analyse({ id: g.id, text: goldArticleText(g), published: g.key.published ?? null });
    return parsePredictedEvents({ events: doc.events ?? [] }, `analyser output for ${g.id}`);
  });
}
