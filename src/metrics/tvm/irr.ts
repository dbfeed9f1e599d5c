import type { DateInput } from "../../core/calendar-date.js";
import type { Decimal } from "../../core/decimal.js";
import type { Numeric } from "../../core/numeric.js";
import { toDecimal } from "../../core/numeric.js";
import type { Ratio } from "../../units/quantities.js";
import { ratio } from "../../units/quantities.js";
import type { RateRoot, SolveMethod } from "../solve.js";
import { yearDays } from "./basis.js";
import { dayNumbers, quickOffsets } from "./dates.js";
import { DEFAULT_SEARCH, irrKernel, mirrKernel, xirrKernel, xirrOffsets } from "./kernels.js";
import { type AmountInput, type RateInput, amountsIn, currencyOfCall, optionsIn, rateIn, ratioOut, solverIn } from "./inputs.js";
import type { DayCountBasis } from "../../time/day-count.js";

export type { SolveMethod };

/** Options of the rate solvers ({@link irr}, {@link xirr}, {@link rate} and their `…Details` twins). */
export interface SolverOptions {
  /** Where Newton's method starts (default 0.1). With several roots, the result is the one reached from here. */
  readonly guess?: RateInput;
  /** Newton stops once a step is at most `tolerance × max(1, |rate|)` (default 1e-10). A root is still accepted only if the equation is ≈ 0 there. */
  readonly tolerance?: Numeric;
  /** Cap on the Newton iterations from the guess (default 50, at most 10000); the fallback phases have their own caps. */
  readonly maxIterations?: number;
}

/** Options of {@link irr} and {@link irrDetails}. */
export type IrrOptions = SolverOptions;

/** Options of {@link xirr} and {@link xirrDetails}. */
export interface XirrOptions extends SolverOptions {
  /** The day count that turns dates into years (default `"ACT/365F"`: actual days / 365, as the spreadsheet XIRR). */
  readonly basis?: DayCountBasis;
}

/**
 * What a rate solver found and how.
 */
export interface SolveInfo {
  /** The rate returned by the plain function (the root reached from the guess). */
  readonly rate: Ratio;
  /** Function evaluations spent (Newton steps, scan points, bracketing steps). */
  readonly iterations: number;
  /** |equation(rate)| / Σ|its terms| at the rate: how close to zero, relative to the numbers added up. */
  readonly residual: Decimal;
  /** How `rate` was found: `"closed-form"`, `"newton"`, `"bisection-newton"` or `"newton-reseeded"`. */
  readonly method: SolveMethod;
  /** Every root found above −100%, ascending (several when the flows change sign more than once). */
  readonly roots: readonly Ratio[];
}

/** @internal */
export function solveInfo(found: RateRoot, what: string): SolveInfo {
  return Object.freeze({
    rate: ratioOut(found.rate, what),
    iterations: found.iterations,
    residual: toDecimal(found.residual),
    method: found.method,
    roots: Object.freeze(found.roots.map((r) => ratio(r))),
  });
}

function irrRoot(flows: unknown, options: unknown, allRoots: boolean): RateRoot {
  const values = amountsIn(flows, "flows", currencyOfCall());
  const settings = solverIn(optionsIn(options, "options", ["guess", "tolerance", "maxIterations"]), allRoots);
  return irrKernel(values, settings);
}

