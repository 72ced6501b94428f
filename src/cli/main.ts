import { Command, CommanderError } from "commander";

/** Declares the commands; each command's work lives in its own module, loaded on demand. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("marsad")
    .description("Reads Arabic news and turns it into structured, sourced, geolocated event data.")
    .exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
