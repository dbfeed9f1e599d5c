import { Decimal } from "../core/decimal.js";
import { outOfDomain } from "../core/errors.js";
import type { DateInput } from "../core/calendar-date.js";
import type { Numeric } from "../core/numeric.js";
import { type DayCountBasis, yearFraction } from "../time/day-count.js";
import { type Multiple, type Ratio, multiple, ratio } from "../units/quantities.js";
import {
  type AmountInput,
  type AmountResult,
  type RateInput,
  aboveMinusOne,
  amount,
  options as optionsOf,
  amountResult,
  plain,
  positiveDivisor,
  rate as readRate,
  scope,
  cagrOf, ratioResult, multipleResult } from "./inputs.js";

/**
 * The growth rate from one value to another.
 *
 * Notes: growth = to / from − 1. US$28.97M → US$75M is +158.9%. The start value must be
 * positive (growth from zero or from a loss is undefined); the end value may be anything.
 *
 * @param from - the earlier value, > 0 (Numeric or Money)
 * @param to - the later value, same currency
 * @returns the growth as a {@link Ratio} (1.589 for +158.9%)
 * @throws FinModelError `DIVISION_BY_ZERO` for `from` = 0, `OUT_OF_DOMAIN` for a negative `from`,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { growthRate, money } from "finmodel";
 * growthRate(money(75e6, "USD"), money(700e6, "USD")).value.toFixed(4) //=> "8.3333"
 * growthRate(100, 80).value //=> "-0.2"
 * growthRate(0, 5) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function growthRate<C extends string>(from: AmountInput<C>, to: AmountInput<NoInfer<C>>): Ratio {
  const sc = scope();
  const f = amount(sc, from, "from");
  const t = amount(sc, to, "to");
  positiveDivisor(f, "from", from, "must be positive: growth from a negative base is undefined");
  return ratioResult(t.div(f).minus(1));
}

/**
 * How many times a value grew: the later value over the earlier one.
 *
 * Notes: multiple = to / from. US$75M → US$700M is 9.33×.
 *
 * @param from - the earlier value, > 0
 * @param to - the later value, same currency
 * @returns the factor as a {@link Multiple}
 * @throws FinModelError `DIVISION_BY_ZERO` for `from` = 0, `OUT_OF_DOMAIN` for a negative `from`,
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { growthMultiple, money } from "finmodel";
 * growthMultiple(money(75e6, "USD"), money(700e6, "USD")).value.toFixed(2) //=> "9.33"
 * growthMultiple(-1, 5) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function growthMultiple<C extends string>(from: AmountInput<C>, to: AmountInput<NoInfer<C>>): Multiple {
  const sc = scope();
  const f = amount(sc, from, "from");
  const t = amount(sc, to, "to");
  positiveDivisor(f, "from", from, "must be positive: a growth multiple from a negative base is undefined");
  return multipleResult(t.div(f));
}

/**
 * The compound annual growth rate: the constant yearly rate that turns `from` into `to`
 * in `years` years.
 *
 * Notes: CAGR = (to / from)^(1 / years) − 1, computed in Decimal at 34 significant digits
 * (a non-integer power goes through decimal.js `pow`). Years may be fractional (2.75 for
 * 33 months). CAGR is undefined (`OUT_OF_DOMAIN`, the message says why) for a zero or negative
 * start value, a negative end value (a sign change) and zero or negative years. An end value
 * of zero gives −100%.
 *
 * @param from - the start value, > 0 (Numeric or Money)
 * @param to - the end value, ≥ 0, same currency
 * @param years - the number of years between them, > 0
 * @returns the CAGR as a {@link Ratio}
 * @throws FinModelError `OUT_OF_DOMAIN`, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { cagr, money } from "finmodel";
 * // foundation-model market US$10.7B (2024) → US$206.5B (2029)
 * cagr(money(10.7e9, "USD"), money(206.5e9, "USD"), 5).value.toFixed(4) //=> "0.8076"
 * cagr(100, 121, 2).value //=> "0.1"
 * cagr(0, 10, 5) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function cagr<C extends string>(from: AmountInput<C>, to: AmountInput<NoInfer<C>>, years: Numeric): Ratio {
  const sc = scope();
  const f = amount(sc, from, "from");
  const t = amount(sc, to, "to");
  const n = plain(years, "years");
  return ratioResult(cagrOf(f, t, n, { from, to, years }));
}

/** Options of {@link cagrBetween}. */
export interface CagrBetweenOptions {
  /** The day-count convention that turns the two dates into years; default `"ACT/365F"`. */
  readonly basis?: DayCountBasis;
}

