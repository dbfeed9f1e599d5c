import type { Decimal } from "../../core/decimal.js";
import { outOfDomain } from "../../core/errors.js";
import type { Numeric } from "../../core/numeric.js";
import type { Ratio } from "../../units/quantities.js";
import { cumulativeKernel, fvKernel, ipmtKernel, ispmtKernel, nperKernel, pmtKernel, ppmtKernel, pvKernel, rateKernel } from "./kernels.js";
import {
  type AmountInput,
  type AmountOf,
  type RateInput,
  type SameUnit,
  type Timing,
  amountIn,
  amountOut,
  currencyOfCall,
  decimalOut,
  discountRateIn,
  numberIn,
  optionalAmountIn,
  optionsIn,
  rateIn,
  ratioOut,
  solverIn,
  timingIn,
} from "./inputs.js";
import { type SolveInfo, type SolverOptions, solveInfo } from "./irr.js";

/** Options of {@link pmt}, {@link ipmt}, {@link ppmt}, {@link pv} and {@link nper}. */
export interface AnnuityOptions<A = AmountInput> {
  /** The value left after the last payment (default 0): a number, or Money in the currency of the other amounts. */
  readonly fv?: SameUnit<A>;
  /** When payments fall (default `"end"`). */
  readonly timing?: Timing;
}

/** Options of {@link fv}. */
export interface FvOptions<A = AmountInput> {
  /** The value today (default 0). */
  readonly pv?: SameUnit<A>;
  /** When payments fall (default `"end"`). */
  readonly timing?: Timing;
}

/** Options of {@link rate} and {@link rateDetails}. */
export interface RateOptions extends SolverOptions {
  /** The value left after the last payment (default 0). */
  readonly fv?: AmountInput;
  /** When payments fall (default `"end"`). */
  readonly timing?: Timing;
}

/** Options of {@link cumipmt} and {@link cumprinc}. */
export interface CumulativeOptions {
  /** When payments fall (default `"end"`). */
  readonly timing?: Timing;
}

function periods(value: unknown, path: string): number {
  const n = numberIn(value, path);
  if (!(n > 0)) throw outOfDomain(path, value, "must be greater than zero");
  return n;
}

/**
 * The payment per period that pays off `pv` (and leaves `fv`) over `nper` periods.
 *
 * @param rate - the rate per period (> −1): a number or a Ratio
 * @param nper - the number of periods (> 0)
 * @param pv - the present value, e.g. the loan amount (a number or Money)
 * @param options - `fv` (default 0), `timing` (default `"end"`)
 * @returns the payment, negative when pv is positive (cash-flow signs, as in spreadsheets): a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (rate ≤ −1, nper ≤ 0, unknown timing), `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * Notes: PMT = −(pv·(1+r)^n + fv)·r / ((1 + r·[timing = begin])·((1+r)^n − 1)); −(pv + fv)/n at r = 0.
 * Float64 with log1p/expm1 (about 15 significant digits).
 *
 * @example
 * ```ts
 * import { money, pmt } from "finmodel";
 * pmt(0.08 / 12, 10, 10000).toFixed(2) //=> "-1037.03"
 * pmt(0, 10, 1000).toString() //=> "-100"
 * pmt(0.08 / 12, 10, money(10000, "USD")).amount.toFixed(2) //=> "-1037.03"
 * pmt(0.05, 0, 1000) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function pmt<A extends AmountInput>(rate: RateInput, nper: Numeric, pv: A, options?: AnnuityOptions<NoInfer<A>>): AmountOf<A> {
  const r = discountRateIn(rate, "rate");
  const n = periods(nper, "nper");
  const call = currencyOfCall();
  const p = amountIn(pv, "pv", call);
  const opts = optionsIn(options, "options", ["fv", "timing"]);
  const f = optionalAmountIn(opts["fv"], "options.fv", call);
  const type = timingIn(opts["timing"], "options.timing");
  return amountOut(pmtKernel(r, n, p, f, type), call, "PMT") as AmountOf<A>;
}

function perIn(value: unknown, n: number): number {
  const per = numberIn(value, "per");
  if (!(per >= 1 && per <= n)) throw outOfDomain("per", value, `must be from 1 to nper (${n})`);
  return per;
}

/** The arguments of one payment's split (IPMT, PPMT), read and checked once. */
function paymentArgs(rate: unknown, per: unknown, nper: unknown, pv: unknown, options: unknown) {
  const r = discountRateIn(rate as RateInput, "rate");
  const n = periods(nper as Numeric, "nper");
  const k = perIn(per as Numeric, n);
  const call = currencyOfCall();
  const p = amountIn(pv as AmountInput, "pv", call);
  const opts = optionsIn(options, "options", ["fv", "timing"]);
  const f = optionalAmountIn(opts["fv"], "options.fv", call);
  return { r, n, k, call, p, f, type: timingIn(opts["timing"], "options.timing") };
}

