/** CLI exit codes and the errors that map to them. Documented in docs/cli.md. */

export const EXIT = {
  /** Everything worked. */
  OK: 0,
  /** An internal error: a bug in newslens. */
  INTERNAL: 1,
  /** The command line was wrong: unknown command or option, missing argument. */
  USAGE: 2,
  /** The input could not be read or analysed (empty, binary, undecodable, too large, malformed). */
  INPUT: 3,
  /** The analysis ran but a stage failed: the output is partial. */
  PARTIAL: 4,
  /** A store, server or network resource failed (cannot open the store, port in use, fetch failed). */
  RESOURCE: 5,
} as const;

/** An error the CLI reports as one message and an exit code, without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(message: string, readonly exitCode: number, readonly hint?: string) {
    super(message);
  }
}

export function usageError(message: string, hint?: string): CliError {
  return new CliError(message, EXIT.USAGE, hint);
}
