import { resolve } from "node:path";
import type { ArticleInput, Doc } from "../../doc/types.ts";
import { readInputs } from "../../ingest/inputs.ts";
import { repoRoot } from "../../paths.ts";
import { createReporter } from "../report.ts";
import { type CommandIo, type InputFlags, processIo, readOptionsOf } from "./extract.ts";

/** The articles `npm start` and a bare `marsad summary` analyse: the bundled samples (see samples/SOURCES.md). */
export const defaultSampleFiles = () => [resolve(repoRoot, "samples/articles.jsonl")];

export interface SummaryOptions extends InputFlags {
  top?: number;
  quiet?: boolean;
}

/** Counts gathered over many analysed Docs; pure, so it is tested without any I/O. */
export class CorpusSummary {
  articles = 0;
  characters = 0;
  sentences = 0;
  tokens = 0;
  readonly sources = new Counter();
  readonly entityTypes = new Counter();
  readonly entityNames = new Map<string, Counter>();
  readonly places = new Counter();
  readonly times = { total: 0, resolved: 0 };
  readonly eventTypes = new Counter();
  readonly modalities = new Counter();
  fatalities = 0;
  firstPublished: string | null = null;
  lastPublished: string | null = null;

  add(doc: Doc): void {
    this.articles++;
    this.characters += doc.text.length;
    this.sentences += doc.sentences?.length ?? 0;
    this.tokens += doc.tokens?.length ?? 0;
    this.sources.add(doc.source ?? "(unknown)");
    if (doc.published) {
      if (!this.firstPublished || doc.published < this.firstPublished) this.firstPublished = doc.published;
      if (!this.lastPublished || doc.published > this.lastPublished) this.lastPublished = doc.published;
    }
    for (const entity of doc.entities ?? []) {
      this.entityTypes.add(entity.type);
      let names = this.entityNames.get(entity.type);
      if (!names) {
        names = new Counter();
        this.entityNames.set(entity.type, names);
      }
      names.add(entity.canonical?.name_ar ?? entity.text);
    }
    for (const place of doc.places ?? []) {
      const name = place.name_en ? `${place.name_en} (${place.text})` : place.text;
      this.places.add(place.country ? `${name}, ${place.country}` : name);
    }
    for (const time of doc.times ?? []) {
      this.times.total++;
      if (time.value !== null) this.times.resolved++;
    }
    for (const event of doc.events ?? []) {
      this.eventTypes.add(event.type);
      this.modalities.add(event.modality);
      if (event.fatalities) this.fatalities += event.fatalities.value;
    }
  }

  /** The summary as the terminal shows it. */
  render(top = 10, failed = 0): string {
    const n = (x: number) => x.toLocaleString("en-US");
    const lines: string[] = [];
    const row = (label: string, value: string) => lines.push(`  ${label.padEnd(14)} ${value}`);
    lines.push("Marsad summary", "");
    row("articles", failed ? `${n(this.articles)} analysed, ${n(failed)} failed` : n(this.articles));
    row("characters", n(this.characters));
    row("sentences", n(this.sentences));
    row("tokens", n(this.tokens));
    if (this.firstPublished) row("published", `${this.firstPublished} … ${this.lastPublished}`);
    row("sources", this.sources.format(top) || "-");
    lines.push("");
    row(
      "entities",
      `${n(this.entityTypes.total)}${this.entityTypes.total ? ` (${this.entityTypes.format(top)})` : ""}`,
    );
    for (const [type, names] of [...this.entityNames].sort(([a], [b]) => a.localeCompare(b))) {
      row(`  top ${type}`, names.format(top));
    }
    row("places", `${n(this.places.total)} mentions`);
    if (this.places.total) row("  top places", this.places.format(top));
    row("times", `${n(this.times.total)} expressions, ${n(this.times.resolved)} resolved to a value`);
    row(
      "events",
      `${n(this.eventTypes.total)}${this.eventTypes.total ? ` (${this.eventTypes.format(top)})` : ""}`,
    );
    if (this.eventTypes.total) {
      row("  modality", this.modalities.format(top));
      row("  fatalities", n(this.fatalities));
    }
    return `${lines.join("\n")}\n`;
  }
}

/** Counts of strings, listed most frequent first (ties alphabetically, so output is stable). */
export class Counter {
  private readonly counts = new Map<string, number>();
  total = 0;

  add(key: string, by = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
    this.total += by;
  }

  top(limit: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  }

  format(limit: number): string {
    return this.top(limit)
      .map(([key, count]) => `${key} ${count}`)
      .join(", ");
  }
}

/** `marsad summary`: analyse articles (by default the bundled samples) and print what was found in them. */
export async function runSummary(
  files: string[],
  options: SummaryOptions,
  io: CommandIo = processIo(),
): Promise<number> {
  const inputs = files.length ? files : defaultSampleFiles();
  const report = createReporter(io.stderr);
  const progress = createProgress(io.stderr, options.quiet ?? false);
  let analyse: ((input: ArticleInput) => Doc) | undefined;
  const summary = new CorpusSummary();
  const started = performance.now();
  for await (const item of readInputs(inputs, readOptionsOf(options, io.stdin))) {
    if (item.error !== undefined) {
      report.inputError(item);
      continue;
    }
    if (!analyse) {
      progress.note("marsad: loading the analyser…");
      const { createAnalyser } = await import("../../analyse.ts");
      analyse = await createAnalyser();
    }
    try {
      summary.add(analyse(item.article));
    } catch (error) {
      report.analysisError(item, error);
      continue;
    }
    progress.tick(summary.articles, summary.characters, performance.now() - started);
  }
  progress.done(summary.articles, summary.characters, performance.now() - started);
  if (summary.articles > 0) io.stdout.write(summary.render(options.top ?? 10, report.failures));
  return report.exitCode(summary.articles);
}

/** Progress on stderr: a line rewritten in place on a terminal, an occasional line otherwise (logs, CI). */
function createProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, quiet: boolean) {
  const tty = Boolean(stderr.isTTY);
  let lastShown = 0;
  const line = (articles: number, characters: number, ms: number) =>
    `marsad: analysed ${articles.toLocaleString("en-US")} articles, ${(characters / 1e6).toFixed(1)} M characters in ${(ms / 1000).toFixed(1)} s`;
  return {
    note(message: string) {
      if (!quiet) stderr.write(`${message}\n`);
    },
    tick(articles: number, characters: number, ms: number) {
      if (quiet) return;
      if (tty && ms - lastShown > 100) {
        stderr.write(`\r${line(articles, characters, ms)}`);
        lastShown = ms;
      } else if (!tty && articles % 100 === 0) stderr.write(`${line(articles, characters, ms)}\n`);
    },
    done(articles: number, characters: number, ms: number) {
      if (quiet || (!tty && articles > 0 && articles % 100 === 0)) return;
      stderr.write(`${tty ? "\r" : ""}${line(articles, characters, ms)}\n`);
    },
  };
}