/**
 * The interest part of payment number `per`.
 *
 * @param rate - the rate per period (> −1)
 * @param per - which payment, from 1 to nper
 * @param nper - the number of periods (> 0)
 * @param pv - the present value (a number or Money)
 * @param options - `fv` (default 0), `timing` (default `"end"`)
 * @returns the interest in that payment: a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (per outside 1…nper, …), `CURRENCY_MISMATCH`
 *
 * Notes: IPMT = FV(rate, per − 1, PMT, pv) · rate (divided by 1 + rate, and 0 for the first payment, when paid in advance).
 *
 * @example
 * ```ts
 * import { ipmt } from "finmodel";
 * ipmt(0.1 / 12, 1, 36, 8000).toFixed(2) //=> "-66.67"
 * ipmt(0.1, 1, 3, 8000, { timing: "begin" }).toString() //=> "0"
 * ipmt(0.1, 4, 3, 8000) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function ipmt<A extends AmountInput>(rate: RateInput, per: Numeric, nper: Numeric, pv: A, options?: AnnuityOptions<NoInfer<A>>): AmountOf<A> {
  const a = paymentArgs(rate, per, nper, pv, options);
  return amountOut(ipmtKernel(a.r, a.k, a.n, a.p, a.f, a.type), a.call, "IPMT") as AmountOf<A>;
}

/**
 * The principal part of payment number `per`.
 *
 * @param rate - the rate per period (> −1)
 * @param per - which payment, from 1 to nper
 * @param nper - the number of periods (> 0)
 * @param pv - the present value (a number or Money)
 * @param options - `fv` (default 0), `timing` (default `"end"`)
 * @returns the principal repaid in that payment: a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (per outside 1…nper, …), `CURRENCY_MISMATCH`
 *
 * Notes: PPMT = PMT − IPMT.
 *
 * @example
 * ```ts
 * import { ppmt } from "finmodel";
 * ppmt(0.1 / 12, 1, 24, 2000).toFixed(2) //=> "-75.62"
 * ppmt(0.1, 0, 3, 8000) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function ppmt<A extends AmountInput>(rate: RateInput, per: Numeric, nper: Numeric, pv: A, options?: AnnuityOptions<NoInfer<A>>): AmountOf<A> {
  const a = paymentArgs(rate, per, nper, pv, options);
  return amountOut(ppmtKernel(a.r, a.k, a.n, a.p, a.f, a.type), a.call, "PPMT") as AmountOf<A>;
}

/**
 * The present value of `nper` payments of `payment` (and of `fv` at the end).
 *
 * @param rate - the rate per period (> −1)
 * @param nper - the number of periods (> 0)
 * @param payment - the payment per period (a number or Money)
 * @param options - `fv` (default 0), `timing` (default `"end"`)
 * @returns the present value (opposite sign to the payments): a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN`, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * Notes: PV = −(fv + pmt·(1 + r·[begin])·((1+r)^n − 1)/r) / (1+r)^n; −(fv + pmt·n) at r = 0.
 *
 * @example
 * ```ts
 * import { pv } from "finmodel";
 * pv(0.08 / 12, 12 * 20, 500).toFixed(2) //=> "-59777.15"
 * pv(0, 10, -100).toString() //=> "1000"
 * pv(0.05, 10, -100, { timing: "middle" as "end" }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function pv<A extends AmountInput>(rate: RateInput, nper: Numeric, payment: A, options?: AnnuityOptions<NoInfer<A>>): AmountOf<A> {
  const r = discountRateIn(rate, "rate");
  const n = periods(nper, "nper");
  const call = currencyOfCall();
  const p = amountIn(payment, "payment", call);
  const opts = optionsIn(options, "options", ["fv", "timing"]);
  const f = optionalAmountIn(opts["fv"], "options.fv", call);
  return amountOut(pvKernel(r, n, p, f, timingIn(opts["timing"], "options.timing")), call, "PV") as AmountOf<A>;
}

/**
 * The future value after `nper` payments of `payment` on top of `pv`.
 *
 * @param rate - the rate per period (> −1)
 * @param nper - the number of periods (> 0)
 * @param payment - the payment per period (a number or Money)
 * @param options - `pv` (default 0), `timing` (default `"end"`)
 * @returns the future value (opposite sign to the money put in): a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN`, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * Notes: FV = −(pv·(1+r)^n + pmt·(1 + r·[begin])·((1+r)^n − 1)/r); −(pv + pmt·n) at r = 0.
 *
 * @example
 * ```ts
 * import { fv } from "finmodel";
 * fv(0.06 / 12, 10, -200, { pv: -500, timing: "begin" }).toFixed(2) //=> "2581.40"
 * fv(0, 10, -100).toString() //=> "1000"
 * fv(0.06, -1, -200) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function fv<A extends AmountInput>(rate: RateInput, nper: Numeric, payment: A, options?: FvOptions<NoInfer<A>>): AmountOf<A> {
  const r = discountRateIn(rate, "rate");
  const n = periods(nper, "nper");
  const call = currencyOfCall();
  const p = amountIn(payment, "payment", call);
  const opts = optionsIn(options, "options", ["pv", "timing"]);
  const v = optionalAmountIn(opts["pv"], "options.pv", call);
  return amountOut(fvKernel(r, n, p, v, timingIn(opts["timing"], "options.timing")), call, "FV") as AmountOf<A>;
}

/**
 * The number of periods for payments of `payment` to take `pv` to `fv`.
 *
 * @param rate - the rate per period (> −1)
 * @param payment - the payment per period (a number or Money)
 * @param pv - the present value (a number or Money)
 * @param options - `fv` (default 0), `timing` (default `"end"`)
 * @returns the number of periods (not rounded) as a Decimal
 * @throws FinModelError `NO_SOLUTION` when the payments never get there, `DIVISION_BY_ZERO` (payment 0 at rate 0), `CURRENCY_MISMATCH`
 *
 * Notes: NPER = log1p(−r·(fv + pv) / (pmt·(1 + r·[begin]) + pv·r)) / log1p(r); −(pv + fv)/pmt at r = 0.
 *
 * @example
 * ```ts
 * import { nper } from "finmodel";
 * nper(0.01, -100, -1000, { fv: 10000, timing: "begin" }).toFixed(5) //=> "59.67387"
 * nper(0, -100, 1000).toString() //=> "10"
 * nper(0.01, -5, 1000) // throws FinModelError NO_SOLUTION
 * ```
 */
