import {
  currencyMismatchMessage,
  divisionByZeroMessage,
  invalidNumberMessage,
  invalidPeriodMessage,
  noSolutionMessage,
  outOfDomainMessage,
  parseErrorMessage,
  schemaMessage,
  unitMismatchMessage,
} from "./messages.js";

/**
 * The stable codes of {@link FinModelError}. Code on these, never on messages.
 *
 * - `INVALID_NUMBER`: not a finite number (NaN, ±Infinity, null, "abc", …).
 * - `OUT_OF_DOMAIN`: a number the function is not defined for (a negative revenue, a CAGR from 0).
 * - `DIVISION_BY_ZERO`: a divisor that is zero.
 * - `CURRENCY_MISMATCH`: amounts in different currencies met without an FX rate.
 * - `UNIT_MISMATCH`: a quantity of the wrong kind (a ratio where money was expected, …).
 * - `PARSE_ERROR`: text that cannot be read as the figure asked for.
 * - `NO_SOLUTION`: a solver found no root (the error says what it tried).
 * - `INVALID_PERIOD`: a date or period that is not valid or ends before it starts.
 * - `SCHEMA`: data that does not match its schema.
 */
export type FinModelErrorCode =
  | "INVALID_NUMBER"
  | "OUT_OF_DOMAIN"
  | "DIVISION_BY_ZERO"
  | "CURRENCY_MISMATCH"
  | "UNIT_MISMATCH"
  | "PARSE_ERROR"
  | "NO_SOLUTION"
  | "INVALID_PERIOD"
  | "SCHEMA";

/** The error a spreadsheet would show for the same input. */
export type ExcelErrorName = "#NUM!" | "#DIV/0!" | "#VALUE!" | "#N/A";

/** Extra, structured facts about an error. */
export interface FinModelErrorOptions {
  /** Which argument or field was wrong, e.g. `"revenue"` or `"scenarios.bull.multiple"`. */
  readonly path?: string;
  /** The offending value, as given. */
  readonly value?: unknown;
  /** The spreadsheet error the same input gives in Excel. */
  readonly excelError?: ExcelErrorName;
  /** Anything else a caller may want to inspect (what a solver tried, …). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

// The brand that marks a FinModelError, shared through the global symbol registry so that
// the CommonJS and the ESM build (two copies of this class) recognise each other's errors.
const BRAND: unique symbol = Symbol.for("finmodel.FinModelError") as never;
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

function branded(value: unknown): boolean {
  try {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  } catch {
    return false; // a Proxy whose get trap throws is not our error
  }
}

/**
 * The one error type finmodel throws. It carries a stable `code`, the `path`
 * of the argument at fault, and a message that names the argument and value.
 *
 * @example
 * ```ts
 * import { FinModelError, toDecimal } from "finmodel";
 * try {
 *   toDecimal("abc", "revenue");
 * } catch (e) {
 *   e instanceof FinModelError //=> true
 *   const error = e as FinModelError;
 *   error.code //=> "INVALID_NUMBER"
 *   error.path //=> "revenue"
 * }
 * ```
 */
export class FinModelError extends Error {
  // `declare`: the constructor creates these, in this order and before `name` as class fields
  // did, so no field definitions are emitted, which would only repeat the names in every bundle.
  /** The stable error code. */
  declare readonly code: FinModelErrorCode;
  /** Which argument or field was wrong, if known. */
  declare readonly path: string | undefined;
  /** The offending value, if known. */
  declare readonly value: unknown;
  /** The spreadsheet error name for the same input, where one applies. */
  declare readonly excelError: ExcelErrorName | undefined;
  /** Structured details (what a solver tried, the sum that was off, …). */
  declare readonly details: Readonly<Record<string, unknown>> | undefined;

  /**
   * @param code - the stable error code
   * @param message - the human-readable message, naming the argument and the value
   * @param options - path, value and other details
   */
  constructor(code: FinModelErrorCode, message: string, options: FinModelErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path;
    this.value = options.value;
    this.excelError = options.excelError;
    this.details = options.details;
    this.name = "FinModelError";
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `instanceof FinModelError` is true for an error of any copy of finmodel (the
   * CommonJS and the ESM build, two bundled versions): it checks the brand, not the class.
   *
   * @param value - anything
   * @returns true if `value` is a FinModelError of any copy of finmodel
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value);
  }

