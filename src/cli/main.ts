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
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