export function nper(rate: RateInput, payment: AmountInput, pv: AmountInput, options?: AnnuityOptions): Decimal {
  const r = discountRateIn(rate, "rate");
  const call = currencyOfCall();
  const p = amountIn(payment, "payment", call);
  const v = amountIn(pv, "pv", call);
  const opts = optionsIn(options, "options", ["fv", "timing"]);
  const f = optionalAmountIn(opts["fv"], "options.fv", call);
  return decimalOut(nperKernel(r, p, v, f, timingIn(opts["timing"], "options.timing")), "NPER");
}

function rateRoot(nperValue: unknown, payment: unknown, pvValue: unknown, options: unknown, allRoots: boolean) {
  const n = periods(nperValue, "nper");
  const call = currencyOfCall();
  const p = amountIn(payment, "payment", call);
  const v = amountIn(pvValue, "pv", call);
  const opts = optionsIn(options, "options", ["fv", "timing", "guess", "tolerance", "maxIterations"]);
  const f = optionalAmountIn(opts["fv"], "options.fv", call);
  const type = timingIn(opts["timing"], "options.timing");
  return rateKernel(n, p, v, f, type, solverIn(opts, allRoots));
}

/**
 * The rate per period at which `nper` payments of `payment` take `pv` to `fv`.
 *
 * @param nper - the number of periods (> 0)
 * @param payment - the payment per period (a number or Money)
 * @param pv - the present value (a number or Money)
 * @param options - `fv` (default 0), `timing`, and the solver's `guess` (default 0.1), `tolerance`, `maxIterations`
 * @returns the rate r > −1 with pv·(1+r)^n + pmt·(1 + r·[begin])·((1+r)^n − 1)/r + fv = 0, as a Ratio
 * @throws FinModelError `NO_SOLUTION` (no rate above −100% works; the error lists what was tried), `OUT_OF_DOMAIN`, `CURRENCY_MISMATCH`
 *
 * Notes: closed form (−fv/pv)^(1/n) − 1 with no payments; else the solver of {@link irr}.
 *
 * @example
 * ```ts
 * import { rate } from "finmodel";
 * rate(48, -200, 8000).value.toFixed(9) //=> "0.007701472"
 * rate(10, 0, -1000, { fv: 2000 }).value.toFixed(9) //=> "0.071773463"
 * rate(10, -100, -1000) // throws FinModelError NO_SOLUTION
 * ```
 */
