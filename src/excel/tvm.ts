/**
 * The time-value functions under their spreadsheet names and signatures.
 * Each validates its arguments with plain `typeof`/`isFinite` checks and calls
 * the float64 kernel that the finmodel functions (`npv`, `pmt`, …) use too.
 *
 * @packageDocumentation
 */
import { outOfDomain } from "../core/errors.js";
import { num, numbers, optional } from "./args.js";
import { dayNumbers, quickOffsets } from "../metrics/tvm/dates.js";
import {
  DEFAULT_SEARCH,
  type SolverSettings,
  type TimingFlag,
  cumulativeKernel,
  effectKernel,
  finite,
  fvKernel,
  fvscheduleKernel,
  ipmtKernel,
  irrKernel,
  ispmtKernel,
  mirrKernel,
  nominalKernel,
  nperKernel,
  pdurationKernel,
  npvKernel,
  pmtKernel,
  ppmtKernel,
  pvKernel,
  rateKernel,
  rriKernel,
  xirrKernel,
  xirrOffsets,
  xnpvKernel,
} from "../metrics/tvm/kernels.js";

/** A date as the spreadsheet functions accept it: a `Date`, an ISO `"YYYY-MM-DD"` string, or a 1900-system serial number. */
export type ExcelDate = Date | string | number;


function typeFlag(x: unknown): TimingFlag {
  if (x === undefined || x === 0) return 0;
  if (x === 1) return 1;
  num(x, "type");
  throw outOfDomain("type", x, "must be 0 (payments at the end of each period) or 1 (at the beginning)");
}


function settings(guess: unknown): SolverSettings {
  if (guess === undefined) return DEFAULT_SEARCH;
  const g = num(guess, "guess");
  if (!(g > -1)) throw outOfDomain("guess", g, "must be greater than −1 (−100%)");
  return { ...DEFAULT_SEARCH, guess: g };
}

function perAt(per: unknown, nper: number): number {
  const p = num(per, "per");
  if (!(p >= 1 && p <= nper)) throw outOfDomain("per", per, `must be from 1 to nper (${nper})`);
  return p;
}

