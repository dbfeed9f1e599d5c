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
  try {
    const text = describe(value, nested);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text; // a Decimal of a thousand digits
  } catch {
    return typeof value === "function" ? "a function" : "an object"; // a Proxy or a throwing getter
  }
}

function describe(value: unknown, nested: boolean): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    if (typeof value === "bigint") return `${value}n`;
    if (typeof value === "function") return "a function";
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) {
    if (nested || value.length > 5) return `[${value.length} values]`;
    return `[${value.map((v) => describe(v, true)).join(", ")}]`;
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
  value === undefined
    ? `${path} is missing: it must be given, as a finite number (number, numeric string, bigint or Decimal) or a quantity`
    : `${path} must be a finite number (number, numeric string, bigint or Decimal), got ${describeValue(value)}`;

/** @internal */
export const outOfDomainMessage = (path: string, value: unknown, expected: string) =>
  `${path} ${expected}, got ${describeValue(value)}`;

/** @internal A positional margin call whose part exceeds the whole: the arguments are probably swapped. */
export const partExceedsRevenueMessage = (path: string, part: string, revenue: string, call: string) =>
  `${path} exceeds revenue (${part} > ${revenue}): are the arguments swapped? The part comes first, ${call}; ` +
  `or name them, e.g. { revenue, ${path} }, which also accepts a ${path} above revenue`;

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

/** @internal */
export const decimalFixedMessage = () =>
  "finmodel's Decimal cannot be reconfigured (it would change every later result of every importer); make your own constructor with Decimal.clone({ ... }) instead";

/** @internal */
export const exponentRangeMessage = (path: string, value: unknown, limit: number) =>
  `${path} must have a decimal exponent from -${limit} to ${limit} (a magnitude below 1e${limit + 1} and, unless zero, at least 1e-${limit}), got ${describeValue(value)}`;

/** @internal */
export const tooLongMessage = (path: string, length: number, limit: number) =>
  `${path} is a numeric string of ${length} characters; numbers longer than ${limit} characters are refused (no figure needs them)`;

/** @internal */
export const nonFiniteResultMessage = (path: string) =>
  `${path} would be infinite or not a number (too large to represent); check the inputs`;

/**
 * @internal The hint for a plain number outside the plausible range of a rate argument:
 * "24 as a growth rate is 2,400 %; write percent(24) or "24%" if you mean 24 %, or ratio(24) if you mean 2,400 %".
 */
export const implausibleRateMessage = (path: string, text: string, kind: string, asPercent: string, range: string) =>
  `${path}: ${text} as ${kind} is ${asPercent} %; write percent(${text}) or "${text}%" if you mean ${text} %, or ratio(${text}) if you mean ${asPercent} % (plain numbers as ${kind} are read as fractions and must lie in ${range})`;

/** @internal */
export const tooDeepMessage = (limit: number) => `is nested more than ${limit} levels deep (or refers to itself)`;
/** @internal Data whose getter or Proxy trap threw while it was read. */
export const unreadableDataMessage = "must be plain data (reading it threw: a getter or a Proxy)";
/** The refusal of an array longer than arrays.ts `MAX_ELEMENTS` (2^24). */
export const tooManyElementsMessage = "must hold at most 16,777,216 (2^24) elements";
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
