/**
 * Exit codes of every `marsad` command, documented in the README:
 * 0 all went well; 1 nothing could be done (bad usage, every input failed); 2 partial failure
 * (some articles were analysed, some inputs or JSONL lines failed and were reported on stderr).
 */
export const ExitCode = { ok: 0, failure: 1, partial: 2 } as const;

/**
 * A problem with what the user gave us (a missing file, bad UTF-8, a wrong option value). The top of the CLI
 * prints its message on one line, without a stack trace, and exits with `exitCode`.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.failure,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** One line for stderr; collapses any newline a message may carry so that each error stays one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * Errors the user can fix, printed as one line without "internal error": UserError, and by convention any
 * error class named …InputError (e.g. InputError, EvalInputError), so modules need not import the CLI's class.
 */
export function isUserError(error: unknown): error is Error {
  return error instanceof UserError || (error instanceof Error && /InputError$/.test(error.constructor.name));
}