/**
 * Net present value of periodic cash flows, exactly as the spreadsheet NPV:
 * **the first value is discounted by one full period**.
 *
 * @param rate - the discount rate per period
 * @param values - the cash flows at the ends of periods 1, 2, …; numbers or arrays of numbers (flattened, like ranges)
 * @returns Σ value_i / (1 + rate)^i for i = 1…n
 * @throws FinModelError `INVALID_NUMBER` (#VALUE!) for a non-number, `OUT_OF_DOMAIN` without values, `DIVISION_BY_ZERO` (#DIV/0!) for rate = −1
 *
 * Notes: to treat the first value as a time-0 flow (numpy's convention), add it
 * outside: `values[0] + NPV(rate, ...values.slice(1))`.
 *
 * @example
 * ```ts
 * import { NPV } from "finmodel/excel";
 * NPV(0.1, -10000, 3000, 4200, 6800).toFixed(2) //=> "1188.44"
 * NPV(0.1, [-10000, 3000], [4200, 6800]).toFixed(2) //=> "1188.44"
 * NPV(-1, 100) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function NPV(rate: number, ...values: readonly (number | readonly number[])[]): number {
  const r = num(rate, "rate");
  let flat: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Array.isArray(v)) flat = flat.concat(numbers(v, `values[${i}]`));
    else flat.push(num(v, `values[${i}]`));
  }
  if (flat.length === 0) throw outOfDomain("values", values, "must hold at least one cash flow");
  return finite(npvKernel(r, flat, 1), "NPV");
}

/**
 * Net present value of cash flows on dates, as the spreadsheet XNPV (actual days / 365).
 *
 * @param rate - the annual discount rate
 * @param values - the cash flows
 * @param dates - their dates (`Date`, ISO string or 1900-system serial; see {@link XIRR} for serials)
 * @returns Σ value_i / (1 + rate)^((date_i − date_0)/365)
 * @throws FinModelError `INVALID_NUMBER`, `OUT_OF_DOMAIN` (lengths differ, rate ≤ −1), `INVALID_PERIOD` (a bad date, or one before the first)
 *
 * Notes: the first date is the valuation date; no date may precede it (#NUM! in a spreadsheet).
 *
 * @example
 * ```ts
 * import { XNPV } from "finmodel/excel";
 * const values = [-10000, 2750, 4250, 3250, 2750];
 * const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
 * XNPV(0.09, values, dates).toFixed(2) //=> "2086.65"
 * XNPV(0.09, values, [39448, 39508, 39751, 39859, 39904]).toFixed(2) //=> "2086.65"
 * XNPV(0.09, values, ["2008-01-01", "2007-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function XNPV(rate: number, values: readonly number[], dates: readonly ExcelDate[]): number {
  const r = num(rate, "rate");
  const v = numbers(values, "values");
  if (v.length === 0) throw outOfDomain("values", values, "must hold at least one cash flow");
  const days = dayNumbers(dates, v.length, true);
  return finite(xnpvKernel(r, v, days), "XNPV");
}

/**
 * Internal rate of return of periodic cash flows, as the spreadsheet IRR.
 *
 * @param values - the cash flows at times 0, 1, 2, … (at least one negative and one positive)
 * @param guess - where the search starts (default 0.1)
 * @returns the rate r > −1 with Σ value_i / (1 + r)^i = 0
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) without a sign change, `NO_SOLUTION` (#NUM!) if no root exists, with what was tried
 *
 * Notes: Newton from the guess, then a bracketing search over all rates above −100%, so a
 * root is found whenever the NPV changes sign; every root is checked by evaluating the NPV.
 * With several roots, the one Newton reaches from the guess (as in a spreadsheet); the
 * finmodel function `irrDetails` lists them all.
 *
 * @example
 * ```ts
 * import { IRR } from "finmodel/excel";
 * IRR([-70000, 12000, 15000, 18000, 21000, 26000]).toFixed(9) //=> "0.086630948"
 * IRR([-70000, 12000, 15000, 18000, 21000]).toFixed(9) //=> "-0.021244848"
 * IRR([100, 200]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function IRR(values: readonly number[], guess?: number): number {
  const v = numbers(values, "values");
  return irrKernel(v, settings(guess)).rate;
}

/**
 * Internal rate of return of cash flows on dates, as the spreadsheet XIRR (actual days / 365).
 *
 * @param values - the cash flows (at least one negative and one positive)
 * @param dates - their dates: a `Date`, an ISO `"YYYY-MM-DD"` string or a 1900-system serial number
 * @param guess - where the search starts (default 0.1)
 * @returns the annual rate r > −1 with Σ value_i / (1 + r)^((date_i − date_0)/365) = 0
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!: no sign change, lengths differ), `INVALID_PERIOD` (#NUM!: a bad date or one before the first), `NO_SOLUTION` (#NUM!)
 *
 * Notes: the spreadsheet help shows 0.373362535, the value its Newton stops at (tolerance
 * 1e-8); the exact root is 0.3733625335188…, which this function returns.
 * Serial numbers are truncated to whole days (39448.75 is 2008-01-01) and count
 * real days: serials 1–59 are 1900-01-01…1900-02-28, 61 is 1900-03-01, and 60, the
 * 1900-02-29 spreadsheets invent for compatibility with Lotus 1-2-3, is rejected
 * (`INVALID_PERIOD`). Only spans across February 1900 differ from a spreadsheet, by that
 * one day. Search: closed form for two flows, Newton, then bracketing (see {@link IRR});
 * bounded, it never hangs.
 *
 * @example
 * ```ts
 * import { XIRR } from "finmodel/excel";
 * const values = [-10000, 2750, 4250, 3250, 2750];
 * const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
 * XIRR(values, dates).toFixed(8) //=> "0.37336253"
 * XIRR(values, [39448, 39508, 39751, 39859, 39904]).toFixed(12) //=> "0.373362533519"
 * XIRR([-100, 110], [39448, 60]) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function XIRR(values: readonly number[], dates: readonly ExcelDate[], guess?: number): number {
  const quick = quickOffsets(values, dates, true);
  if (quick) return xirrOffsets(quick, settings(guess)).rate;
  const v = numbers(values, "values");
  const days = dayNumbers(dates, v.length, true);
  return xirrKernel(v, days, settings(guess)).rate;
}

/**
 * Modified internal rate of return, as the spreadsheet MIRR.
 *
 * @param values - the cash flows at times 0 … n−1
 * @param financeRate - the rate paid on the money invested (negative flows)
 * @param reinvestRate - the rate earned on reinvested positive flows
 * @returns the MIRR
 * @throws FinModelError `DIVISION_BY_ZERO` (#DIV/0!) without a positive or without a negative flow, `OUT_OF_DOMAIN` for fewer than two flows or rates ≤ −1
 *
 * Notes: MIRR = (FV of the positive flows at reinvestRate / −PV of the negative flows at
 * financeRate)^(1/(n−1)) − 1.
 *
 * @example
 * ```ts
 * import { MIRR } from "finmodel/excel";
 * MIRR([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12).toFixed(6) //=> "0.126094"
 * MIRR([100, 200], 0.1, 0.1) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function MIRR(values: readonly number[], financeRate: number, reinvestRate: number): number {
  const v = numbers(values, "values");
  return finite(mirrKernel(v, num(financeRate, "financeRate"), num(reinvestRate, "reinvestRate")), "MIRR");
}

/**
 * The payment per period of a loan or annuity, as the spreadsheet PMT.
 *
 * @param rate - the rate per period
 * @param nper - the number of periods
 * @param pv - the present value (the loan amount)
 * @param fv - the value left after the last payment (default 0)
 * @param type - 0: payments at the end of each period (default); 1: at the beginning
 * @returns the payment (negative for money paid out when pv is positive)
 * @throws FinModelError `INVALID_NUMBER`, `OUT_OF_DOMAIN` (type not 0/1), `DIVISION_BY_ZERO` (nper = 0)
 *
 * Notes: PMT = −(pv·(1+r)^n + fv)·r / ((1 + r·type)·((1+r)^n − 1)), and −(pv + fv)/n at r = 0.
 *
 * @example
 * ```ts
 * import { PMT } from "finmodel/excel";
 * PMT(0.08 / 12, 10, 10000).toFixed(2) //=> "-1037.03"
 * PMT(0.06 / 12, 18 * 12, 0, 50000).toFixed(2) //=> "-129.08"
 * PMT(0, 0, 100) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function PMT(rate: number, nper: number, pv: number, fv?: number, type?: 0 | 1): number {
  return finite(pmtKernel(num(rate, "rate"), num(nper, "nper"), num(pv, "pv"), optional(fv, "fv", 0), typeFlag(type)), "PMT");
}

/**
 * The interest part of one payment, as the spreadsheet IPMT.
 *
 * @param rate - the rate per period
 * @param per - which payment, 1 … nper
 * @param nper - the number of periods
 * @param pv - the present value
 * @param fv - the value left after the last payment (default 0)
 * @param type - 0: end of period (default); 1: beginning
 * @returns the interest in payment `per`
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for per outside 1…nper
 *
 * Notes: IPMT = FV(rate, per − 1, PMT, pv, type) · rate, divided by (1 + rate) when paid in advance (and 0 for the first payment then).
 *
 * @example
 * ```ts
 * import { IPMT } from "finmodel/excel";
 * IPMT(0.1 / 12, 1, 36, 8000).toFixed(2) //=> "-66.67"
 * IPMT(0.1, 3, 3, 8000).toFixed(2) //=> "-292.45"
 * IPMT(0.1, 4, 3, 8000) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function IPMT(rate: number, per: number, nper: number, pv: number, fv?: number, type?: 0 | 1): number {
  const n = num(nper, "nper");
  return finite(ipmtKernel(num(rate, "rate"), perAt(per, n), n, num(pv, "pv"), optional(fv, "fv", 0), typeFlag(type)), "IPMT");
}

/**
 * The principal part of one payment, as the spreadsheet PPMT.
 *
 * @param rate - the rate per period
 * @param per - which payment, 1 … nper
 * @param nper - the number of periods
 * @param pv - the present value
 * @param fv - the value left after the last payment (default 0)
 * @param type - 0: end of period (default); 1: beginning
 * @returns the principal repaid in payment `per`
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for per outside 1…nper
 *
 * Notes: PPMT = PMT − IPMT.
 *
 * @example
 * ```ts
 * import { PPMT } from "finmodel/excel";
 * PPMT(0.1 / 12, 1, 24, 2000).toFixed(2) //=> "-75.62"
 * PPMT(0.08, 10, 10, 200000).toFixed(2) //=> "-27598.05"
 * PPMT(0.1, 0, 3, 100) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function PPMT(rate: number, per: number, nper: number, pv: number, fv?: number, type?: 0 | 1): number {
  const n = num(nper, "nper");
  return finite(ppmtKernel(num(rate, "rate"), perAt(per, n), n, num(pv, "pv"), optional(fv, "fv", 0), typeFlag(type)), "PPMT");
}

/**
 * The present value of an annuity, as the spreadsheet PV.
 *
 * @param rate - the rate per period
 * @param nper - the number of periods
 * @param pmt - the payment per period
 * @param fv - the value after the last payment (default 0)
 * @param type - 0: end of period (default); 1: beginning
 * @returns the present value
 * @throws FinModelError `INVALID_NUMBER`, `OUT_OF_DOMAIN` (type), `DIVISION_BY_ZERO` (rate = −1)
 *
 * Notes: PV = −(fv + pmt·(1 + r·type)·((1+r)^n − 1)/r) / (1+r)^n; −(fv + pmt·n) at r = 0.
 *
 * @example
 * ```ts
 * import { PV } from "finmodel/excel";
 * PV(0.08 / 12, 12 * 20, 500).toFixed(2) //=> "-59777.15"
 * PV(0, 10, -100) //=> 1000
 * PV(0.1, 10, -100, 0, 2 as 1) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function PV(rate: number, nper: number, pmt: number, fv?: number, type?: 0 | 1): number {
  return finite(pvKernel(num(rate, "rate"), num(nper, "nper"), num(pmt, "pmt"), optional(fv, "fv", 0), typeFlag(type)), "PV");
}

/**
 * The future value of an investment, as the spreadsheet FV.
 *
 * @param rate - the rate per period
 * @param nper - the number of periods
 * @param pmt - the payment per period
 * @param pv - the value today (default 0)
 * @param type - 0: end of period (default); 1: beginning
 * @returns the future value
 * @throws FinModelError `INVALID_NUMBER`, `OUT_OF_DOMAIN` (type)
 *
 * Notes: FV = −(pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n − 1)/r); −(pv + pmt·n) at r = 0.
 *
 * @example
 * ```ts
 * import { FV } from "finmodel/excel";
 * FV(0.06 / 12, 10, -200, -500, 1).toFixed(2) //=> "2581.40"
 * FV(0.06, 10, -200, -500).toFixed(2) //=> "3531.58"
 * FV(0.06, Number.NaN, -200) // throws FinModelError INVALID_NUMBER
 * ```
 */
