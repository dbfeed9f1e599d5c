import { Decimal } from "./decimal.js";
import { invalidNumber } from "./errors.js";

/**
 * Anything finmodel accepts as a number: a JavaScript `number`, a numeric
 * string (`"0.1"`, `"-1.5e3"`), a `bigint`, or a decimal.js `Decimal`.
 *
 * Numbers are read from their shortest round-trip decimal form, so `0.1`
 * is exactly one tenth, not the binary double nearest to it.
 */
export type Numeric = number | string | bigint | Decimal;

// Plain decimal notation only: no hex/binary/octal, no "Infinity"/"NaN",
// no separators (text with those goes through parseQuantity).
const NUMERIC_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function isDecimalLike(value: object): value is Decimal {
  return (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "Decimal";
}

/**
 * Converts a {@link Numeric} to a finite `Decimal` of finmodel's private
 * constructor, or throws `INVALID_NUMBER` naming the argument.
 *
 * Rejected: `NaN`, `±Infinity`, `null`, `undefined`, `""`, `"abc"`, `"1e"`,
 * booleans, objects and anything else that is not a finite number.
 * A Decimal from another copy or clone of decimal.js is accepted and copied.
 *
 * @param value - the number to convert
 * @param path - the argument's name, used in the error message
 * @returns a finite Decimal
 * @throws FinModelError `INVALID_NUMBER` if `value` is not a finite number
 *
 * @example
 * ```ts
 * import { toDecimal } from "finmodel";
 * toDecimal(0.1).toString() //=> "0.1"
 * toDecimal("1.505e9").toString() //=> "1505000000"
 * toDecimal(10n ** 20n).toFixed() //=> "100000000000000000000"
 * toDecimal("1e", "price") // throws FinModelError INVALID_NUMBER
 * ```
 */
export function toDecimal(value: Numeric, path = "value"): Decimal {
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw invalidNumber(path, value);
      // -0 is a sign artefact of float arithmetic, not a figure.
      return new Decimal(value === 0 ? 0 : value);
    case "string": {
      const text = value.trim();
      if (!NUMERIC_STRING.test(text)) throw invalidNumber(path, value);
      const d = new Decimal(text);
      if (!d.isFinite()) throw invalidNumber(path, value);
      return d;
    }
    case "bigint":
      return new Decimal(value.toString());
    case "object":
      if (value !== null && isDecimalLike(value)) {
        if (!value.isFinite()) throw invalidNumber(path, value);
        // decimal.js computes with the settings of an operand's own constructor, so a
        // Decimal made elsewhere (the host's global one) is re-made with ours.
        return value.constructor === Decimal ? value : new Decimal(String(value));
      }
      throw invalidNumber(path, value);
    default:
      throw invalidNumber(path, value);
  }
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
