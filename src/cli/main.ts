import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isIsoDay } from "../ingest/dates.ts";
import { INPUT_FORMATS } from "../ingest/formats.ts";
import { repoRoot } from "../paths.ts";
import { ExitCode, isUserError, oneLine, UserError } from "./errors.ts";

// This file only declares commands: each command's work is an async function in its own module, imported when
// the command runs, so `marsad --help` stays fast and one command's dependencies never slow another.

function publishedDate(value: string): string {
  if (!isIsoDay(value))
    throw new InvalidArgumentError(`expected a calendar date as YYYY-MM-DD, e.g. 2014-08-02`);
  return value;
}

const publishedOption = () =>
  new Option("--published <date>", "publication date (YYYY-MM-DD) for articles that carry none").argParser(
    publishedDate,
  );
const maxArticleOption = () =>
  new Option("--max-article-mb <n>", "refuse an article (a file, or a JSONL line) larger than this many MB")
    .default(10)
    .argParser(positiveNumber);
const sourceOption = () => new Option("--source <name>", "source (outlet) name for articles that carry none");
const inputFormatOption = () =>
  new Option(
    "--input-format <format>",
    "read inputs as this format instead of guessing from the extension (stdin: from the first character)",
  ).choices(INPUT_FORMATS);

const INPUTS_HELP = `
Inputs:
  FILE.txt          one article, UTF-8 (a BOM is stripped) or UTF-16 with a BOM; a date in the file's
                    name (gaza-2014-07-29.txt) is its publication day unless --published says otherwise
  FILE.jsonl        one article per line: {"id", "text", "published"?, "source"?, "title"?, "url"?}
                    (also read: docno, time, src of the ANT news corpus; body/content, headline, link,
                    pubDate/date, outlet of other dumps); read as a stream, any size
  FILE.json         one such record, an array of them, or {"articles": [...]}
  FILE.html         a web page; its main text is taken out (scripts, navigation, header, footer dropped)
  FILE.xml .rss .atom   an RSS or Atom feed: one article per item
  FOLDER            every file above in it and its subfolders (others are passed over and counted)
  http(s)://URL     a feed, page, JSON or text, fetched once
  -  or nothing     stdin (JSONL if it starts with "{", a JSON array if "[", a feed if it has an <rss> or
                    <feed> root, HTML if it starts with "<", else plain text)`;

const EXIT_CODES_HELP = `
Exit codes:
  0  every article was analysed
  1  nothing could be analysed (bad usage, missing or unreadable input)
  2  partial failure: some articles were analysed, some inputs or lines failed (each reported on stderr)`;