export function FV(rate: number, nper: number, pmt: number, pv?: number, type?: 0 | 1): number {
  return finite(fvKernel(num(rate, "rate"), num(nper, "nper"), num(pmt, "pmt"), optional(pv, "pv", 0), typeFlag(type)), "FV");
}

/**
 * The rate per period of an annuity, as the spreadsheet RATE.
 *
 * @param nper - the number of periods (> 0)
 * @param pmt - the payment per period
 * @param pv - the present value
 * @param fv - the value after the last payment (default 0)
 * @param type - 0: end of period (default); 1: beginning
 * @param guess - where the search starts (default 0.1)
 * @returns the rate r > −1 with pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n − 1)/r + fv = 0
 * @throws FinModelError `NO_SOLUTION` (#NUM!) when no rate above −100% solves it (with what was tried), `OUT_OF_DOMAIN` (nper ≤ 0, type)
 *
 * Notes: closed form (−fv/pv)^(1/n) − 1 when pmt = 0; otherwise Newton from the guess,
 * then bracketing over all rates above −100%, each root checked by evaluating the equation.
 *
 * @example
 * ```ts
 * import { RATE } from "finmodel/excel";
 * RATE(48, -200, 8000).toFixed(9) //=> "0.007701472"
 * RATE(10, 0, -100, 200).toFixed(6) //=> "0.071773"
 * RATE(10, -100, -1000) // throws FinModelError NO_SOLUTION
 * ```
 */
