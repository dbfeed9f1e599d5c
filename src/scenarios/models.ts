// Ready-made valuation models for scenarios, grids and Monte Carlo, each in a Decimal form and a float twin.
import type { Decimal } from "../core/decimal.js";
import { invalidNumber, outOfDomain, divisionByZero, unitMismatch } from "../core/errors.js";
import { positive } from "../core/guards.js";
import { type Numeric, nonFiniteResult } from "../core/numeric.js";
import { fields, type MultipleInput, type ShareCountInput } from "../metrics/inputs.js";
import { impliedPrice } from "../metrics/valuation.js";
import { isMoney } from "../units/money.js";

/** The inputs of {@link psTargetPrice}. */
export interface PsTargetPriceInputs {
  /** Revenue, a plain number in the revenue currency (for Money, call `impliedPrice` directly). */
  readonly revenue: Numeric;
  /** The P/S multiple (a number or a Multiple). */
  readonly multiple: MultipleInput;
  /** Shares outstanding (a number or a count of shares). */
  readonly shares: ShareCountInput;
  /** Units of price currency per unit of revenue currency (e.g. 7.8 HKD per USD), > 0. Default 1. */
  readonly fx?: Numeric;
}

/** The inputs of {@link psTargetPriceFloat}: plain float64 numbers. */
export interface PsTargetPriceFloatInputs {
  readonly revenue: number;
  readonly multiple: number;
  readonly fx: number;
  readonly shares: number;
}

/**
 * The P/S target-price model in exact Decimal arithmetic, built from {@link impliedPrice}: a model
 * function of plain inputs for {@link evaluate}, {@link sensitivity} and {@link tornado}.
 *
 * Notes: price = revenue × multiple × fx / shares, computed as
 * impliedPrice({ revenue, multiple, shares }) × fx, so that the exchange rate is a plain input that
 * can be swept like the others. For Money and FxRate inputs call `impliedPrice` itself. Its float
 * twin for Monte Carlo is {@link psTargetPriceFloat}; the table of twins (test/twins/) keeps the two within 1e-12 relative.
 *
 * @param inputs - `{ revenue, multiple, shares, fx? }`
 * @returns the price as a Decimal
 * @throws FinModelError as `impliedPrice` (`DIVISION_BY_ZERO` for zero shares, `OUT_OF_DOMAIN` for
 *   negative inputs); `OUT_OF_DOMAIN` for fx ≤ 0; `UNIT_MISMATCH` for Money revenue
 *
 * @example
 * ```ts
 * import { psTargetPrice } from "finmodel";
 * // 700M × 54 × 7.8 / 317M = 294.84B / 317M
 * psTargetPrice({ revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }).toFixed(2) //=> "930.09"
 * psTargetPrice({ revenue: 700e6, multiple: 54, fx: 0, shares: 317e6 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function psTargetPrice(inputs: PsTargetPriceInputs): Decimal {
  const o = fields(inputs, "inputs") as unknown as PsTargetPriceInputs;
  if (isMoney(o.revenue)) throw unitMismatch("revenue", "a plain number (for Money revenue call impliedPrice with an FxRate)", o.revenue);
  const rate = o.fx === undefined ? undefined : positive(o.fx, "fx");
  const price = impliedPrice({ revenue: o.revenue, multiple: o.multiple, shares: o.shares });
  return rate === undefined ? price : price.times(rate);
}

function floatIn(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalidNumber(path, value);
  return value;
}

/**
 * The float64 twin of {@link psTargetPrice}, for {@link monteCarlo}: the same formula on numbers.
 *
 * Notes: price = revenue × multiple × fx / shares. It allocates nothing, so it can run a million
 * times a second on one reused input record. A test checks it against the Decimal form on random
 * inputs to 1e-12 relative.
 *
 * @param inputs - `{ revenue, multiple, fx, shares }`, finite numbers
 * @returns the price as a number
 * @throws FinModelError `INVALID_NUMBER` for a non-number, `OUT_OF_DOMAIN` for negative revenue or
 *   multiple or fx ≤ 0, `DIVISION_BY_ZERO` for zero shares
 *
 * @example
 * ```ts
 * import { psTargetPriceFloat } from "finmodel";
 * psTargetPriceFloat({ revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }).toFixed(2) //=> "930.09"
 * psTargetPriceFloat({ revenue: 700e6, multiple: 54, fx: 7.8, shares: 0 }) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function psTargetPriceFloat(inputs: Readonly<PsTargetPriceFloatInputs>): number {
  const input = fields(inputs, "inputs"); // a snapshot: a Proxy or a throwing getter is UNIT_MISMATCH
  const revenue = floatIn(input.revenue, "revenue");
  const multiple = floatIn(input.multiple, "multiple");
  const fx = floatIn(input.fx, "fx");
  const shares = floatIn(input.shares, "shares");
  if (revenue < 0) throw outOfDomain("revenue", revenue, "must not be negative");
  if (multiple < 0) throw outOfDomain("multiple", multiple, "must not be negative");
  if (!(fx > 0)) throw outOfDomain("fx", fx, "must be greater than zero");
  if (shares === 0) throw divisionByZero("shares", shares);
  if (shares < 0) throw outOfDomain("shares", shares, "must be positive");
  // Divide first, so that a large revenue does not overflow before the division brings it back.
  const price = ((revenue / shares) * multiple) * fx;
  if (!Number.isFinite(price)) throw nonFiniteResult("price", inputs);
  return price;
}