/**
 * Internal rate of return of periodic cash flows (flows[0] at time 0, flows[i] at period i).
 *
 * @param flows - the cash flows (numbers or Money of one currency), at least one negative and one positive
 * @param options - `guess` (default 0.1), `tolerance`, `maxIterations`
 * @returns the rate r > −1 with Σ flows[i] / (1 + r)^i = 0, as a Ratio
 * @throws FinModelError `OUT_OF_DOMAIN` (fewer than two flows, all zero, no sign change), `NO_SOLUTION` (no root; the error lists what was tried), `CURRENCY_MISMATCH`
 *
 * Notes: closed form for two non-zero flows; else Newton from the guess, then a bracketing
 * search over every rate above −100%, then re-seeded Newton. A root is accepted only if
 * |NPV| ≤ 1e-10 × Σ|discounted flows| there. With several roots, the one Newton reaches
 * from the guess (as spreadsheets do); {@link irrDetails} lists them all.
 *
 * @example
 * ```ts
 * import { irr } from "finmodel";
 * irr([-70000, 12000, 15000, 18000, 21000, 26000]).value.toFixed(9) //=> "0.086630948"
 * irr([-15000, 6630]).value.toString() //=> "-0.558"
 * irr([100, 200]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function irr(flows: readonly AmountInput[], options?: IrrOptions): Ratio {
  return ratioOut(irrRoot(flows, options, false).rate, "IRR");
}

/**
 * Like {@link irr}, but scans every rate above −100% and reports all roots and how the rate was found.
 *
 * @param flows - the cash flows (numbers or Money of one currency)
 * @param options - `guess`, `tolerance`, `maxIterations`
 * @returns a {@link SolveInfo}: the rate {@link irr} returns, the iterations, the residual, the method and every root
 * @throws FinModelError as {@link irr}
 *
 * Notes: flows that change sign twice can have two IRRs; [-100, 230, -132] has 10% and 20%
 * (−100 + 230/1.1 − 132/1.21 = 0 and −100 + 230/1.2 − 132/1.44 = 0).
 *
 * @example
 * ```ts
 * import { irrDetails } from "finmodel";
 * const info = irrDetails([-100, 230, -132]);
 * info.roots.map((r) => r.value.toFixed(9)) //=> ["0.100000000", "0.200000000"]
 * info.rate.value.toFixed(9) //=> "0.100000000"
 * irrDetails([-100, -200]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function irrDetails(flows: readonly AmountInput[], options?: IrrOptions): SolveInfo {
  return solveInfo(irrRoot(flows, options, true), "IRR");
}

function xirrRoot(flows: unknown, dates: unknown, options: unknown, allRoots: boolean): RateRoot {
  // The common case (plain numbers, Dates, no options) read in one pass, as the spreadsheet
  // XIRR reads it; anything else, or anything to refuse, the general way below.
  if (options === undefined && !allRoots) {
    const quick = quickOffsets(flows, dates, false);
    if (quick) return xirrOffsets(quick, DEFAULT_SEARCH);
  }
  const values = amountsIn(flows, "flows", currencyOfCall());
  const days = dayNumbers(dates, values.length, false);
  const opts = optionsIn(options, "options", ["guess", "tolerance", "maxIterations", "basis"]);
  return xirrKernel(values, yearDays(dates as readonly unknown[], days, opts["basis"]), solverIn(opts, allRoots));
}

/**
 * Internal rate of return of cash flows on dates (actual days / 365, as the spreadsheet XIRR).
 *
 * @param flows - the cash flows (numbers or Money of one currency), at least one negative and one positive
 * @param dates - their dates (`Date`, ISO `"YYYY-MM-DD"` or CalendarDate); none may precede the first
 * @param options - `guess` (default 0.1), `tolerance`, `maxIterations`, `basis` (default `"ACT/365F"`)
 * @returns the annual rate r > −1 with Σ flows[i] / (1 + r)^t[i] = 0, t[i] the years from dates[0] to dates[i] (days / 365 by default)
 * @throws FinModelError `OUT_OF_DOMAIN` (no sign change, lengths differ), `INVALID_PERIOD` (bad date, a date before the first), `NO_SOLUTION` (with what was tried)
 *
 * Notes: same search as {@link irr}, bounded everywhere. The default day count is actual/365, as
 * in spreadsheets; `basis` selects another one (see `yearFraction`).
 *
 * @example
 * ```ts
 * import { xirr } from "finmodel";
 * const flows = [-10000, 2750, 4250, 3250, 2750];
 * const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
 * xirr(flows, dates).value.toFixed(12) //=> "0.373362533519"
 * // a year of 365 days is 365/360 years under ACT/360, so the rate is 1.1^(360/365) − 1
 * xirr([-100, 110], ["2025-01-01", "2026-01-01"], { basis: "ACT/360" }).value.toFixed(9) //=> "0.098564756"
 * xirr(flows, dates.slice(1)) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function xirr(flows: readonly AmountInput[], dates: readonly DateInput[], options?: XirrOptions): Ratio {
  return ratioOut(xirrRoot(flows, dates, options, false).rate, "XIRR");
}

/**
 * Like {@link xirr}, but scans every rate above −100% and reports all roots and how the rate was found.
 *
 * @param flows - the cash flows
 * @param dates - their dates
 * @param options - `guess`, `tolerance`, `maxIterations`, `basis`
 * @returns a {@link SolveInfo}
 * @throws FinModelError as {@link xirr}
 *
 * Notes: two flows a year apart have the closed-form root −c1/c0 − 1.
 *
 * @example
 * ```ts
 * import { xirrDetails } from "finmodel";
 * const info = xirrDetails([-100, 110], ["2025-01-01", "2026-01-01"]);
 * info.method //=> "closed-form"
 * info.rate.value.toFixed(12) //=> "0.100000000000"
 * xirrDetails([-100, 110], ["2025-01-01", "2024-01-01"]) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function xirrDetails(flows: readonly AmountInput[], dates: readonly DateInput[], options?: XirrOptions): SolveInfo {
  return solveInfo(xirrRoot(flows, dates, options, true), "XIRR");
}

/**
 * Modified internal rate of return: negative flows financed at `financeRate`, positive flows reinvested at `reinvestRate`.
 *
 * @param flows - the cash flows at times 0 … n−1 (numbers or Money of one currency)
 * @param financeRate - the rate paid on money invested (> −1)
 * @param reinvestRate - the rate earned on reinvested flows (> −1)
 * @returns the MIRR as a Ratio
 * @throws FinModelError `DIVISION_BY_ZERO` without a positive or without a negative flow (as the spreadsheet's #DIV/0!), `OUT_OF_DOMAIN`
 *
 * Notes: MIRR = (FV of the positive flows at reinvestRate / −PV of the negative flows at financeRate)^(1/(n−1)) − 1.
 *
 * @example
 * ```ts
 * import { mirr } from "finmodel";
 * mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12).value.toFixed(6) //=> "0.126094"
 * mirr([-100, -200], 0.1, 0.1) // throws FinModelError DIVISION_BY_ZERO
 * ```
 */
export function mirr(flows: readonly AmountInput[], financeRate: RateInput, reinvestRate: RateInput): Ratio {
  const values = amountsIn(flows, "flows", currencyOfCall());
  return ratioOut(mirrKernel(values, rateIn(financeRate, "financeRate"), rateIn(reinvestRate, "reinvestRate")), "MIRR");
}
