/**
 * The depreciation functions under their spreadsheet names and signatures (SLN, SYD, DB,
 * DDB, VDB), over the float64 kernels the finmodel functions use too.
 *
 * @packageDocumentation
 */
import { invalidNumber } from "../core/errors.js";
import { dbKernel, ddbKernel, slnKernel, sydKernel, vdbKernel } from "../metrics/tvm/depreciation-kernels.js";
import { finite } from "../metrics/tvm/kernels.js";
import { num, optional } from "./args.js";

/**
 * Straight-line depreciation for one period, as the spreadsheet SLN.
 *
 * @param cost - the initial cost of the asset
 * @param salvage - its value at the end of its life
 * @param life - the number of periods it is depreciated over
 * @returns (cost − salvage) / life
 * @throws FinModelError `INVALID_NUMBER` (#VALUE!) for a non-number, `DIVISION_BY_ZERO` (#DIV/0!) for life = 0
 *
 * @example
 * ```ts
 * import { SLN } from "finmodel/excel";
 * SLN(30000, 7500, 10) //=> 2250
 * SLN(30000, 7500, 0) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function SLN(cost: number, salvage: number, life: number): number {
  return finite(slnKernel(num(cost, "cost"), num(salvage, "salvage"), num(life, "life")), "SLN");
}

/**
 * Sum-of-years'-digits depreciation for period `per`, as the spreadsheet SYD.
 *
 * @param cost - the initial cost of the asset
 * @param salvage - its value at the end of its life
 * @param life - the number of periods (> 0)
 * @param per - the period, 0 < per ≤ life, in the units of life
 * @returns (cost − salvage)·(life − per + 1)·2 / (life·(life + 1))
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for life ≤ 0 or per outside (0, life]
 *
 * @example
 * ```ts
 * import { SYD } from "finmodel/excel";
 * SYD(30000, 7500, 10, 1).toFixed(2) //=> "4090.91"
 * SYD(30000, 7500, 10, 10).toFixed(2) //=> "409.09"
 * SYD(30000, 7500, 10, 11) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function SYD(cost: number, salvage: number, life: number, per: number): number {
  return finite(sydKernel(num(cost, "cost"), num(salvage, "salvage"), num(life, "life"), num(per, "per")), "SYD");
}

/**
 * Fixed-declining-balance depreciation for a period, as the spreadsheet DB.
 *
 * @param cost - the initial cost (> 0)
 * @param salvage - the value at the end of the life (≥ 0)
 * @param life - the number of periods (> 0)
 * @param period - the period, a whole number from 1 to life (to life + 1 when month < 12)
 * @param month - the months of the first year, 1 … 12 (default 12)
 * @returns the depreciation of that period
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for cost ≤ 0, salvage < 0, life ≤ 0, a period or month out of range
 *
 * Notes: rate = 1 − (salvage/cost)^(1/life), rounded to three decimals as the spreadsheet
 * does; period 1 is cost·rate·month/12, later periods (cost − prior depreciation)·rate,
 * and the extra period life + 1 (when month < 12) takes the remaining (12 − month)/12 of a year.
 *
 * @example
 * ```ts
 * import { DB } from "finmodel/excel";
 * DB(1000000, 100000, 6, 1, 7).toFixed(2) //=> "186083.33"
 * DB(1000000, 100000, 6, 7, 7).toFixed(2) //=> "15845.10"
 * DB(1000000, 100000, 6, 7) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function DB(cost: number, salvage: number, life: number, period: number, month?: number): number {
  return finite(dbKernel(num(cost, "cost"), num(salvage, "salvage"), num(life, "life"), num(period, "period"), optional(month, "month", 12)), "DB");
}

/**
 * Double-declining-balance (or another factor's) depreciation for a period, as the spreadsheet DDB.
 *
 * @param cost - the initial cost (≥ 0)
 * @param salvage - the value at the end of the life (≥ 0)
 * @param life - the number of periods (> 0)
 * @param period - the period, 1 ≤ period ≤ life, in the units of life
 * @param factor - the rate at which the balance declines (default 2)
 * @returns min((cost − prior depreciation)·factor/life, cost − salvage − prior depreciation), never negative
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for negative cost or salvage, life or factor ≤ 0, period outside [1, life]
 *
 * Notes: computed in closed form, cost·(1 − factor/life)^(period − 1) less the larger of
 * cost·(1 − factor/life)^period and the salvage, so a fractional period is defined too.
 *
 * @example
 * ```ts
 * import { DDB } from "finmodel/excel";
 * DDB(2400, 300, 10, 1) //=> 480
 * DDB(2400, 300, 10, 10).toFixed(2) //=> "22.12"
 * DDB(2400, 300, 10, 2, 1.5).toFixed(2) //=> "306.00"
 * DDB(2400, 300, 10, 11) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function DDB(cost: number, salvage: number, life: number, period: number, factor?: number): number {
  return finite(ddbKernel(num(cost, "cost"), num(salvage, "salvage"), num(life, "life"), num(period, "period"), optional(factor, "factor", 2)), "DDB");
}

function logical(x: unknown): boolean {
  if (x === undefined || x === false || x === 0) return false;
  if (x === true || x === 1) return true;
  throw invalidNumber("noSwitch", x, { details: { expected: "true or false (or 1 or 0)" } });
}

/**
 * Declining-balance depreciation between two points of an asset's life, switching to the
 * straight line when that is larger, as the spreadsheet VDB.
 *
 * @param cost - the initial cost (≥ 0)
 * @param salvage - the value at the end of the life (≥ 0)
 * @param life - the number of periods (> 0)
 * @param startPeriod - where the span starts, 0 ≤ startPeriod (fractional periods allowed)
 * @param endPeriod - where it ends, startPeriod ≤ endPeriod ≤ life
 * @param factor - the rate at which the balance declines (default 2)
 * @param noSwitch - `true`: never switch to the straight line (default `false`)
 * @returns the depreciation accrued from startPeriod to endPeriod
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for negative cost, salvage or start, life or factor ≤ 0, end < start or end > life; `INVALID_NUMBER` (#VALUE!) for a noSwitch that is not a logical value
 *
 * Notes: period i depreciates the declining balance of DDB, or, once the straight line over
 * the remaining life, (cost − salvage − prior)/(life − i + 1), is larger (and noSwitch is
 * false), that straight line from then on. A fractional start or end takes that fraction of
 * its period's depreciation. With noSwitch, VDB(…, p − 1, p, factor, true) = DDB(…, p, factor).
 *
 * @example
 * ```ts
 * import { VDB } from "finmodel/excel";
 * VDB(2400, 300, 10 * 12, 6, 18).toFixed(2) //=> "396.31"
 * VDB(2400, 300, 10, 0, 0.875, 1.5).toFixed(2) //=> "315.00"
 * VDB(2400, 300, 10, 0, 11) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function VDB(cost: number, salvage: number, life: number, startPeriod: number, endPeriod: number, factor?: number, noSwitch?: boolean): number {
  const result = vdbKernel(
    num(cost, "cost"),
    num(salvage, "salvage"),
    num(life, "life"),
    num(startPeriod, "startPeriod"),
    num(endPeriod, "endPeriod"),
    optional(factor, "factor", 2),
    logical(noSwitch),
  );
  return finite(result, "VDB");
}
