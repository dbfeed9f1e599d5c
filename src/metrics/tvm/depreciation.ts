import { outOfDomain } from "../../core/errors.js";
import type { Numeric } from "../../core/numeric.js";
import { dbKernel, ddbKernel, slnKernel, sydKernel, vdbKernel } from "./depreciation-kernels.js";
import { type AmountInput, type AmountOf, type SameUnit, amountIn, amountOut, currencyOfCall, numberIn, optionsIn } from "./inputs.js";

/** Options of {@link db}. */
export interface DbOptions {
  /** Months of the asset's first year, 1 … 12 (default 12); below 12 the life gains a last partial period. */
  readonly firstYearMonths?: number;
}

/** Options of {@link ddb}. */
export interface DdbOptions {
  /** The rate at which the balance declines, as a multiple of the straight-line rate (default 2: double-declining). */
  readonly factor?: Numeric;
}

/** Options of {@link vdb}. */
export interface VdbOptions extends DdbOptions {
  /** `true`: never switch to the straight line (default `false`: switch once it depreciates more). */
  readonly noSwitch?: boolean;
}

function costAndSalvage(cost: unknown, salvage: unknown) {
  const call = currencyOfCall();
  return { call, c: amountIn(cost, "cost", call), s: amountIn(salvage, "salvage", call) };
}

