import { type InputItem, type ItemOrigin, originOf } from "../ingest/inputs.ts";
import { ExitCode, oneLine } from "./errors.ts";

/** Prints per-input problems as one line each on stderr and keeps the count that decides the exit code. */
export interface Reporter {
  failures: number;
  inputError(item: Extract<InputItem, { error: string }>): void;
  analysisError(item: ItemOrigin, error: unknown): void;
  /** 0 when nothing failed, 2 when some articles were analysed and some failed, 1 when none was analysed. */
  exitCode(analysed: number): number;
}

export function createReporter(stderr: NodeJS.WritableStream): Reporter {
  const reporter: Reporter = {
    failures: 0,
    inputError(item) {
      if (!item.summary) reporter.failures++;
      if (!item.silent) stderr.write(`marsad: ${originOf(item)}: ${oneLine(item.error)}\n`);
    },
    analysisError(item, error) {
      reporter.failures++;
      const message = error instanceof Error ? error.message : String(error);
      stderr.write(`marsad: ${originOf(item)}: analysis failed (${oneLine(message)})\n`);
      if (process.env.MARSAD_DEBUG && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
    },
    exitCode(analysed) {
      if (reporter.failures === 0) return ExitCode.ok;
      return analysed > 0 ? ExitCode.partial : ExitCode.failure;
    },
  };
  return reporter;
}
