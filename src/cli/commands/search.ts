import { searchQuery, splitFilter } from "../../api/schemas.ts";
import { openStore } from "../../store/openStore.ts";
import type { FacetCount } from "../../store/types.ts";

export interface SearchCommandOptions {
  db?: string;
  type?: string;
  country?: string;
  actor?: string;
  place?: string;
  source?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  json?: boolean;
}

function facetLine(name: string, counts: FacetCount[]): string {
  if (!counts.length) return "";
  return `  ${name}: ${counts
    .slice(0, 8)
    .map((c) => `${c.label ? `${c.label} (${c.value})` : c.value} ${c.count}`)
    .join(", ")}\n`;
}

/** `marsad search QUERY [filters]`: the same search and validation as GET /api/search. */
export async function searchCommand(words: string[], options: SearchCommandOptions): Promise<void> {
  const { db, json, ...filters } = options;
  const raw = Object.fromEntries(
    Object.entries({ q: words.join(" "), ...filters }).filter(([, v]) => v !== undefined),
  );
  const parsed = searchQuery.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map((i) => `${i.path.length ? `--${i.path.join(".")}: ` : ""}${i.message}`)
        .join("; "),
    );
  }
  const { filter, rest } = splitFilter(parsed.data);
  const { q = "", ...others } = filter;
  const store = openStore(db);
  try {
    const r = await store.search(q, others, { limit: rest.limit ?? 20, offset: rest.offset });
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ hits: r.hits.items, total: r.hits.total, totalExact: r.hits.totalExact, facets: r.facets }, null, 2)}\n`,
      );
      return;
    }
    let out = `${r.hits.totalExact ? "" : "about "}${r.hits.total} article(s) match "${q}"\n\n`;
    for (const h of r.hits.items) {
      out += `#${h.articleId}  ${h.published ?? "????-??-??"}  ${h.source ?? "-"}  ${h.title ?? ""}\n`;
      out += `    ${h.snippet}\n`;
      if (h.eventIds.length) out += `    events: ${h.eventIds.join(", ")}\n`;
    }
    out += `\nevents in ${r.facetArticles < r.hits.total ? `the newest ${r.facetArticles} of these articles` : "these articles"} by\n`;
    out += facetLine("type", r.facets.type);
    out += facetLine("country", r.facets.country);
    out += facetLine("actor", r.facets.actor);
    out += facetLine("place", r.facets.place);
    out += facetLine("source", r.facets.source);
    process.stdout.write(out);
  } finally {
    await store.close();
  }
}