/**
 * Straight-line depreciation per period: the same amount every period.
 *
 * @param cost - the initial cost (a number or Money)
 * @param salvage - the value at the end of the life (Money in the same currency, or a number)
 * @param life - the number of periods (≠ 0)
 * @returns (cost − salvage) / life: a Decimal, or Money
 * @throws FinModelError `DIVISION_BY_ZERO` for life = 0, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * Notes: the spreadsheet SLN; float64 (about 15 significant digits).
 *
 * @example
 * ```ts
 * import { money, sln } from "finmodel";
 * sln(30000, 7500, 10).toString() //=> "2250"
 * sln(money(30000, "USD"), money(7500, "USD"), 10).amount.toString() //=> "2250"
 * sln(30000, 7500, 0) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function sln<A extends AmountInput>(cost: A, salvage: SameUnit<NoInfer<A>>, life: Numeric): AmountOf<A> {
  const { call, c, s } = costAndSalvage(cost, salvage);
  return amountOut(slnKernel(c, s, numberIn(life, "life")), call, "SLN") as AmountOf<A>;
}

/**
 * Sum-of-years'-digits depreciation of period `period`.
 *
 * @param cost - the initial cost (a number or Money)
 * @param salvage - the value at the end of the life
 * @param life - the number of periods (> 0)
 * @param period - the period, 0 < period ≤ life
 * @returns (cost − salvage)·(life − period + 1)·2 / (life·(life + 1)): a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (life ≤ 0, period outside (0, life]), `CURRENCY_MISMATCH`
 *
 * Notes: the spreadsheet SYD. Over periods 1 … life the amounts sum to cost − salvage.
 *
 * @example
 * ```ts
 * import { syd } from "finmodel";
 * syd(30000, 7500, 10, 1).toFixed(2) //=> "4090.91"
 * syd(30000, 7500, 10, 0) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function syd<A extends AmountInput>(cost: A, salvage: SameUnit<NoInfer<A>>, life: Numeric, period: Numeric): AmountOf<A> {
  const { call, c, s } = costAndSalvage(cost, salvage);
  return amountOut(sydKernel(c, s, numberIn(life, "life"), numberIn(period, "period")), call, "SYD") as AmountOf<A>;
}

/**
 * Fixed-declining-balance depreciation of period `period`, as the spreadsheet DB.
 *
 * @param cost - the initial cost (> 0; a number or Money)
 * @param salvage - the value at the end of the life (≥ 0)
 * @param life - the number of periods (> 0)
 * @param period - a whole period from 1 to life (life + 1 when the first year is short)
 * @param options - `firstYearMonths` (default 12)
 * @returns the depreciation of that period: a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (cost ≤ 0, salvage < 0, life ≤ 0, period or months out of range), `CURRENCY_MISMATCH`
 *
 * Notes: rate = 1 − (salvage/cost)^(1/life) rounded to three decimals (the spreadsheet's
 * rule, so the schedule sums to cost·(1 − (1 − rate)^life), near but not exactly cost − salvage).
 *
 * @example
 * ```ts
 * import { db } from "finmodel";
 * db(1000000, 100000, 6, 1, { firstYearMonths: 7 }).toFixed(2) //=> "186083.33"
 * db(1000000, 100000, 6, 2, { firstYearMonths: 7 }).toFixed(2) //=> "259639.42"
 * db(1000000, 100000, 6, 7) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function db<A extends AmountInput>(cost: A, salvage: SameUnit<NoInfer<A>>, life: Numeric, period: Numeric, options?: DbOptions): AmountOf<A> {
  const { call, c, s } = costAndSalvage(cost, salvage);
  const opts = optionsIn(options, "options", ["firstYearMonths"]);
  const month = opts["firstYearMonths"] === undefined ? 12 : numberIn(opts["firstYearMonths"], "options.firstYearMonths");
  return amountOut(dbKernel(c, s, numberIn(life, "life"), numberIn(period, "period"), month), call, "DB") as AmountOf<A>;
}

function factorIn(opts: Readonly<Record<string, unknown>>): number {
  return opts["factor"] === undefined ? 2 : numberIn(opts["factor"], "options.factor");
}

/**
 * Declining-balance depreciation of period `period` (double-declining by default), as the spreadsheet DDB.
 *
 * @param cost - the initial cost (≥ 0; a number or Money)
 * @param salvage - the value at the end of the life (≥ 0)
 * @param life - the number of periods (> 0)
 * @param period - the period, 1 ≤ period ≤ life
 * @param options - `factor` (default 2)
 * @returns min((cost − prior)·factor/life, cost − salvage − prior), never negative: a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (negative cost or salvage, life or factor ≤ 0, period outside [1, life]), `CURRENCY_MISMATCH`
 *
 * Notes: the balance never falls below the salvage; it may stay above it at the end of the
 * life (use {@link vdb} to switch to the straight line and reach it).
 *
 * @example
 * ```ts
 * import { ddb } from "finmodel";
 * ddb(2400, 300, 10, 1).toString() //=> "480"
 * ddb(2400, 300, 10, 2, { factor: 1.5 }).toFixed(2) //=> "306.00"
 * ddb(2400, 300, 10, 0) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function ddb<A extends AmountInput>(cost: A, salvage: SameUnit<NoInfer<A>>, life: Numeric, period: Numeric, options?: DdbOptions): AmountOf<A> {
  const { call, c, s } = costAndSalvage(cost, salvage);
  const opts = optionsIn(options, "options", ["factor"]);
  return amountOut(ddbKernel(c, s, numberIn(life, "life"), numberIn(period, "period"), factorIn(opts)), call, "DDB") as AmountOf<A>;
}

/**
 * Declining-balance depreciation from `startPeriod` to `endPeriod` (fractional periods allowed), switching
 * to the straight line when that depreciates more, as the spreadsheet VDB.
 *
 * @param cost - the initial cost (≥ 0; a number or Money)
 * @param salvage - the value at the end of the life (≥ 0)
 * @param life - the number of periods (> 0)
 * @param startPeriod - where the span starts (≥ 0)
 * @param endPeriod - where it ends (startPeriod ≤ endPeriod ≤ life)
 * @param options - `factor` (default 2), `noSwitch` (default `false`)
 * @returns the depreciation accrued over the span: a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (negative cost, salvage or startPeriod, life or factor ≤ 0, endPeriod < startPeriod or > life), `CURRENCY_MISMATCH`
 *
 * Notes: with the switch, vdb(cost, salvage, life, 0, life) is cost − salvage for a whole
 * life; with `noSwitch`, each whole period equals {@link ddb}'s.
 *
 * @example
 * ```ts
 * import { money, vdb } from "finmodel";
 * vdb(2400, 300, 120, 6, 18).toFixed(2) //=> "396.31"
 * vdb(money(2400, "EUR"), money(300, "EUR"), 10, 0, 10).amount.toFixed(2) //=> "2100.00"
 * vdb(2400, 300, 10, 5, 4) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function vdb<A extends AmountInput>(cost: A, salvage: SameUnit<NoInfer<A>>, life: Numeric, startPeriod: Numeric, endPeriod: Numeric, options?: VdbOptions): AmountOf<A> {
  const { call, c, s } = costAndSalvage(cost, salvage);
  const opts = optionsIn(options, "options", ["factor", "noSwitch"]);
  const noSwitch = opts["noSwitch"];
  if (noSwitch !== undefined && typeof noSwitch !== "boolean") throw outOfDomain("options.noSwitch", noSwitch, "must be true or false");
  const result = vdbKernel(c, s, numberIn(life, "life"), numberIn(startPeriod, "startPeriod"), numberIn(endPeriod, "endPeriod"), factorIn(opts), noSwitch === true);
  return amountOut(result, call, "VDB") as AmountOf<A>;
}
