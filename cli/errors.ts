// Errors of the command line. A CliError is bad input the command line itself
// found: it prints as one line, `finmodel: <argument>: <what was expected>`, exit 2.

/** Bad input, named by the argument it came from. */
export class CliError extends Error {
  /** The argument (`<from>`, `--fx`, `file.json:3`). */
  readonly argument: string;

  constructor(argument: string, expected: string, options?: { cause?: unknown }) {
    super(`${argument}: ${expected}`, options);
    this.name = "CliError";
    this.argument = argument;
  }
}

/** Exit codes: 0 done, 1 a negative answer (an inconsistent claim, no rate), 2 bad input, 3 a bug. */
export const EXIT = { ok: 0, negative: 1, badInput: 2, internal: 3 } as const;
