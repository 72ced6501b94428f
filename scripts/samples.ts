import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { articleFromRecord } from "../src/ingest/article.ts";

/** How many articles of each ANT category the sample takes: mostly the conflict-heavy news sections. */
export const SAMPLE_QUOTAS: Record<string, number> = {
  middleEast: 110,
  internationalNews: 100,
  economy: 30,
  sport: 20,
  culture: 20,
  technology: 19,
};

/** Readable outlet names for the ANT corpus's `src` codes. */
export const OUTLET_NAMES: Record<string, string> = {
  skynews: "Sky News Arabia",
  alarabia: "Al Arabiya",
  france24: "France 24",
  BBC: "BBC Arabic",
  CNN: "CNN Arabic",
};

const OUTLET_ORDER = Object.keys(OUTLET_NAMES);

export const SEED = { id: "libya-2014-08-02", published: "2014-08-02", file: "seed/libya-2014-08-02.ar.txt" };

interface SampleRecord {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  category: string | null;
  published: string | null;
  text: string;
}

const stableOrder = (id: string) => createHash("sha1").update(id).digest("hex");

/**
 * The bundled sample as JSONL: the seed article first, then articles of the ANT multi-source corpus, picked
 * by category quota, taking outlets in turn, in an order fixed by a hash of the article id, so the same input
 * always gives the same file. Only articles of a readable length (400–5,000 characters) are taken.
 */
export async function buildSamples(shared: string): Promise<string> {
  const seedText = readFileSync(join(shared, SEED.file), "utf8");
  const records: SampleRecord[] = [
    {
      id: SEED.id,
      title: null,
      url: null,
      source: null,
      category: null,
      published: SEED.published,
      text: seedText,
    },
  ];
  const corpusPath = join(shared, "data/news/ant-multisource.jsonl");
  const pools = new Map<string, Map<string, SampleRecord[]>>();
  const titles = new Set<string>();
  for (const line of readFileSync(corpusPath, "utf8").split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line);
    // Category is not part of our input format: read it from the record beside the article it makes.
    const category: string = record.cat ?? "";
    const usable = typeof record.text === "string" && record.text.trim() !== "";
    if (!(category in SAMPLE_QUOTAS) || !usable) continue;
    const article = articleFromRecord(record);
    if (article.text.length < 400 || article.text.length > 5000) continue;
    const byOutlet = pools.get(category) ?? new Map<string, SampleRecord[]>();
    pools.set(category, byOutlet);
    const outlet = article.source ?? "";
    const pool = byOutlet.get(outlet) ?? [];
    byOutlet.set(outlet, pool);
    pool.push({
      id: article.id ?? "",
      title: article.title ?? null,
      url: article.url ?? null,
      source: OUTLET_NAMES[outlet] ?? outlet,
      category,
      published: article.published ?? null,
      text: article.text,
    });
  }
  for (const [category, quota] of Object.entries(SAMPLE_QUOTAS)) {
    const byOutlet = pools.get(category) ?? new Map();
    const queues = OUTLET_ORDER.map((outlet) =>
      [...(byOutlet.get(outlet) ?? [])].sort((a, b) => stableOrder(a.id).localeCompare(stableOrder(b.id))),
    );
    let taken = 0;
    while (taken < quota && queues.some((q) => q.length)) {
      for (const queue of queues) {
        if (taken >= quota) break;
        let next = queue.shift();
        while (next && titles.has(next.title ?? next.id)) next = queue.shift();
        if (!next) continue;
        titles.add(next.title ?? next.id);
        records.push(next);
        taken++;
      }
    }
  }
  return `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;
}
