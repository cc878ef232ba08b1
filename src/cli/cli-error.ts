/** A user-facing command-line failure: one line on stderr and an exit code (2 for bad input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
