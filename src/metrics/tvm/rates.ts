import { outOfDomain } from "../../core/errors.js";
import type { Numeric } from "../../core/numeric.js";
import type { Ratio } from "../../units/quantities.js";
import type { Decimal } from "../../core/decimal.js";
import { effectKernel, fvscheduleKernel, nominalKernel, pdurationKernel, rriKernel } from "./kernels.js";
import { type AmountInput, type AmountOf, type RateInput, amountIn, amountOut, currencyOfCall, decimalOut, numberIn, rateIn, ratioOut } from "./inputs.js";
import { elements } from "../../core/arrays.js";

/**
 * The equivalent rate per period for growth from `pv` to `fv` over `nper` periods.
 *
 * @param nper - the number of periods (> 0)
 * @param pv - the starting value (≠ 0; a number or Money)
 * @param fv - the ending value (same sign as pv; Money in the same currency)
 * @returns (fv/pv)^(1/nper) − 1 as a Ratio
 * @throws FinModelError `OUT_OF_DOMAIN` (nper ≤ 0, pv = 0, signs differ), `CURRENCY_MISMATCH`
 *
 * Notes: computed as expm1(log1p((fv − pv)/pv)/nper), exact for tiny growth.
 *
 * @example
 * ```ts
 * import { money, rri } from "finmodel";
 * rri(96, 10000, 11000).value.toFixed(7) //=> "0.0009933"
 * rri(2, money(100, "USD"), money(121, "USD")).value.toFixed(12) //=> "0.100000000000"
 * rri(2, money(100, "USD"), money(121, "HKD")) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function rri(nper: Numeric, pv: AmountInput, fv: AmountInput): Ratio {
  const n = numberIn(nper, "nper");
  const call = currencyOfCall();
  const p = amountIn(pv, "pv", call);
  const f = amountIn(fv, "fv", call);
  return ratioOut(rriKernel(n, p, f), "RRI");
}

function compoundings(value: unknown): number {
  const n = numberIn(value, "periodsPerYear");
  if (!(Number.isInteger(n) && n >= 1)) throw outOfDomain("periodsPerYear", value, "must be a whole number, at least 1");
  return n;
}

/**
 * The effective annual rate of a nominal annual rate compounded `periodsPerYear` times a year.
 *
 * @param nominalRate - the nominal annual rate (a number or Ratio; > −periodsPerYear)
 * @param periodsPerYear - compoundings per year (a whole number ≥ 1)
 * @returns (1 + nominal/periodsPerYear)^periodsPerYear − 1 as a Ratio
 * @throws FinModelError `OUT_OF_DOMAIN` (periodsPerYear not a whole number ≥ 1, or a rate of −100% per period or less)
 *
 * Notes: computed as expm1(n·log1p(nominal/n)). Unlike the spreadsheet EFFECT, zero and
 * negative rates are allowed (down to −100% per period) and periods are not truncated.
 *
 * @example
 * ```ts
 * import { effect } from "finmodel";
 * effect(0.0525, 4).value.toFixed(9) //=> "0.053542667"
 * effect(0.0525, 2.5) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function effect(nominalRate: RateInput, periodsPerYear: Numeric): Ratio {
  const r = rateIn(nominalRate, "nominalRate");
  const n = compoundings(periodsPerYear);
  if (!(r / n > -1)) throw outOfDomain("nominalRate", nominalRate, `must be greater than −${n} (−100% per period)`);
  return ratioOut(effectKernel(r, n), "EFFECT");
}

/**
 * The nominal annual rate that, compounded `periodsPerYear` times a year, gives the effective rate `effectiveRate`.
 *
 * @param effectiveRate - the effective annual rate (a number or Ratio; > −1)
 * @param periodsPerYear - compoundings per year (a whole number ≥ 1)
 * @returns periodsPerYear·((1 + effective)^(1/periodsPerYear) − 1) as a Ratio
 * @throws FinModelError `OUT_OF_DOMAIN` (periodsPerYear not a whole number ≥ 1, effective ≤ −1)
 *
 * Notes: computed as n·expm1(log1p(effective)/n); the inverse of {@link effect}.
 *
 * @example
 * ```ts
 * import { nominal } from "finmodel";
 * nominal(0.053543, 4).value.toFixed(12) //=> "0.052500319868"
 * nominal(-1, 4) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function nominal(effectiveRate: RateInput, periodsPerYear: Numeric): Ratio {
  const r = rateIn(effectiveRate, "effectiveRate");
  const n = compoundings(periodsPerYear);
  if (!(r > -1)) throw outOfDomain("effectiveRate", effectiveRate, "must be greater than −1 (−100%)");
  return ratioOut(nominalKernel(r, n), "NOMINAL");
}

/**
 * The number of periods for `pv` to grow to `fv` at `rate` per period.
 *
 * @param rate - the growth per period (> 0; a number or Ratio)
 * @param pv - the value today (> 0; a number or Money)
 * @param fv - the value wanted (> 0; Money in the same currency)
 * @returns ln(fv/pv) / ln(1 + rate), not rounded, as a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` unless rate, pv and fv are positive, `CURRENCY_MISMATCH`
 *
 * Notes: the spreadsheet PDURATION; the inverse of {@link rri} in the number of periods.
 *
 * @example
 * ```ts
 * import { pduration } from "finmodel";
 * pduration(0.025, 2000, 2200).toFixed(4) //=> "3.8599"
 * pduration(0.025, 2000, -2200) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function pduration(rate: RateInput, pv: AmountInput, fv: AmountInput): Decimal {
  const r = rateIn(rate, "rate");
  const call = currencyOfCall();
  return decimalOut(pdurationKernel(r, amountIn(pv, "pv", call), amountIn(fv, "fv", call)), "PDURATION");
}

/**
 * The value of `principal` after compounding at each rate of `rates` in turn.
 *
 * @param principal - the value today (a number or Money)
 * @param rates - the rate of each period (numbers or Ratios)
 * @returns principal·Π(1 + rates[i]): a Decimal, or Money in the principal's currency
 * @throws FinModelError `INVALID_NUMBER`, `UNIT_MISMATCH` (a rate that is not a number or Ratio), `OUT_OF_DOMAIN` (rates not an array)
 *
 * Notes: the spreadsheet FVSCHEDULE, for a variable or adjustable rate.
 *
 * @example
 * ```ts
 * import { fvschedule, money, percent } from "finmodel";
 * fvschedule(1, [0.09, 0.11, 0.1]).toFixed(4) //=> "1.3309"
 * fvschedule(money(100, "USD"), [percent(10), percent(10)]).amount.toFixed(2) //=> "121.00"
 * fvschedule(1, 0.09 as never) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function fvschedule<A extends AmountInput>(principal: A, rates: readonly RateInput[]): AmountOf<A> {
  const call = currencyOfCall();
  const p = amountIn(principal, "principal", call);
  if (!Array.isArray(rates)) throw outOfDomain("rates", rates, "must be an array of rates");
  const rs = elements(rates, "rates").map((r, i) => rateIn(r, `rates[${i}]`));
  return amountOut(fvscheduleKernel(p, rs), call, "FVSCHEDULE") as AmountOf<A>;
}