export function RATE(nper: number, pmt: number, pv: number, fv?: number, type?: 0 | 1, guess?: number): number {
  const found = rateKernel(num(nper, "nper"), num(pmt, "pmt"), num(pv, "pv"), optional(fv, "fv", 0), typeFlag(type), settings(guess));
  return found.rate;
}

/**
 * The number of periods of an annuity, as the spreadsheet NPER.
 *
 * @param rate - the rate per period
 * @param pmt - the payment per period
 * @param pv - the present value
 * @param fv - the value after the last payment (default 0)
 * @param type - 0: end of period (default); 1: beginning
 * @returns the number of periods (not rounded)
 * @throws FinModelError `NO_SOLUTION` (#NUM!) when the payments never reach fv, `DIVISION_BY_ZERO` (pmt = 0 at rate 0)
 *
 * Notes: NPER = log((pmt·(1 + r·type) − fv·r) / (pmt·(1 + r·type) + pv·r)) / log(1 + r); −(pv + fv)/pmt at r = 0.
 *
 * @example
 * ```ts
 * import { NPER } from "finmodel/excel";
 * NPER(0.01, -100, -1000, 10000, 1).toFixed(5) //=> "59.67387"
 * NPER(0.01, -100, -1000).toFixed(5) //=> "-9.57859"
 * NPER(0.01, -5, 1000) // throws FinModelError NO_SOLUTION
 * ```
 */
