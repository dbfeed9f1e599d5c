import type { DateInput } from "../../core/calendar-date.js";
import { outOfDomain } from "../../core/errors.js";
import { yearDays } from "./basis.js";
import { dayNumbers } from "./dates.js";
import type { DayCountBasis } from "../../time/day-count.js";
import { npvKernel, xnpvKernel } from "./kernels.js";
import { type AmountInput, type AmountOf, type RateInput, amountOut, amountsIn, currencyOfCall, discountRateIn, optionsIn } from "./inputs.js";

/**
 * When the first cash flow of {@link npv} happens:
 * - `"excel"` (default): every flow at the END of its period, so the first
 *   value is discounted by one full period — what Excel, Google Sheets,
 *   LibreOffice and formulajs call NPV;
 * - `"first-at-time-zero"`: the first value is today's flow and is not
 *   discounted — what numpy-financial and the `financial` package call npv.
 */
export type NpvConvention = "excel" | "first-at-time-zero";

/** Options of {@link npv}. */
export interface NpvOptions {
  /** When the first flow happens (default `"excel"`: one period from now). See {@link NpvConvention}. */
  readonly convention?: NpvConvention;
}

/**
 * Net present value of periodic cash flows.
 *
 * **Convention — read this.** By default (`convention: "excel"`) the FIRST value
 * is discounted by ONE FULL PERIOD, exactly as the spreadsheet NPV:
 * NPV = Σ flows[i] / (1 + rate)^(i+1). numpy-financial and `financial` instead
 * treat the first value as happening today (undiscounted): pass
 * `{ convention: "first-at-time-zero" }` for NPV = Σ flows[i] / (1 + rate)^i.
 * The two differ by a factor of (1 + rate): `npv(r, f) × (1 + r)` is the
 * time-zero NPV. For an investment made today, either use
 * `"first-at-time-zero"` or add the time-0 flow outside `npv`.
 *
 * @param rate - the discount rate per period (> −1): a number or a Ratio
 * @param flows - the cash flows, one per period (numbers or Money of one currency)
 * @param options - `convention` (see above)
 * @returns the NPV: a Decimal, or Money if the flows are Money
 * @throws FinModelError `OUT_OF_DOMAIN` for rate ≤ −1, an empty or non-array `flows` or an unknown convention; `CURRENCY_MISMATCH`; `INVALID_NUMBER`
 *
 * Notes: computed in float64 like a spreadsheet (about 15 significant digits); the
 * double is converted to a Decimal from its shortest representation.
 *
 * @example
 * ```ts
 * import { money, npv } from "finmodel";
 * npv(0.1, [-10000, 3000, 4200, 6800]).toFixed(2) //=> "1188.44"
 * npv(0.1, [-10000, 3000, 4200, 6800], { convention: "first-at-time-zero" }).toFixed(2) //=> "1307.29"
 * npv(0.1, [money(-100, "USD"), money(110, "USD")], { convention: "first-at-time-zero" }).amount.toFixed(6) //=> "0.000000"
 * npv(-1, [100]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function npv<F extends AmountInput>(rate: RateInput, flows: readonly F[], options?: NpvOptions): AmountOf<F> {
  const r = discountRateIn(rate, "rate");
  const call = currencyOfCall();
  const values = amountsIn(flows, "flows", call);
  if (values.length === 0) throw outOfDomain("flows", flows, "must hold at least one cash flow");
  const opts = optionsIn(options, "options", ["convention"]);
  const convention = opts["convention"];
  let offset: 0 | 1;
  if (convention === undefined || convention === "excel") offset = 1;
  else if (convention === "first-at-time-zero") offset = 0;
  else throw outOfDomain("options.convention", convention, 'must be "excel" or "first-at-time-zero"');
  return amountOut(npvKernel(r, values, offset), call, "NPV") as AmountOf<F>;
}

/** Options of {@link xnpv}. */
export interface XnpvOptions {
  /** The day count that turns dates into years (default `"ACT/365F"`: actual days / 365, as the spreadsheet XNPV). */
  readonly basis?: DayCountBasis;
}

/**
 * Net present value of cash flows on dates (actual days / 365 by default, as the spreadsheet XNPV).
 *
 * @param rate - the annual discount rate (> −1): a number or a Ratio
 * @param flows - the cash flows (numbers or Money of one currency)
 * @param dates - their dates (`Date`, ISO `"YYYY-MM-DD"` or CalendarDate); the first is the valuation date and none may precede it
 * @param options - `basis`: the day count that turns dates into years (default `"ACT/365F"`)
 * @returns Σ flows[i] / (1 + rate)^t[i], t[i] the years from dates[0] to dates[i]: a Decimal, or Money
 * @throws FinModelError `OUT_OF_DOMAIN` (rate ≤ −1, lengths differ, no flows), `INVALID_PERIOD` (a bad date or one before the first), `CURRENCY_MISMATCH`
 *
 * Notes: the default day count is actual/365, as in spreadsheets; `basis` selects another one (see `yearFraction`).
 *
 * @example
 * ```ts
 * import { xnpv } from "finmodel";
 * const flows = [-10000, 2750, 4250, 3250, 2750];
 * const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
 * xnpv(0.09, flows, dates).toFixed(2) //=> "2086.65"
 * xnpv(0.09, [-100, 100], ["2008-01-01", "2007-01-01"]) // throws FinModelError INVALID_PERIOD
 * // one year under 30/360: 100 / 1.09
 * xnpv(0.09, [0, 100], ["2024-01-31", "2025-01-31"], { basis: "30/360 US" }).toFixed(4) //=> "91.7431"
 * ```
 */
export function xnpv<F extends AmountInput>(rate: RateInput, flows: readonly F[], dates: readonly DateInput[], options?: XnpvOptions): AmountOf<F> {
  const r = discountRateIn(rate, "rate");
  const call = currencyOfCall();
  const values = amountsIn(flows, "flows", call);
  if (values.length === 0) throw outOfDomain("flows", flows, "must hold at least one cash flow");
  const days = dayNumbers(dates, values.length, false);
  const opts = optionsIn(options, "options", ["basis"]);
  return amountOut(xnpvKernel(r, values, yearDays(dates, days, opts["basis"])), call, "XNPV") as AmountOf<F>;
}

