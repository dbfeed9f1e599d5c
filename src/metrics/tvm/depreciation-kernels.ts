/**
 * The float64 kernels of the depreciation functions (SLN, SYD, DB, DDB, VDB), shared by
 * the finmodel functions and `finmodel/excel`. Each checks the domain the spreadsheet
 * documents and either returns a finite number or throws a FinModelError.
 *
 * @packageDocumentation
 */
import { divisionByZero, outOfDomain } from "../../core/errors.js";

function atLeastZero(x: number, path: string): void {
  if (!(x >= 0)) throw outOfDomain(path, x, "must not be negative");
}

function positive(x: number, path: string): void {
  if (!(x > 0)) throw outOfDomain(path, x, "must be greater than zero");
}

/** @internal SLN = (cost − salvage) / life. */
export function slnKernel(cost: number, salvage: number, life: number): number {
  if (life === 0) throw divisionByZero("life", life);
  return (cost - salvage) / life;
}

/** @internal SYD = (cost − salvage)·(life − per + 1)·2 / (life·(life + 1)), for 0 < per ≤ life. */
export function sydKernel(cost: number, salvage: number, life: number, per: number): number {
  positive(life, "life");
  if (!(per > 0 && per <= life)) throw outOfDomain("per", per, `must be greater than zero and at most life (${life})`);
  return ((cost - salvage) * (life - per + 1) * 2) / (life * (life + 1));
}

/**
 * @internal DB, fixed-declining balance: rate = 1 − (salvage/cost)^(1/life) rounded to three
 * decimals; period 1 depreciates cost·rate·month/12, each later one (cost − total so far)·rate,
 * and with month < 12 a last period life + 1 takes (cost − total)·rate·(12 − month)/12.
 */
export function dbKernel(cost: number, salvage: number, life: number, period: number, month: number): number {
  positive(cost, "cost");
  atLeastZero(salvage, "salvage");
  positive(life, "life");
  if (!(Number.isInteger(month) && month >= 1 && month <= 12)) throw outOfDomain("month", month, "must be a whole number of months from 1 to 12");
  const last = month < 12 ? life + 1 : life;
  if (!(Number.isInteger(period) && period >= 1 && period <= last)) {
    throw outOfDomain("period", period, `must be a whole period from 1 to ${month < 12 ? "life + 1" : "life"} (${last})`);
  }
  const rate = Math.round((1 - (salvage / cost) ** (1 / life)) * 1000) / 1000;
  let total = (cost * rate * month) / 12;
  if (period === 1) return total;
  for (let p = 2; p < period; p++) total += (cost - total) * rate;
  const full = (cost - total) * rate;
  return period > life ? (full * (12 - month)) / 12 : full;
}

/**
 * The declining-balance depreciation of period p (p ≥ 1, may be fractional): the book value
 * cost·(1 − rate)^(p−1) at its start less the larger of cost·(1 − rate)^p and the salvage,
 * never negative. At whole periods this is the spreadsheet's
 * min((cost − prior)·rate, cost − salvage − prior). A rate of 100% or more writes the asset
 * down to its salvage in period 1.
 */
function decliningBalance(cost: number, salvage: number, rate: number, p: number): number {
  let before: number;
  let after: number;
  if (rate >= 1) {
    before = p === 1 ? cost : 0;
    after = 0;
  } else {
    before = cost * (1 - rate) ** (p - 1);
    after = cost * (1 - rate) ** p;
  }
  const d = before - Math.max(after, salvage);
  return d > 0 ? d : 0;
}

function decliningChecks(cost: number, salvage: number, life: number, factor: number): void {
  atLeastZero(cost, "cost");
  atLeastZero(salvage, "salvage");
  positive(life, "life");
  positive(factor, "factor");
}

/** @internal DDB: declining balance at rate factor/life for period 1 ≤ period ≤ life. */
export function ddbKernel(cost: number, salvage: number, life: number, period: number, factor: number): number {
  decliningChecks(cost, salvage, life, factor);
  if (!(period >= 1 && period <= life)) throw outOfDomain("period", period, `must be from 1 to life (${life})`);
  return decliningBalance(cost, salvage, factor / life, period);
}

/**
 * @internal VDB: the depreciation accrued from time `start` to time `end` (0 ≤ start ≤ end ≤ life).
 * Period i's depreciation d_i is the declining balance, or, unless noSwitch, once the straight
 * line over the remaining life, (cost − salvage − accrued)/(life − i + 1), exceeds it, that
 * straight line for the rest. Within a period depreciation accrues evenly, so a fractional
 * start or end takes that fraction of its period's d_i.
 */
export function vdbKernel(cost: number, salvage: number, life: number, start: number, end: number, factor: number, noSwitch: boolean): number {
  decliningChecks(cost, salvage, life, factor);
  if (!(start >= 0)) throw outOfDomain("startPeriod", start, "must not be negative");
  if (!(end >= start)) throw outOfDomain("endPeriod", end, `must not be before startPeriod (${start})`);
  if (!(end <= life)) throw outOfDomain("endPeriod", end, `must be at most life (${life})`);
  const rate = factor / life;
  const lastWhole = Math.ceil(end);
  let accrued = 0;
  let straight = Number.NaN;
  let atStart = 0;
  let atEnd = 0;
  const startWhole = Math.floor(start);
  const endWhole = Math.floor(end);
  for (let i = 1; i <= lastWhole; i++) {
    let d: number;
    if (!Number.isNaN(straight)) d = straight;
    else {
      d = decliningBalance(cost, salvage, rate, i);
      if (!noSwitch) {
        const line = (cost - salvage - accrued) / (life - i + 1);
        if (line > d) {
          straight = line;
          d = line;
        }
      }
    }
    // accrued(t) = Σ d_j for j ≤ floor(t) plus (t − floor t)·d_(floor t + 1).
    if (i === startWhole + 1) atStart = accrued + (start - startWhole) * d;
    if (i === endWhole + 1) atEnd = accrued + (end - endWhole) * d;
    accrued += d;
  }
  if (startWhole >= lastWhole) atStart = accrued;
  if (endWhole >= lastWhole) atEnd = accrued;
  return atEnd - atStart;
}