export function NPER(rate: number, pmt: number, pv: number, fv?: number, type?: 0 | 1): number {
  return finite(nperKernel(num(rate, "rate"), num(pmt, "pmt"), num(pv, "pv"), optional(fv, "fv", 0), typeFlag(type)), "NPER");
}

/**
 * The equivalent rate per period for growth from pv to fv, as the spreadsheet RRI.
 *
 * @param nper - the number of periods (> 0)
 * @param pv - the value at the start (≠ 0)
 * @param fv - the value at the end (same sign as pv)
 * @returns (fv/pv)^(1/nper) − 1
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for nper ≤ 0, pv = 0 or signs that differ
 *
 * Notes: computed as expm1(log1p((fv − pv)/pv)/nper), exact for tiny growth.
 *
 * @example
 * ```ts
 * import { RRI } from "finmodel/excel";
 * RRI(96, 10000, 11000).toFixed(7) //=> "0.0009933"
 * RRI(0, 10000, 11000) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function RRI(nper: number, pv: number, fv: number): number {
  return finite(rriKernel(num(nper, "nper"), num(pv, "pv"), num(fv, "fv")), "RRI");
}

function periodsPerYear(npery: unknown): number {
  const n = Math.trunc(num(npery, "npery"));
  if (n < 1) throw outOfDomain("npery", npery, "must be at least 1 (it is truncated to a whole number)");
  return n;
}

/**
 * The effective annual rate of a nominal rate, as the spreadsheet EFFECT.
 *
 * @param nominalRate - the nominal annual rate (> 0)
 * @param npery - compounding periods per year (truncated; ≥ 1)
 * @returns (1 + nominal/npery)^npery − 1
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for nominal ≤ 0 or npery < 1
 *
 * Notes: computed as expm1(npery·log1p(nominal/npery)).
 *
 * @example
 * ```ts
 * import { EFFECT } from "finmodel/excel";
 * EFFECT(0.0525, 4).toFixed(9) //=> "0.053542667"
 * EFFECT(0.0525, 0) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function EFFECT(nominalRate: number, npery: number): number {
  const r = num(nominalRate, "nominalRate");
  const n = periodsPerYear(npery);
  if (!(r > 0)) throw outOfDomain("nominalRate", nominalRate, "must be greater than zero");
  return finite(effectKernel(r, n), "EFFECT");
}

/**
 * The nominal annual rate of an effective rate, as the spreadsheet NOMINAL.
 *
 * @param effectRate - the effective annual rate (> 0)
 * @param npery - compounding periods per year (truncated; ≥ 1)
 * @returns npery·((1 + effect)^(1/npery) − 1)
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for effect ≤ 0 or npery < 1
 *
 * Notes: computed as npery·expm1(log1p(effect)/npery).
 *
 * @example
 * ```ts
 * import { NOMINAL } from "finmodel/excel";
 * NOMINAL(0.053543, 4).toFixed(8) //=> "0.05250032"
 * NOMINAL(-0.01, 4) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function NOMINAL(effectRate: number, npery: number): number {
  const r = num(effectRate, "effectRate");
  const n = periodsPerYear(npery);
  if (!(r > 0)) throw outOfDomain("effectRate", effectRate, "must be greater than zero");
  return finite(nominalKernel(r, n), "NOMINAL");
}

function cumulative(rate: unknown, nper: unknown, pv: unknown, start: unknown, end: unknown, type: unknown, which: 0 | 1): number {
  const r = num(rate, "rate");
  const n = Math.trunc(num(nper, "nper"));
  const v = num(pv, "pv");
  const s = Math.trunc(num(start, "start"));
  const e = Math.trunc(num(end, "end"));
  const t = Math.trunc(num(type, "type"));
  if (!(r > 0)) throw outOfDomain("rate", rate, "must be greater than zero");
  if (!(n > 0)) throw outOfDomain("nper", nper, "must be at least 1");
  if (!(v > 0)) throw outOfDomain("pv", pv, "must be greater than zero");
  if (s < 1) throw outOfDomain("start", start, "must be at least 1");
  if (e < s) throw outOfDomain("end", end, `must not be before start (${s})`);
  if (e > n) throw outOfDomain("end", end, `must not be after the last period (${n})`);
  if (t !== 0 && t !== 1) throw outOfDomain("type", type, "must be 0 (end of period) or 1 (beginning)");
  return finite(cumulativeKernel(r, n, v, s, e, t, which), which === 0 ? "CUMIPMT" : "CUMPRINC");
}

/**
 * The interest paid between two periods (inclusive), as the spreadsheet CUMIPMT.
 *
 * @param rate - the rate per period (> 0)
 * @param nper - the number of periods (truncated)
 * @param pv - the loan amount (> 0)
 * @param start - the first period, from 1 (truncated)
 * @param end - the last period, ≤ nper (truncated)
 * @param type - 0: end of period; 1: beginning (required, as in a spreadsheet)
 * @returns Σ IPMT(rate, per, nper, pv, 0, type) for per = start … end (negative)
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for rate ≤ 0, nper < 1, pv ≤ 0, start < 1, end < start, end > nper, type not 0/1
 *
 * Notes: nper, start, end and type are truncated to whole numbers, as the spreadsheet documents.
 *
 * @example
 * ```ts
 * import { CUMIPMT } from "finmodel/excel";
 * CUMIPMT(0.09 / 12, 30 * 12, 125000, 13, 24, 0).toFixed(2) //=> "-11135.23"
 * CUMIPMT(0.09 / 12, 30 * 12, 125000, 1, 1, 0).toFixed(2) //=> "-937.50"
 * CUMIPMT(0.09 / 12, 360, 125000, 24, 13, 0) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function CUMIPMT(rate: number, nper: number, pv: number, start: number, end: number, type: 0 | 1): number {
  return cumulative(rate, nper, pv, start, end, type, 0);
}

/**
 * The principal repaid between two periods (inclusive), as the spreadsheet CUMPRINC.
 *
 * @param rate - the rate per period (> 0)
 * @param nper - the number of periods (truncated)
 * @param pv - the loan amount (> 0)
 * @param start - the first period, from 1 (truncated)
 * @param end - the last period, ≤ nper (truncated)
 * @param type - 0: end of period; 1: beginning (required)
 * @returns Σ PPMT(rate, per, nper, pv, 0, type) for per = start … end (negative)
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) for the same inputs as {@link CUMIPMT}
 *
 * Notes: CUMPRINC + CUMIPMT over the same periods is the sum of the payments.
 *
 * @example
 * ```ts
 * import { CUMPRINC } from "finmodel/excel";
 * CUMPRINC(0.09 / 12, 360, 125000, 13, 24, 0).toFixed(4) //=> "-934.1071"
 * CUMPRINC(0.09 / 12, 360, 125000, 1, 1, 0).toFixed(2) //=> "-68.28"
 * CUMPRINC(0, 360, 125000, 1, 1, 0) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function CUMPRINC(rate: number, nper: number, pv: number, start: number, end: number, type: 0 | 1): number {
  return cumulative(rate, nper, pv, start, end, type, 1);
}

/**
 * The number of periods for an investment to grow from pv to fv at a fixed rate, as the spreadsheet PDURATION.
 *
 * @param rate - the rate per period (> 0)
 * @param pv - the value today (> 0)
 * @param fv - the value wanted (> 0)
 * @returns ln(fv / pv) / ln(1 + rate)
 * @throws FinModelError `OUT_OF_DOMAIN` (#NUM!) unless all three are positive
 *
 * Notes: computed as log1p((fv − pv)/pv) / log1p(rate) when fv is near pv, so tiny rates and
 * small growth keep their digits.
 *
 * @example
 * ```ts
 * import { PDURATION } from "finmodel/excel";
 * PDURATION(0.025, 2000, 2200).toFixed(2) //=> "3.86"
 * PDURATION(0.025 / 12, 1000, 1200).toFixed(1) //=> "87.6"
 * PDURATION(0, 1000, 1200) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function PDURATION(rate: number, pv: number, fv: number): number {
  return finite(pdurationKernel(num(rate, "rate"), num(pv, "pv"), num(fv, "fv")), "PDURATION");
}

/**
 * The future value of a principal after a schedule of compound rates, as the spreadsheet FVSCHEDULE.
 *
 * @param principal - the value today
 * @param schedule - the rate of each period, applied in turn (an empty schedule leaves the principal)
 * @returns principal · Π (1 + rate_i)
 * @throws FinModelError `INVALID_NUMBER` (#VALUE!) for a non-number in the schedule, `NO_SOLUTION` (#NUM!) if the product overflows
 *
 * Notes: spreadsheets read blank cells of the schedule as 0; pass 0 for them.
 *
 * @example
 * ```ts
 * import { FVSCHEDULE } from "finmodel/excel";
 * FVSCHEDULE(1, [0.09, 0.11, 0.1]).toFixed(5) //=> "1.33089"
 * FVSCHEDULE(100, []) //=> 100
 * FVSCHEDULE(1, [0.09, Number.NaN]) // throws FinModelError INVALID_NUMBER
 * ```
 */