  /**
   * How Node prints the error (an uncaught one, or `console.log(e)`): the code, the
   * message, the path and the stack, without dumping the offending value's internals.
   *
   * @returns the compact text
   */
  [INSPECT](): string {
    const frames = typeof this.stack === "string" ? this.stack.split("\n").filter((line) => /^\s+at /.test(line)) : [];
    const path = this.path === undefined ? [] : [`  path: ${this.path}`];
    return [`${this.name} [${this.code}]: ${this.message}`, ...path, ...frames].join("\n");
  }
}

/**
 * Tells whether a value is a {@link FinModelError}, optionally of one code.
 *
 * Notes: the test is a brand registered with `Symbol.for`, so an error thrown by
 * the CommonJS build is recognised by the ESM build and the other way round.
 *
 * @param error - anything caught
 * @param code - if given, the error must also have this code
 * @returns true if `error` is a FinModelError (with that code)
 *
 * @example
 * ```ts
 * import { isFinModelError, toDecimal } from "finmodel";
 * let caught: unknown;
 * try { toDecimal(Number.NaN, "price"); } catch (e) { caught = e; }
 * isFinModelError(caught) //=> true
 * isFinModelError(caught, "INVALID_NUMBER") //=> true
 * isFinModelError(new Error("x")) //=> false
 * ```
 */
export function isFinModelError(error: unknown, code?: FinModelErrorCode): error is FinModelError {
  return branded(error) && (code === undefined || (error as FinModelError).code === code);
}

type Extra = Omit<FinModelErrorOptions, "path" | "value">;

/** @internal */
export const invalidNumber = (path: string, value: unknown, extra: Extra = {}) =>
  new FinModelError("INVALID_NUMBER", invalidNumberMessage(path, value), { excelError: "#VALUE!", ...extra, path, value });

/**
 * @internal
 * @param expected - what the value must be, phrased to follow the path: "must be positive".
 */
export const outOfDomain = (path: string, value: unknown, expected: string, extra: Extra = {}) =>
  new FinModelError("OUT_OF_DOMAIN", outOfDomainMessage(path, value, expected), { excelError: "#NUM!", ...extra, path, value });

/** @internal */
export const divisionByZero = (path: string, value: unknown = 0, extra: Extra = {}) =>
  new FinModelError("DIVISION_BY_ZERO", divisionByZeroMessage(path), { excelError: "#DIV/0!", ...extra, path, value });

/** @internal */
export const currencyMismatch = (path: string, expected: string, actual: string, extra: Extra = {}) =>
  new FinModelError("CURRENCY_MISMATCH", currencyMismatchMessage(path, expected, actual), {
    ...extra,
    path,
    value: actual,
    details: { expected, actual, ...extra.details },
  });

/** @internal */
export const unitMismatch = (path: string, expected: string, value: unknown, extra: Extra = {}) =>
  new FinModelError("UNIT_MISMATCH", unitMismatchMessage(path, expected, value), { excelError: "#VALUE!", ...extra, path, value });

/** @internal */
export const parseError = (path: string, text: unknown, expected: string, extra: Extra = {}) =>
  new FinModelError("PARSE_ERROR", parseErrorMessage(path, text, expected), { ...extra, path, value: text });

/** @internal */
export const noSolution = (what: string, tried: string, extra: Extra = {}) =>
  new FinModelError("NO_SOLUTION", noSolutionMessage(what, tried), { excelError: "#NUM!", ...extra });

/** @internal */
export const invalidPeriod = (path: string, value: unknown, expected: string, extra: Extra = {}) =>
  new FinModelError("INVALID_PERIOD", invalidPeriodMessage(path, value, expected), { excelError: "#NUM!", ...extra, path, value });

/** @internal */
export const schemaError = (path: string, issue: string, extra: Extra = {}) =>
  new FinModelError("SCHEMA", schemaMessage(path, issue), { ...extra, path });
