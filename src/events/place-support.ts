// Whether a town the gazetteer found fits the article. A common word or an unknown local name can resolve to a
// namesake far away (جرادة in Morocco → Al Jaradah in Syria, قصر الحسينية in Amman → El Kseur in Algeria). An analyst
// would not place an event in a country the article never speaks of while it speaks of others: such a town
// is no evidence of where the event happened.

import type { Doc } from "../doc/types.ts";
import { wordKey } from "./key.ts";

/** How much the article speaks of each country: its actors, its states, and its distinct towns and districts. */
export function countrySupport(doc: Doc): Map<string, number> {
  const support = new Map<string, number>();
  const add = (c: string | null | undefined, n = 1) => {
    if (c) support.set(c, (support.get(c) ?? 0) + n);
  };
  for (const e of doc.entities ?? []) {
    const c = e.canonical;
    if (c && c.kind !== "place") add(c.country);
  }
  const towns = new Map<string, Set<string>>();
  for (const p of doc.places ?? []) {
    if (!p.country) continue;
    if (p.precision === 3) add(p.country);
    else {
      const names = towns.get(p.country) ?? new Set<string>();
      names.add(p.id ?? wordKey(p.text));
      towns.set(p.country, names);
    }
  }
  // two different towns of one country support each other
  for (const [c, names] of towns) if (names.size > 1) add(c, names.size - 1);
  return support;
}

/**
 * A town or district (precision 1–2) of a country nothing else in the article speaks of, while other countries are spoken
 * of: a namesake, not the event's place.
 */
export function isStrayTown(
  place: { country: string | null; precision: number | null; feature?: string | null } | null | undefined,
  support: Map<string, number>,
): boolean {
  if (!place?.country || place.precision === null || place.precision > 2) return false;
  // a capital is named for itself (في موسكو), not a namesake
  if (place.feature === "capital" || place.feature === "admin_capital") return false;
  if ((support.get(place.country) ?? 0) > 0) return false;
  for (const n of support.values()) if (n > 0) return true;
  return false;
}
