import type { Decimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import { type Money, amountOf, money } from "../units/money.js";
import { type Period, checkPeriod } from "./period.js";

/**
 * Scales a figure for a period to a full year by simple proration: a
 * quarter's revenue times 4, nine months' times 12/9.
 *
 * @param value - the figure for the period: a number (any {@link Numeric}) or a Money
 * @param period - the period the figure covers
 * @returns `value × 12 / period.months`: a Decimal for a number, a Money in the same currency for a Money
 * @throws FinModelError `INVALID_NUMBER` for a value that is not a finite number,
 *   `UNIT_MISMATCH` for a quantity that is not Money, `INVALID_PERIOD` if `period` is not a Period
 *
 * Notes: annualized = value × 12 / months, in Decimal arithmetic at 34
 * significant digits (exact whenever months divides 12). This is simple proration: it assumes every month
 * contributes equally, so it ignores seasonality and growth within the year;
 * a twelve-month period (a fiscal year or LTM) comes back unchanged.
 *
 * @example
 * ```ts
 * import { annualize, money, periodToDate, quarter, ltm } from "finmodel";
 * annualize(150, quarter(2025, 3)) //=> "600"
 * annualize("90", periodToDate(2025, 9)) //=> "120"
 * annualize(money("53.4e6", "USD"), periodToDate(2025, 6)).amount //=> "106800000"
 * annualize(7, ltm("2025-09-30")) //=> "7"
 * annualize(100, periodToDate(2025, 9)).toFixed(4) //=> "133.3333"
 * annualize("abc", quarter(2025, 3)) // throws FinModelError INVALID_NUMBER
 * ```
 */
export function annualize(value: Numeric, period: Period): Decimal;
export function annualize<C extends string>(value: Money<C>, period: Period): Money<C>;
export function annualize(value: Numeric | Money, period: Period): Decimal | Money;
export function annualize(value: Numeric | Money, period: Period): Decimal | Money {
  const { amount, currency } = amountOf(value, "value");
  const p = checkPeriod(period, "period");
  // 12 / months in lowest terms, so that whole-year multiples (quarters, halves) never divide.
  const g = gcd(12, p.months);
  const annual = amount.times(12 / g).div(p.months / g);
  return currency === undefined ? annual : money(annual, currency);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
