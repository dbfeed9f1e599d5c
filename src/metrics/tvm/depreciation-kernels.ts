/**
 * The float64 kernels of the depreciation functions (SLN, SYD, DB, DDB, VDB), shared by
 * the finmodel functions and `finmodel/excel`. Each checks the domain the spreadsheet
 * documents and either returns a finite number or throws a FinModelError.
 *
 * @packageDocumentation
 */
import { divisionByZero, outOfDomain } from "../../core/errors.js";
import { LOOP_PERIODS } from "./kernels.js";

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
  if (period === 1) return (cost * rate * month) / 12;
  // The book value after period 1 is cost·(1 − rate·month/12), and each later period takes
  // `rate` of what is left: in closed form, not the spreadsheet's loop over the periods before,
  // so that a life of 1e15 periods answers at once.
  const full = cost * (1 - (rate * month) / 12) * (1 - rate) ** (period - 2) * rate;
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
    // (1 − rate)^p as exp(p·ln(1 − rate)): 1 − rate itself drops the digits of a small rate
    // (factor/life over a life of 1e15 periods), which the power then multiplies.
    const l = Math.log1p(-rate);
    before = cost * Math.exp((p - 1) * l);
    after = cost * Math.exp(p * l);
    // Above the salvage the period takes before·rate, formed as such: before − after cancels
    // when the rate is small.
    if (after >= salvage) return before * rate;
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
export function vdbKernel(cost: number, salvage: number, life: number, start: number, end: number, factor: number, noSwitch: boolean, loopPeriods = LOOP_PERIODS): number {
  decliningChecks(cost, salvage, life, factor);
  if (!(start >= 0)) throw outOfDomain("startPeriod", start, "must not be negative");
  if (!(end >= start)) throw outOfDomain("endPeriod", end, `must not be before startPeriod (${start})`);
  if (!(end <= life)) throw outOfDomain("endPeriod", end, `must be at most life (${life})`);
  const rate = factor / life;
  const lastWhole = Math.ceil(end);
  if (lastWhole > loopPeriods) return vdbClosed(cost, salvage, life, start, end, rate, noSwitch);
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

/**
 * VDB in closed form, for schedules too long to walk period by period (see LOOP_PERIODS).
 *
 * - Before the switch, the declining-balance parts telescope: periods a..b depreciate
 *   max(B_a, salvage) − max(B_(b+1), salvage), B_p = cost·(1 − rate)^(p−1) being the book
 *   value at the start of period p (nothing when cost ≤ salvage).
 * - The switch: for a period p with at least one period of life left (life − p + 1 ≥ 1), the
 *   straight line exceeds the declining balance exactly when B_p·(1 − rate·(life − p + 1)) >
 *   salvage (where B_p·(1 − rate) < salvage neither side of this holds), and that left side grows
 *   with p (its logarithm is concave and peaks less than one period before the end of the life),
 *   so the first such period is found by bisection. A last fractional period is checked alone.
 * - After the switch every period takes the same straight line.
 */
function vdbClosed(cost: number, salvage: number, life: number, start: number, end: number, rate: number, noSwitch: boolean): number {
  const last = Math.ceil(end);
  const l = Math.log1p(-rate);
  const book = (p: number) => (rate >= 1 ? (p === 1 ? cost : 0) : cost * Math.exp((p - 1) * l));
  // Declining-balance depreciation of the whole periods a..b (a ≤ b + 1).
  const declined = (a: number, b: number): number => {
    if (b < a || cost <= salvage) return 0;
    const from = book(a);
    const to = book(b + 1);
    if (rate < 1 && to >= salvage) return -from * Math.expm1((b + 1 - a) * l);
    return Math.max(from, salvage) - Math.max(to, salvage);
  };
  // What is left to depreciate at the start of period p, over the life that is left: as the book
  // value less the salvage, not as cost − salvage − (what went before), which cancels.
  const straightAt = (p: number) => (cost > salvage ? Math.max(book(p), salvage) - salvage : cost - salvage) / (life - p + 1);
  let switchAt = Number.POSITIVE_INFINITY;
  if (!noSwitch) {
    const crosses = (p: number) => book(p) * (1 - rate * (life - p + 1)) > salvage;
    let hi = Math.min(last, Math.floor(life));
    if (hi >= 1 && crosses(hi)) {
      let lo = 0; // crosses(lo) is false (or lo is before the first period)
      while (hi - lo > 1) {
        const mid = Math.floor(lo / 2 + hi / 2);
        // Past 2^53 neighbouring doubles are more than one period apart: stop where no double lies between.
        if (mid <= lo || mid >= hi) break;
        if (crosses(mid)) hi = mid;
        else lo = mid;
      }
      switchAt = hi;
    } else if (last > Math.floor(life) && straightAt(last) > decliningBalance(cost, salvage, rate, last)) switchAt = last;
  }
  const straight = Number.isFinite(switchAt) ? straightAt(switchAt) : 0;
  // Depreciation of the whole periods a..b, and of period p alone.
  const whole = (a: number, b: number): number => {
    if (b < a) return 0;
    const declining = declined(a, Math.min(b, switchAt - 1));
    const lines = b - Math.max(a, switchAt) + 1;
    return declining + (lines > 0 ? lines * straight : 0);
  };
  const period = (p: number) => (p >= switchAt ? straight : decliningBalance(cost, salvage, rate, p));
  // accrued(t) = (whole periods up to floor t) + (t − floor t)·d(floor t + 1); the difference
  // of the two accruals is formed from its parts, not as a difference of two large totals.
  const k1 = Math.floor(start);
  const k2 = Math.floor(end);
  const f1 = start - k1;
  const f2 = end - k2;
  return whole(k1 + 1, k2) + (f2 > 0 ? f2 * period(k2 + 1) : 0) - (f1 > 0 ? f1 * period(k1 + 1) : 0);
}