function declareCommands(program: Command): void {
  program
    .command("extract")
    .description("analyse Arabic news articles and print them as JSON (schema/document.schema.json)")
    .argument("[inputs...]", "files, folders or URLs (see Inputs below); - or nothing reads stdin")
    .addOption(publishedOption())
    .addOption(sourceOption())
    .addOption(
      new Option(
        "--format <format>",
        "json: pretty, one object (an array for several articles); jsonl: one per line",
      )
        .choices(["json", "jsonl"])
        .default("json"),
    )
    .addOption(inputFormatOption())
    .addOption(maxArticleOption())
    .addHelpText(
      "after",
      `${INPUTS_HELP}
${EXIT_CODES_HELP}

Examples:
  $ marsad extract --published 2014-08-02 samples/libya-2014-08-02.ar.txt
  $ marsad extract --format jsonl samples/articles.jsonl > analysed.jsonl
  $ marsad extract --source "Al Wasat" --published 2014-08-02 page.html
  $ echo "قتل 3 أشخاص في بنغازي أمس." | marsad extract --published 2014-08-02`,
    )
    .action(async (files: string[], options) => {
      const { runExtract } = await import("./commands/extract.ts");
      process.exitCode = await runExtract(files, options);
    });

  program
    .command("summary")
    .description(
      "analyse articles and print a readable summary (articles, sentences, entities, events, places)",
    )
    .argument("[inputs...]", "files, folders or URLs (see Inputs below); default: the bundled samples")
    .addOption(publishedOption())
    .addOption(sourceOption())
    .addOption(inputFormatOption())
    .addOption(maxArticleOption())
    .addOption(
      new Option("--top <n>", "how many of the most frequent names to list").default(10).argParser(positive),
    )
    .addOption(new Option("--quiet", "no progress on stderr"))
    .addHelpText(
      "after",
      `${INPUTS_HELP}
${EXIT_CODES_HELP}

Examples:
  $ marsad summary                               # the bundled samples
  $ marsad summary --top 20 ../shared/data/news/ant-jawharafm.jsonl`,
    )
    .action(async (files: string[], options) => {
      const { runSummary } = await import("./commands/summary.ts");
      process.exitCode = await runSummary(files, options);
    });

  const evaluate = program.command("eval").description("Measure the analysis against answer keys.");
  evaluate
    .command("events")
    .description(
      "Score events against answer keys (matching rules of the key's note): precision, recall, F1, duplicates, field accuracy.",
    )
    .argument("<gold>", "an answer key (x.gold.json), a folder of *.gold.json, or a JSONL/array of keys")
    .argument(
      "[pred]",
      "predictions: a document with `events`, or a JSONL/array of documents (with ids) for a set",
    )
    .option("--run", "analyse each key's article with the pipeline instead of reading predictions")
    .option("--json", "machine-readable output")
    .option("--details", "one line per article: pairs, misses, duplicates, spurious, wrong fields")
    .option(
      "--no-filter",
      "with --run: keep every candidate event (the confidence filter off), to see what the filter drops",
    )
    .action(async (gold: string, pred: string | undefined, options) => {
      const { evalEventsCommand } = await import("./commands/eval-events.ts");
      await evalEventsCommand(gold, pred, options);
    });
  const dbOption = "SQLite file of the store (default $MARSAD_DB or .marsad/marsad.db)";
  program
    .command("ingest")
    .description(
      "Analyse and store articles: files (.txt .jsonl .json .html, .xml/.rss/.atom feeds), folders (recursive), feed or page URLs, - for stdin.",
    )
    .argument("<inputs...>", "files, folders or URLs (see Inputs below); - reads stdin")
    .option("--db <file>", dbOption)
    .option("--workers <n>", "analysis worker threads (2 uses both cores; 1 analyses in-process)", "1")
    .option("--batch <n>", "articles per analysis batch and store transaction", "64")
    .option("--no-progress", "no progress bar on stderr")
    .addOption(publishedOption())
    .addOption(sourceOption())
    .addOption(inputFormatOption())
    .addOption(maxArticleOption())
    .addHelpText(
      "after",
      `${INPUTS_HELP}

Bad items (unreadable files, bad JSON lines, articles whose analysis fails) are reported, logged in the store's
ingestion log, and skipped; the exit code is 1 only when every item was bad.

Examples:
  $ marsad ingest --workers 2 ../shared/data/news/ant-multisource.jsonl
  $ marsad ingest --source "Al Wasat" --published 2014-08-02 page.html
  $ marsad ingest reports/                       # a folder, recursively`,
    )
    .action(async (paths: string[], options) => {
      const { ingestCommand } = await import("./commands/ingest.ts");
      await ingestCommand(paths, options);
    });
  program
    .command("search")
    .description("Arabic-aware full-text search over stored articles, with event facets.")
    .argument("<query...>", "words (diacritics, alef forms and clitics do not matter); word* for a prefix")
    .option("--db <file>", dbOption)
    .option("--type <types>", "PLOVER event types, comma-separated (ASSAULT,PROTEST)")
    .option("--country <codes>", "ISO 3166 alpha-2 codes, comma-separated (LY,TN)")
    .option("--actor <actor>", "actor id or name")
    .option("--place <place>", "place id or name")
    .option("--source <source>", "outlet")
    .option("--from <date>", "events on or after YYYY-MM-DD")
    .option("--to <date>", "events on or before YYYY-MM-DD")
    .option("--limit <n>", "hits to show", "20")
    .option("--offset <n>", "hits to skip")
    .option("--json", "machine-readable output")
    .action(async (words: string[], options) => {
      const { searchCommand } = await import("./commands/search.ts");
      await searchCommand(words, options);
    });
  program
    .command("serve")
    .description(
      "Serve the HTTP API (and the web page once built); an empty store first gets the bundled sample.",
    )
    .option("--port <port>", "port to listen on (0 picks a free one)", "8080")
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--db <file>", dbOption)
    .option("--no-sample", "do not ingest the bundled sample into an empty store")
    .option("--private", "reads need a token too")
    .option("--static <dir>", "folder of static files to serve at /")
    .action(async (options) => {
      const { serveCommand } = await import("./commands/serve.ts");
      await serveCommand(options);
    });
  const token = program.command("token").description("API tokens for writes (POST /api/articles).");
  token
    .command("create")
    .description("Create a token; it is printed once and only its hash is stored.")
    .option("--db <file>", dbOption)
    .option("--name <name>", "who or what the token is for", "cli")
    .action(async (options) => {
      const { tokenCreateCommand } = await import("./commands/token.ts");
      await tokenCreateCommand(options);
    });
  evaluate
    .command("ner")
    .description("Score named entities conlleval-style (precision, recall, F1 per type and overall).")
    .argument("<gold>", "CoNLL file: token first, gold BIO tag last, blank line between sentences")
    .argument("[pred]", "CoNLL file of predicted tags (same tokens); without it the shipped tagger tags GOLD")
    .option("--model <path>", "a model file other than models/ner/ner.model")
    .option("--json", "machine-readable output")
    .action(async (gold: string, pred: string | undefined, options) => {
      const { evalNerCommand } = await import("../ner/commands.ts");
      evalNerCommand(gold, pred, options);
    });
  program
    .command("ner")
    .description("Tag named entities (PERS, LOC, ORG, MISC) in CoNLL-style input.")
    .option(
      "--conll [file]",
      "read tokens one per line (blank line between sentences) from FILE or - (stdin)",
    )
    .option("--model <path>", "a model file other than models/ner/ner.model")
    .action(async (options: { conll?: string | boolean; model?: string }) => {
      if (!options.conll) throw new UserError('give --conll [FILE|-], e.g. "marsad ner --conll tokens.txt"');
      const { nerConllCommand } = await import("../ner/commands.ts");
      nerConllCommand(typeof options.conll === "string" ? options.conll : "-", options);
    });
  const train = program.command("train").description("Rebuild the shipped models from ../shared/data.");
  const trainNer = async (options: Record<string, string | boolean>) => {
    const { trainNerCommand } = await import("../ner/commands.ts");
    trainNerCommand(options);
  };
  train
    .command("ner")
    .description("Train the named-entity tagger (deterministic) and write models/ner/ner.model.")
    .option("--dev", "train on 90% of ANERcorp train and score the held-out last 10% (writes no model)")
    .option(
      "--corpora <list>",
      'corpora with update weight and fraction, e.g. "anercorp,aqmar:0.3,wikifane:0.2:0.5"',
    )
    .option("--epochs <n>", "perceptron epochs")
    .option("--seed <n>", "shuffle seed (to check that a dev gain is not the seed's luck)")
    .option(
      "--clusters",
      "also rebuild the word clusters and news name lists from the news corpus (a few minutes)",
    )
    .option(
      "--brown",
      "also build data/ner/brown.tsv, Brown clusters of the news (not shipped; used as features when present)",
    )
    .option(
      "--embeddings",
      "also build data/ner/embedding-clusters.tsv, clustered skip-gram vectors of the news (not shipped; used when present)",
    )
    .option("--no-gazetteer", "keep data/ner/gazetteer.tsv as it is")
    .option("--model <path>", "where to write the model")
    .action(trainNer);
  const trainEvents = async (options: Record<string, string | boolean>) => {
    const { trainEventsCommand } = await import("../events/train/command.ts");
    await trainEventsCommand(options);
  };
  train
    .command("events")
    .description(
      "Train the event confidence model on the dev answer keys (deterministic) and write data/events/confidence-model.json: " +
        "an L2 logistic regression over the event's cue features (src/events/confidence-features.ts), its penalty and " +
        "threshold chosen by cross-validation with one fold per dev batch (TRAINING_BATCHES in src/events/train/command.ts).",
    )
    .option(
      "--cross-validate",
      "only report leave-one-batch-out cross-validation (each dev batch scored by a model trained on the others); write no model",
    )
    .option("--quick", "skip the leave-one-batch-out report (the model written is the same)")
    .option(
      "--no-filter",
      "ship threshold 0 (every event kept with its confidence) instead of the cross-validated threshold (events under it are dropped)",
    )
    .option(
      "--lexical",
      "also learn hashed lexical features (the trigger and the bare words around it, each with the event's type: " +
        "src/events/lexical-features.ts); not shipped, they did not pass cross-validation (see README)",
    )
    .option("--out <path>", "where to write the model")
    .action(trainEvents);
  train
    .command("all")
    .description("Rebuild every shipped model.")
    .action(async () => {
      await trainNer({});
      await trainEvents({});
    });
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError("expected a number above 0, e.g. 10 or 0.5");
  return n;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number, 1 or more");
  return n;
}

