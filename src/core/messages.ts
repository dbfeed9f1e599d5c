/**
 * Every message finmodel puts in an error, in one place. Each takes the name
 * of the argument (its "path") and the offending value so that the message
 * says which input was wrong and what it was.
 *
 * @packageDocumentation
 */

/**
 * Renders any value briefly and unambiguously for an error message.
 *
 * @param value - anything
 * @returns a short description
 *
 * Internal: messages are part of the error contract, not of the API.
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "boolean" || typeof value === "symbol") return String(value);
  if (typeof value === "function") return "a function";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "object") {
    const tag = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
    if (tag === "Decimal") return `Decimal(${String(value)})`;
    const kind = (value as { kind?: unknown }).kind;
    if (typeof kind === "string") return `a ${kind} value`;
    return "an object";
  }
  return String(value);
}

// One constant per template (not one object) so that a bundler drops the templates
// of errors a program never raises.

/** @internal */
export const invalidNumberMessage = (path: string, value: unknown) =>
  `${path} must be a finite number (number, numeric string, bigint or Decimal), got ${describeValue(value)}`;

/** @internal */
export const outOfDomainMessage = (path: string, value: unknown, expected: string) =>
  `${path} ${expected}, got ${describeValue(value)}`;

/** @internal */
export const divisionByZeroMessage = (path: string) => `${path} is zero, so the result would be a division by zero`;

/** @internal */
export const currencyMismatchMessage = (path: string, expected: string, actual: string) =>
  `${path} is in ${actual} but ${expected} was expected; convert it with an explicit FX rate first`;

/** @internal */
export const unitMismatchMessage = (path: string, expected: string, value: unknown) =>
  `${path} must be ${expected}, got ${describeValue(value)}`;

/** @internal */
export const parseErrorMessage = (path: string, text: unknown, expected: string) =>
  `${path}: cannot read ${describeValue(text)} as ${expected}`;

/** @internal */
export const noSolutionMessage = (what: string, tried: string) => `${what} has no solution: ${tried}`;

/** @internal */
export const invalidPeriodMessage = (path: string, value: unknown, expected: string) =>
  `${path} ${expected}, got ${describeValue(value)}`;

/** @internal */
export const schemaMessage = (path: string, issue: string) => `${path}: ${issue}`;

/** @internal A problem in one cell of a model: the line, the period, then what is wrong. */
export const modelCellMessage = (line: string, period: string, problem: string) => `line ${line}, ${period}: ${problem}`;

/** @internal The message templates, keyed by what went wrong. */
export const messages = {
  invalidNumber: invalidNumberMessage,
  outOfDomain: outOfDomainMessage,
  divisionByZero: divisionByZeroMessage,
  currencyMismatch: currencyMismatchMessage,
  unitMismatch: unitMismatchMessage,
  parseError: parseErrorMessage,
  noSolution: noSolutionMessage,
  invalidPeriod: invalidPeriodMessage,
  schema: schemaMessage,
} as const;