/**
 * The CAGR between two dated values: {@link cagr} over the year fraction between the dates.
 *
 * Notes: years = yearFraction(startDate, endDate, basis); CAGR = (to / from)^(1 / years) − 1.
 * The same domain rules as `cagr` apply; equal dates (zero years) are `OUT_OF_DOMAIN`.
 *
 * @param from - the value at `startDate`, > 0 (Numeric or Money)
 * @param to - the value at `endDate`, ≥ 0, same currency
 * @param startDate - the date of `from`
 * @param endDate - the date of `to`, after `startDate`
 * @param options - `{ basis }`, optional
 * @returns the CAGR as a {@link Ratio}
 * @throws FinModelError `OUT_OF_DOMAIN` (see cagr; an unknown basis), `INVALID_PERIOD` for bad dates
 *   or `endDate` before `startDate`, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { cagrBetween } from "finmodel";
 * // 2024-01-01 → 2026-01-01 under 30/360 is exactly 2 years: √1.21 − 1
 * cagrBetween(100, 121, "2024-01-01", "2026-01-01", { basis: "30/360 US" }).value //=> "0.1"
 * // ACT/365F: 731 days = 2.0027… years
 * cagrBetween(100, 121, "2024-01-01", "2026-01-01").value.toFixed(6) //=> "0.099857"
 * cagrBetween(100, 121, "2025-01-01", "2025-01-01") // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function cagrBetween<C extends string>(
  from: AmountInput<C>,
  to: AmountInput<NoInfer<C>>,
  startDate: DateInput,
  endDate: DateInput,
  options?: CagrBetweenOptions,
): Ratio {
  const sc = scope();
  const f = amount(sc, from, "from");
  const t = amount(sc, to, "to");
  const o = optionsOf(options, ["basis"]);
  const basis = o.basis === undefined ? undefined : (o.basis as DayCountBasis);
  const years = yearFraction(startDate, endDate, basis);
  return ratioResult(cagrOf(f, t, years, { from, to, years: `${String(years)} years from startDate to endDate` }, "endDate"));
}

/**
 * Projects a value forward at a constant growth rate.
 *
 * Notes: value × (1 + rate)^years. Years may be fractional or negative (negative years
 * discount back). The inverse of {@link cagr}: `compound(from, cagr(from, to, n), n)` is `to`.
 *
 * @param value - the starting value (Numeric or Money)
 * @param rate - the growth rate per year, > −1 (fraction or Ratio)
 * @param years - the number of years
 * @returns the projected value: Money in the input's currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` for rate ≤ −1, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { compound, money, percent } from "finmodel";
 * compound(100, 0.1, 2) //=> "121"
 * compound(money(100, "USD"), percent(10), 2).amount //=> "121"
 * compound(100, -1, 2) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function compound<T extends AmountInput>(value: T, rate: RateInput, years: Numeric): AmountResult<[T]> {
  const sc = scope();
  const v = amount(sc, value, "value");
  const r = aboveMinusOne(readRate(rate, "rate", "growth"), "rate", rate);
  const n = plain(years, "years");
  return amountResult(sc, v.times(r.plus(1).pow(n)));
}

/**
 * The value before a period of known growth: what last year's figure was.
 *
 * Notes: prior = current / (1 + growth). 2025 revenue of US$75M after +158.9% growth means
 * 2024 revenue of 75 / 2.589 ≈ US$28.97M.
 *
 * @param current - the value after the growth (Numeric or Money)
 * @param growth - the growth over the period, > −1 (fraction or Ratio)
 * @returns the prior value: Money in the input's currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` for growth ≤ −1, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, percent, priorValue } from "finmodel";
 * priorValue(money(75e6, "USD"), percent(158.9)).amount.toFixed(0) //=> "28968714"
 * priorValue(121, 0.1) //=> "110"
 * priorValue(1, -1) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function priorValue<T extends AmountInput>(current: T, growth: RateInput): AmountResult<[T]> {
  const sc = scope();
  const v = amount(sc, current, "current");
  const g = aboveMinusOne(readRate(growth, "growth", "growth"), "growth", growth);
  return amountResult(sc, v.div(g.plus(1)));
}
