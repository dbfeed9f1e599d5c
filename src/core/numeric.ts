import { Decimal, EXPONENT_LIMIT, claimsDecimal, decimalOfFloat, isDecimal } from "./decimal.js";
import { FinModelError, invalidNumber } from "./errors.js";
import { exponentRangeMessage, nonFiniteResultMessage, tooLongMessage } from "./messages.js";

/**
 * Anything finmodel accepts as a number: a JavaScript `number`, a numeric
 * string (`"0.1"`, `"-1.5e3"`), a `bigint`, or a decimal.js `Decimal`.
 *
 * Numbers are read from their shortest round-trip decimal form, so `0.1`
 * is exactly one tenth, not the binary double nearest to it.
 */
export type Numeric = number | string | bigint | Decimal;

/**
 * The longest numeric string finmodel reads (1,100 characters, surrounding blanks included):
 * with the exponent range of ±1000 no accepted number needs more, and refusing a longer
 * one before reading it keeps a megabyte of digits from costing seconds.
 */
export const MAX_NUMERIC_LENGTH = 1100;

/** @internal A value outside the exponent range: OUT_OF_DOMAIN. */
export const exponentRange = (path: string, value: unknown) =>
  new FinModelError("OUT_OF_DOMAIN", exponentRangeMessage(path, value, EXPONENT_LIMIT), {
    excelError: "#NUM!",
    path,
    value,
    details: { exponentLimit: EXPONENT_LIMIT },
  });

/** @internal A computed result that is not finite (an overflow): OUT_OF_DOMAIN naming the result. */
export const nonFiniteResult = (path: string, value?: unknown) =>
  new FinModelError("OUT_OF_DOMAIN", nonFiniteResultMessage(path), { excelError: "#NUM!", path, value });

const enum Scan {
  Invalid = 0,
  Ok = 1,
  Range = 2,
}

/**
 * Checks plain decimal notation in one pass (no regular expression, so no backtracking):
 * `[+-]digits[.digits][e[+-]digits]`, at least one mantissa digit; no hex, no "Infinity",
 * no separators (text with those goes through parseQuantity). Also tells whether the
 * value's decimal exponent lies within ±EXPONENT_LIMIT.
 */
