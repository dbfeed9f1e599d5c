/**
 * Every message finmodel puts in an error, in one place. Each takes the name
 * of the argument (its "path") and the offending value so that the message
 * says which input was wrong and what it was.
 *
 * @packageDocumentation
 */

/**
 * Renders any value briefly and unambiguously for an error message, as a user would
 * write it: `0` for a Decimal, `[1, 2]` for a short array, a finmodel quantity by its
 * own `toString()` where it has one (`US$358.47M`), otherwise by its number and unit
 * (`358470000 USD`, `ratio 0.25`).
 *
 * @param value - anything
 * @returns a short description
 *
 * Internal: messages are part of the error contract, not of the API.
 */
export function describeValue(value: unknown, nested = false): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    if (typeof value === "bigint") return `${value}n`;
    if (typeof value === "function") return "a function";
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) {
    if (nested || value.length > 5) return `[${value.length} values]`;
    return `[${value.map((v) => describeValue(v, true)).join(", ")}]`;
  }
  // A Decimal, or a quantity with its own toString, prints as itself.
  let text = "";
  try {
    if (typeof value.toString === "function" && value.toString !== Object.prototype.toString) text = String(value);
  } catch {
    // a toString that throws: describe the object by its fields
  }
  if (text !== "" && !text.startsWith("[object")) return text;
  const { kind, amount, currency, value: v } = value as { kind?: unknown; amount?: unknown; currency?: unknown; value?: unknown };
  if (kind === "money") return `${String(amount)} ${String(currency)}`;
  if (typeof kind === "string") return v === undefined ? `a ${kind} value` : `${kind} ${String(v)}`;
  const keys = Object.keys(value);
  return keys.length === 0 ? "an empty object" : `an object { ${keys.join(", ")} }`;
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
