import { Command, CommanderError } from "commander";

/** Declares the commands; each command's work lives in its own module, loaded on demand. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("marsad")
    .description("Reads Arabic news and turns it into structured, sourced, geolocated event data.")
    .exitOverride();
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
    .argument("<paths...>", "files, folders or http(s) URLs")
    .option("--db <file>", dbOption)
    .option("--workers <n>", "analysis worker threads (2 uses both cores; 1 analyses in-process)", "1")
    .option("--batch <n>", "articles per analysis batch and store transaction", "16")
    .option("--no-progress", "no progress bar on stderr")
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
      if (!options.conll) throw new Error('give --conll [FILE|-], e.g. "marsad ner --conll tokens.txt"');
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
    .option(
      "--clusters",
      "also rebuild the word clusters and news name lists from the news corpus (a few minutes)",
    )
    .option("--no-gazetteer", "keep data/ner/gazetteer.tsv as it is")
    .option("--model <path>", "where to write the model")
    .action(trainNer);
  train
    .command("all")
    .description("Rebuild every shipped model.")
    .action(async () => trainNer({}));
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