function scanNumber(text: string): Scan {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i); // + -
  let digits = 0;
  let lead = -1; // exponent of the first non-zero digit, relative to the point
  let intDigits = 0;
  while (c >= 48 && c <= 57) {
    if (lead === -1 && c !== 48) lead = 0;
    if (lead !== -1) intDigits++;
    digits++;
    c = text.charCodeAt(++i);
  }
  let magnitude = intDigits - 1; // exponent of the leading digit when it is in the integer part
  if (c === 46) {
    c = text.charCodeAt(++i);
    let j = 0;
    while (c >= 48 && c <= 57) {
      j++;
      if (lead === -1 && c !== 48) {
        lead = 0;
        magnitude = -j;
      }
      digits++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return Scan.Invalid;
  let exp = 0;
  if (c === 101 || c === 69) {
    c = text.charCodeAt(++i);
    let sign = 1;
    if (c === 43 || c === 45) {
      if (c === 45) sign = -1;
      c = text.charCodeAt(++i);
    }
    let expDigits = 0;
    while (c >= 48 && c <= 57) {
      // Past 8 digits the exponent is out of range anyway; stop growing it.
      if (expDigits < 8) exp = exp * 10 + (c - 48);
      else if (c !== 48 || exp !== 0) exp = 1e9;
      expDigits++;
      c = text.charCodeAt(++i);
    }
    if (expDigits === 0) return Scan.Invalid;
    exp *= sign;
  }
  if (i !== n) return Scan.Invalid;
  if (lead === -1) return Scan.Ok; // zero, whatever its exponent
  const e = magnitude + exp;
  return e > EXPONENT_LIMIT || e < -EXPONENT_LIMIT ? Scan.Range : Scan.Ok;
}

function fromString(value: string, path: string, original: unknown): Decimal {
  if (value.length > MAX_NUMERIC_LENGTH) {
    throw new FinModelError("OUT_OF_DOMAIN", tooLongMessage(path, value.length, MAX_NUMERIC_LENGTH), {
      excelError: "#NUM!",
      path,
      value: `${value.slice(0, 40)}…`,
    });
  }
  const text = value.trim();
  const scan = scanNumber(text);
  if (scan === Scan.Invalid) throw invalidNumber(path, original);
  if (scan === Scan.Range) throw exponentRange(path, original);
  return new Decimal(text);
}

function fromObject(value: object, path: string): Decimal {
  if (isDecimal(value)) {
    const d = value as Decimal;
    if (!d.isFinite() || !Array.isArray(d.d)) throw invalidNumber(path, value);
    if (d.e > EXPONENT_LIMIT || (d.e < -EXPONENT_LIMIT && !d.isZero())) throw exponentRange(path, value);
    // decimal.js computes with the settings of an operand's own constructor, so a
    // Decimal made by another clone (the host's global one) is re-made with ours.
    return d.constructor === Decimal ? d : new Decimal(d);
  }
  // A Decimal of another copy of decimal.js (or anything claiming to be one) is read through its text.
  if (!claimsDecimal(value)) throw invalidNumber(path, value);
  let text: unknown;
  try {
    text = String(value);
  } catch {
    throw invalidNumber(path, value);
  }
  return fromString(text as string, path, value);
}

/**
 * Converts a {@link Numeric} to a finite `Decimal` of finmodel's private
 * constructor, or throws `INVALID_NUMBER` naming the argument.
 *
 * Rejected: `NaN`, `±Infinity`, `null`, `undefined`, `""`, `"abc"`, `"1e"`,
 * booleans, symbols, objects and anything else that is not a finite number.
 * A Decimal from another clone of decimal.js is accepted and copied; one from
 * another copy of decimal.js is read through its text (so an object that merely
 * claims the `Decimal` tag is refused).
 *
 * Notes: the accepted range is a decimal exponent from −1000 to 1000
 * ({@link EXPONENT_LIMIT}); a numeric string is read in one pass and may have at
 * most {@link MAX_NUMERIC_LENGTH} characters.
 *
 * @param value - the number to convert
 * @param path - the argument's name, used in the error message
 * @returns a finite Decimal
 * @throws FinModelError `INVALID_NUMBER` if `value` is not a finite number,
 *   `OUT_OF_DOMAIN` if it is outside the exponent range or the string is too long
 *
 * @example
 * ```ts
 * import { toDecimal } from "finmodel";
 * toDecimal(0.1).toString() //=> "0.1"
 * toDecimal("1.505e9").toString() //=> "1505000000"
 * toDecimal(10n ** 20n).toFixed() //=> "100000000000000000000"
 * toDecimal("1e", "price") // throws FinModelError INVALID_NUMBER
 * toDecimal("1e9000000000", "price") // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function toDecimal(value: Numeric, path = "value"): Decimal {
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw invalidNumber(path, value);
      // -0 is a sign artefact of float arithmetic, not a figure (decimalOfFloat reads it as 0).
      return decimalOfFloat(value);
    case "string":
      return fromString(value, path, value);
    case "bigint": {
      const text = value.toString();
      if (text.length - (value < 0n ? 1 : 0) > EXPONENT_LIMIT + 1) throw exponentRange(path, value);
      return new Decimal(text);
    }
    case "object":
      if (value === null) throw invalidNumber(path, value);
      return fromObject(value, path);
    default:
      throw invalidNumber(path, value);
  }
}

/**
 * @internal A Decimal computed by finmodel, checked on the way out: an overflow
 * (Infinity) or NaN is OUT_OF_DOMAIN naming the result, never returned.
 */
export function finiteResult(d: Decimal, path: string): Decimal {
  if (!d.isFinite()) throw nonFiniteResult(path);
  if (d.e > EXPONENT_LIMIT || d.e < -EXPONENT_LIMIT) {
    if (d.isZero()) return d;
    throw exponentRange(path, d);
  }
  return d;
}

/**
 * Tells whether a value is a {@link Numeric} that {@link toDecimal} accepts.
 *
 * @param value - anything
 * @returns true if `toDecimal(value)` would succeed
 *
 * @example
 * ```ts
 * import { isNumeric } from "finmodel";
 * isNumeric("12.5") //=> true
 * isNumeric(Number.NaN) //=> false
 * isNumeric("12%") //=> false
 * ```
 */
export function isNumeric(value: unknown): value is Numeric {
  try {
    toDecimal(value as Numeric);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts a Numeric (usually a Decimal) to the nearest `number`, or throws
 * `INVALID_NUMBER` if it does not fit in a finite double (magnitude above ~1.8e308).
 *
 * @param value - a Decimal or other Numeric
 * @param path - the argument's name, used in the error message
 * @returns the nearest finite double
 *
 * @example
 * ```ts
 * import { toDecimal, toNumber } from "finmodel";
 * toNumber(toDecimal("0.254")) //=> 0.254
 * ```
 */
export function toNumber(value: Numeric, path = "value"): number {
  const n = toDecimal(value, path).toNumber();
  if (!Number.isFinite(n)) throw invalidNumber(path, value);
  return n === 0 ? 0 : n;
}