export function rate(nper: Numeric, payment: AmountInput, pv: AmountInput, options?: RateOptions): Ratio {
  return ratioOut(rateRoot(nper, payment, pv, options, false).rate, "RATE");
}

/**
 * Like {@link rate}, but scans every rate above −100% and reports all roots and how the rate was found.
 *
 * @param nper - the number of periods (> 0)
 * @param payment - the payment per period
 * @param pv - the present value
 * @param options - as {@link rate}
 * @returns a {@link SolveInfo}
 * @throws FinModelError as {@link rate}
 *
 * Notes: with no payments the rate has a closed form; `method` says `"closed-form"`.
 *
 * @example
 * ```ts
 * import { rateDetails } from "finmodel";
 * rateDetails(10, 0, -1000, { fv: 2000 }).method //=> "closed-form"
 * rateDetails(48, -200, 8000).roots.length //=> 1
 * rateDetails(0, -200, 8000) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function rateDetails(nper: Numeric, payment: AmountInput, pv: AmountInput, options?: RateOptions): SolveInfo {
  return solveInfo(rateRoot(nper, payment, pv, options, true), "RATE");
}

function cumulative(rateValue: unknown, nperValue: unknown, pvValue: unknown, start: unknown, end: unknown, options: unknown, which: 0 | 1) {
  const r = discountRateIn(rateValue, "rate");
  const nRaw = numberIn(nperValue, "nper");
  if (!(Number.isInteger(nRaw) && nRaw >= 1)) throw outOfDomain("nper", nperValue, "must be a whole number of periods, at least 1");
  const call = currencyOfCall();
  const v = amountIn(pvValue, "pv", call);
  const s = numberIn(start, "start");
  const e = numberIn(end, "end");
  if (!(Number.isInteger(s) && s >= 1)) throw outOfDomain("start", start, "must be a whole period number, at least 1");
  if (!(Number.isInteger(e) && e >= s && e <= nRaw)) throw outOfDomain("end", end, `must be a whole period number from start (${s}) to nper (${nRaw})`);
  const opts = optionsIn(options, "options", ["timing"]);
  const type = timingIn(opts["timing"], "options.timing");
  return amountOut(cumulativeKernel(r, nRaw, v, s, e, type, which), call, which === 0 ? "CUMIPMT" : "CUMPRINC");
}

/**
 * The interest paid on a loan from period `start` to period `end` (both included).
 *
 * @param rate - the rate per period (> −1)
 * @param nper - the number of periods (a whole number)
 * @param pv - the loan amount (a number or Money)
 * @param start - the first period (from 1)
 * @param end - the last period (≤ nper)
 * @param options - `timing` (default `"end"`)
 * @returns Σ ipmt over the periods (negative for a positive loan): a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` for periods that are not whole, start < 1, end < start or end > nper
 *
 * Notes: unlike the spreadsheet CUMIPMT, periods are not truncated (a fractional period
 * is an error) and timing defaults to `"end"`.
 *
 * @example
 * ```ts
 * import { cumipmt } from "finmodel";
 * cumipmt(0.09 / 12, 360, 125000, 13, 24).toFixed(2) //=> "-11135.23"
 * cumipmt(0.09 / 12, 360, 125000, 13, 12) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function cumipmt<A extends AmountInput>(rate: RateInput, nper: Numeric, pv: A, start: Numeric, end: Numeric, options?: CumulativeOptions): AmountOf<A> {
  return cumulative(rate, nper, pv, start, end, options, 0) as AmountOf<A>;
}

/**
 * The principal repaid on a loan from period `start` to period `end` (both included).
 *
 * @param rate - the rate per period (> −1)
 * @param nper - the number of periods (a whole number)
 * @param pv - the loan amount (a number or Money)
 * @param start - the first period (from 1)
 * @param end - the last period (≤ nper)
 * @param options - `timing` (default `"end"`)
 * @returns Σ ppmt over the periods (negative for a positive loan): a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` as {@link cumipmt}
 *
 * Notes: cumprinc + cumipmt over the same periods is the sum of the payments.
 *
 * @example
 * ```ts
 * import { cumprinc } from "finmodel";
 * cumprinc(0.09 / 12, 360, 125000, 13, 24).toFixed(4) //=> "-934.1071"
 * cumprinc(0.09 / 12, 360, 125000, 0, 24) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function cumprinc<A extends AmountInput>(rate: RateInput, nper: Numeric, pv: A, start: Numeric, end: Numeric, options?: CumulativeOptions): AmountOf<A> {
  return cumulative(rate, nper, pv, start, end, options, 1) as AmountOf<A>;
}

/**
 * The interest of period `per` (counted from 0) of a loan repaid in equal parts of principal.
 *
 * @param rate - the rate per period (a number or Ratio)
 * @param per - the period, from 0 (the first) to nper − 1
 * @param nper - the number of periods (> 0)
 * @param pv - the loan amount (a number or Money)
 * @returns pv·rate·(per/nper − 1): negative (paid) for a positive loan; a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (nper ≤ 0, per outside 0 … nper), `INVALID_NUMBER`
 *
 * Notes: the spreadsheet ISPMT, which counts periods from zero. Unlike the spreadsheet, a
 * period outside 0 … nper is refused.
 *
 * @example
 * ```ts
 * import { ispmt } from "finmodel";
 * ispmt(0.1, 0, 4, 4000).toString() //=> "-400"
 * ispmt(0.1, 3, 4, 4000).toString() //=> "-100"
 * ispmt(0.1, 5, 4, 4000) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function ispmt<A extends AmountInput>(rate: RateInput, per: Numeric, nper: Numeric, pv: A): AmountOf<A> {
  const r = rateIn(rate, "rate");
  const n = periods(nper, "nper");
  const k = numberIn(per, "per");
  if (!(k >= 0 && k <= n)) throw outOfDomain("per", per, `must be from 0 (the first period) to nper (${n})`);
  const call = currencyOfCall();
  return amountOut(ispmtKernel(r, k, n, amountIn(pv, "pv", call)), call, "ISPMT") as AmountOf<A>;
}
