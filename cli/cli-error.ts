/** An error the user can act on: its message is printed as one line, and the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit code for a wrong command line (unknown command or option, missing argument). */
export const USAGE_EXIT_CODE = 2;