function version(): string {
  try {
    return JSON.parse(readFileSync(resolve(repoRoot, "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** `marsad … | head` closes our stdout early: that is the reader's choice, not an error worth a stack trace. */
function quietOnClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      process.stderr.write(`marsad: cannot write the output (${error.message})\n`);
      process.exit(1);
    });
  }
}

/** Declares the commands; each command's work lives in its own module, loaded on demand. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipes();
  const program = new Command("marsad")
    .description("Reads Arabic news and turns it into structured, sourced, geolocated event data.")
    .version(version(), "-V, --version")
    .showHelpAfterError("(run with --help for usage and examples)")
    .exitOverride()
    .addHelpText(
      "after",
      `
Examples:
  $ marsad extract --published 2014-08-02 samples/libya-2014-08-02.ar.txt
  $ marsad summary
  $ marsad extract --help

Exit codes: 0 ok, 1 failure, 2 partial failure (some inputs failed). Set MARSAD_DEBUG=1 for stack traces.`,
    );
  declareCommands(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok;
  } catch (error) {
    // Commander has already printed its own message (or the help) for parse errors.
    if (error instanceof CommanderError) return error.exitCode;
    if (isUserError(error)) {
      process.stderr.write(`marsad: ${oneLine(error.message)}\n`);
      return error instanceof UserError ? error.exitCode : ExitCode.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`marsad: internal error: ${oneLine(message)} (set MARSAD_DEBUG=1 to see where)\n`);
    if (process.env.MARSAD_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return ExitCode.failure;
  }
}
