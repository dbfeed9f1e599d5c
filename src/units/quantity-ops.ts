import type { Decimal } from "../core/decimal.js";
import { unitMismatch } from "../core/errors.js";
import { type PercentagePoints, type Ratio, pp, ratio } from "./quantities.js";
import { kindOf, valueOf } from "./values.js";

function expectKind(value: unknown, path: string, kind: "ratio" | "pp"): Decimal {
  if (kindOf(value) !== kind) {
    throw unitMismatch(path, kind === "ratio" ? "a Ratio (see ratio() or percent())" : "PercentagePoints (see pp())", value);
  }
  return valueOf(value, path, kind);
}

/**
 * Adds two changes measured in percentage points.
 *
 * @param a - a change in percentage points
 * @param b - another change in percentage points
 * @returns `a + b` in percentage points
 * @throws FinModelError `UNIT_MISMATCH` if either operand is not {@link PercentagePoints}
 *   (a Ratio is not percentage points: 13.2% is not 13.2 pp; this is also a compile-time error)
 *
 * @example
 * ```ts
 * import { addPp, percent, pp } from "finmodel";
 * addPp(pp(13.2), pp("-0.5")).value.toString() //=> "12.7"
 * addPp(pp(1), percent(1) as never) // throws FinModelError UNIT_MISMATCH
 * ```
 */
export function addPp(a: PercentagePoints, b: PercentagePoints): PercentagePoints {
  return pp(expectKind(a, "a", "pp").plus(expectKind(b, "b", "pp")));
}

/**
 * Moves a ratio by a number of percentage points: a 12.2% margin up 13.2 pp is 25.4%.
 *
 * @param r - the ratio to start from
 * @param by - the change, in percentage points
 * @returns the ratio `r + by / 100`
 * @throws FinModelError `UNIT_MISMATCH` if `r` is not a Ratio or `by` is not PercentagePoints
 *
 * Notes: `shiftRatio(r, by).value = r.value + by.value / 100`; the inverse of a
 * margin change (`to − from` in points).
 *
 * @example
 * ```ts
 * import { percent, pp, shiftRatio } from "finmodel";
 * shiftRatio(percent(12.2), pp(13.2)).value.toString() //=> "0.254"
 * shiftRatio(pp(12.2) as never, pp(13.2)) // throws FinModelError UNIT_MISMATCH
 * ```
 */
export function shiftRatio(r: Ratio, by: PercentagePoints): Ratio {
  const from = expectKind(r, "r", "ratio");
  return ratio(from.plus(expectKind(by, "by", "pp").div(100)));
}
