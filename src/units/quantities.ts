import type { Decimal } from "../core/decimal.js";
import { unitMismatch } from "../core/errors.js";
import { type Numeric, toDecimal } from "../core/numeric.js";

/**
 * A fraction: 0.254 is a 25.4% margin, 1.589 is +158.9% growth.
 * Made by {@link ratio} (from a fraction) or {@link percent} (from a percentage).
 */
export interface Ratio {
  readonly kind: "ratio";
  /** The fraction itself (0.254 for 25.4%). */
  readonly value: Decimal;
}

/**
 * A difference between two ratios, in percentage points: a margin going from
 * 12.2% to 25.4% moved by 13.2 pp. Not a ratio: 13.2 pp is not 13.2%.
 */
export interface PercentagePoints {
  readonly kind: "pp";
  /** The number of percentage points (13.2 for +13.2 pp). */
  readonly value: Decimal;
}

/** A multiple: a 54× P/S, revenue growing 9.33×. */
export interface Multiple {
  readonly kind: "multiple";
  /** The factor itself (54 for 54×). */
  readonly value: Decimal;
}

/** A count of things with a unit label: users, tokens, shares. */
export interface Count<U extends string = string> {
  readonly kind: "count";
  /** How many. */
  readonly value: Decimal;
  /** What is counted, e.g. `"users"`. */
  readonly unit: U;
}

/**
 * Makes a {@link Ratio} from a fraction.
 *
 * @param value - the fraction (0.254 for 25.4%)
 * @returns a frozen Ratio
 * @throws FinModelError `INVALID_NUMBER` if `value` is not a finite number
 *
 * @example
 * ```ts
 * import { ratio } from "finmodel";
 * ratio(0.254).value.toString() //=> "0.254"
 * ratio("0.254").kind //=> "ratio"
 * ```
 */
export function ratio(value: Numeric): Ratio {
  return makeQuantity("ratio", toDecimal(value, "ratio"));
}

/**
 * Makes a {@link Ratio} from a percentage: `percent(25.4)` is the ratio 0.254.
 *
 * @param value - the percentage (25.4 for 25.4%)
 * @returns a frozen Ratio
 * @throws FinModelError `INVALID_NUMBER` if `value` is not a finite number
 *
 * @example
 * ```ts
 * import { percent } from "finmodel";
 * percent(25.4).value.toString() //=> "0.254"
 * ```
 */
export function percent(value: Numeric): Ratio {
  return makeQuantity("ratio", toDecimal(value, "percent").div(100));
}

/**
 * Makes a {@link PercentagePoints} value.
 *
 * @param value - the number of percentage points (13.2 for +13.2 pp)
 * @returns a frozen PercentagePoints
 * @throws FinModelError `INVALID_NUMBER` if `value` is not a finite number
 *
 * @example
 * ```ts
 * import { pp } from "finmodel";
 * pp(13.2).value.toString() //=> "13.2"
 * pp(13.2).kind //=> "pp"
 * ```
 */
export function pp(value: Numeric): PercentagePoints {
  return makeQuantity("pp", toDecimal(value, "pp"));
}

/**
 * Makes a {@link Multiple}.
 *
 * @param value - the factor (54 for 54×)
 * @returns a frozen Multiple
 * @throws FinModelError `INVALID_NUMBER` if `value` is not a finite number
 *
 * @example
 * ```ts
 * import { multiple } from "finmodel";
 * multiple(54).value.toNumber() //=> 54
 * ```
 */
export function multiple(value: Numeric): Multiple {
  return makeQuantity("multiple", toDecimal(value, "multiple"));
}

/**
 * Makes a {@link Count} of things with a unit label.
 *
 * @param value - how many
 * @param unit - what is counted (`"users"`, `"tokens"`, `"shares"`)
 * @returns a frozen Count
 * @throws FinModelError `INVALID_NUMBER` if `value` is not a finite number
 *
 * @example
 * ```ts
 * import { count } from "finmodel";
 * const mau = count(27.6e6, "users");
 * mau.value.toString() //=> "27600000"
 * mau.unit //=> "users"
 * ```
 */
export function count<U extends string>(value: Numeric, unit: U): Count<U> {
  if (typeof unit !== "string" || unit.trim() === "") throw unitMismatch("unit", "a non-empty unit label", unit);
  return makeCount(toDecimal(value, "count"), unit);
}

/** The kinds of quantity finmodel distinguishes. */
export type QuantityKind = "money" | "ratio" | "pp" | "multiple" | "count";

function hasKind(value: unknown, kind: QuantityKind): boolean {
  return tagOf(value) === kind;
}

/**
 * Tells whether a value is a {@link Ratio}.
 *
 * @param value - anything
 * @returns true for a Ratio
 *
 * @example
 * ```ts
 * import { isRatio, percent, pp } from "finmodel";
 * isRatio(percent(25.4)) //=> true
 * isRatio(pp(13.2)) //=> false
 * ```
 */
export function isRatio(value: unknown): value is Ratio {
  return hasKind(value, "ratio");
}

/**
 * Tells whether a value is a {@link PercentagePoints}.
 *
 * @param value - anything
 * @returns true for a PercentagePoints
 *
 * @example
 * ```ts
 * import { isPercentagePoints, pp } from "finmodel";
 * isPercentagePoints(pp(13.2)) //=> true
 * ```
 */
export function isPercentagePoints(value: unknown): value is PercentagePoints {
  return hasKind(value, "pp");
}

/**
 * Tells whether a value is a {@link Multiple}.
 *
 * @param value - anything
 * @returns true for a Multiple
 *
 * @example
 * ```ts
 * import { isMultiple, multiple } from "finmodel";
 * isMultiple(multiple(54)) //=> true
 * ```
 */
export function isMultiple(value: unknown): value is Multiple {
  return hasKind(value, "multiple");
}

/**
 * Tells whether a value is a {@link Count}.
 *
 * @param value - anything
 * @returns true for a Count
 *
 * @example
 * ```ts
 * import { count, isCount } from "finmodel";
 * isCount(count(3, "users")) //=> true
 * ```
 */
export function isCount(value: unknown): value is Count {
  return hasKind(value, "count");
}

// Reading the number of a `Numeric | quantity` argument belongs to the value algebra.
export { valueOf } from "./values.js";
import { makeCount, makeQuantity, tagOf } from "./values.js";