export function FVSCHEDULE(principal: number, schedule: readonly number[]): number {
  return finite(fvscheduleKernel(num(principal, "principal"), numbers(schedule, "schedule")), "FVSCHEDULE");
}

/**
 * The interest of one period of a loan repaid in equal principal parts, as the spreadsheet ISPMT.
 *
 * @param rate - the rate per period
 * @param per - the period, counted from 0 (0 is the first period)
 * @param nper - the number of periods (≠ 0)
 * @param pv - the loan amount
 * @returns pv · rate · (per / nper − 1): negative (paid) for a positive loan
 * @throws FinModelError `DIVISION_BY_ZERO` (#DIV/0!) for nper = 0, `INVALID_NUMBER` (#VALUE!)
 *
 * Notes: unlike {@link IPMT}, the principal falls by pv/nper each period, and periods count
 * from zero, as the spreadsheet documents. The formula is applied to any per, as spreadsheets do.
 *
 * @example
 * ```ts
 * import { ISPMT } from "finmodel/excel";
 * ISPMT(0.1, 0, 4, 4000) //=> -400
 * ISPMT(0.1, 3, 4, 4000) //=> -100
 * ISPMT(0.1, 1, 0, 4000) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function ISPMT(rate: number, per: number, nper: number, pv: number): number {
  return finite(ispmtKernel(num(rate, "rate"), num(per, "per"), num(nper, "nper"), num(pv, "pv")), "ISPMT");
}
