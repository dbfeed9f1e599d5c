import { addDays, addMonths, differenceInCalendarDays } from "date-fns";
import { type CalendarDate, type DateInput, toCalendarDate } from "../core/calendar-date.js";
import { Decimal } from "../core/decimal.js";
import { invalidPeriod, outOfDomain } from "../core/errors.js";
import { type Numeric, finiteResult } from "../core/numeric.js";
import { fromLocalDate, toLocalNoon } from "../time/days.js";
import {
  type AmountInput,
  type AmountResult,
  type RateInput,
  amount,
  amountResult,
  fields,
  log1p,
  notNegative,
  options,
  plain,
  rate,
  scope,
} from "./inputs.js";

/** Options of {@link runwayMonths} and {@link cashOutDate}. */
export interface RunwayOptions {
  /**
   * Growth of the burn per month (0.02 for +2% a month; negative for a burn that shrinks),
   * as a fraction or Ratio, > −1. Default 0: a constant burn.
   */
  readonly burnGrowth?: RateInput;
}

/** @internal Months of runway as a Decimal. */
function runwayOf(cash: unknown, monthlyBurn: unknown, opts: unknown): Decimal {
  const sc = scope();
  const c = notNegative(amount(sc, cash, "cash"), "cash", cash);
  const b = amount(sc, monthlyBurn, "monthlyBurn");
  if (b.isZero() || b.isNegative()) {
    throw outOfDomain("monthlyBurn", monthlyBurn, "must be positive: the company is not burning cash, so it has no runway to measure");
  }
  const o = options(opts, ["burnGrowth"]);
  if (o.burnGrowth === undefined) return c.div(b);
  const g = rate(o.burnGrowth, "options.burnGrowth", "growth");
  if (g.lte(-1)) throw outOfDomain("options.burnGrowth", o.burnGrowth, "must be greater than −1 (−100% a month)");
  if (g.isZero()) return c.div(b);
  // Σ burn over t months = b((1+g)^t − 1)/g = c  ⇔  (1+g)^t = 1 + c·g/b
  const u = c.times(g).div(b);
  if (u.lte(-1)) {
    const lifetime = b.div(g.neg());
    throw outOfDomain("options.burnGrowth", o.burnGrowth, `leaves the company never out of cash: the burn shrinks so fast that all future burn (${lifetime.toString()}) does not use up the cash (${c.toString()})`);
  }
  return log1p(u).div(log1p(g));
}

/**
 * How many months the cash lasts at the current burn.
 *
 * Notes: at a constant burn, months = cash / monthlyBurn (US$1.05B at US$27.9M a month is about
 * 37.6 months). With `burnGrowth` g the burn of month k (k = 1, 2, …) is monthlyBurn × (1 + g)^(k−1),
 * so the cash spent by month t is monthlyBurn × ((1 + g)^t − 1) / g, and the closed form is
 * t = ln(1 + cash × g / monthlyBurn) / ln(1 + g) (no loop). A burn of zero or less is
 * `OUT_OF_DOMAIN` ("not burning cash"), never Infinity; so is a shrinking burn that never
 * exhausts the cash.
 *
 * @param cash - cash on hand, ≥ 0 (Numeric or Money)
 * @param monthlyBurn - cash consumed per month, > 0, same currency
 * @param options - `{ burnGrowth }`, optional
 * @returns months of runway, a Decimal (fractional)
 * @throws FinModelError `OUT_OF_DOMAIN` (no burn, negative cash, burn growth ≤ −1 or never running out),
 *   `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, runwayMonths } from "finmodel";
 * runwayMonths(money(1.05e9, "USD"), money(27.9e6, "USD")).toFixed(1) //=> "37.6"
 * // 1.02^t = 1 + 1.05e9 × 0.02 / 27.9e6 → t ≈ 28.3 months
 * runwayMonths(1.05e9, 27.9e6, { burnGrowth: 0.02 }).toFixed(1) //=> "28.3"
 * runwayMonths(1.05e9, 0) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function runwayMonths<C extends string>(cash: AmountInput<C>, monthlyBurn: AmountInput<NoInfer<C>>, options?: RunwayOptions): Decimal {
  return finiteResult(runwayOf(cash, monthlyBurn, options), "runway");
}

/** The highest number of months a date computation accepts (the calendar ends in year 9999). */
const MAX_MONTHS = 12 * 9000;

/**
 * The calendar date on which the cash runs out at the current burn.
 *
 * Notes: with m = {@link runwayMonths}(cash, monthlyBurn, options), the date is `asOf` plus
 * ⌊m⌋ calendar months (date-fns `addMonths`, which clamps to the month's last day: Jan 31 + 1
 * month is Feb 28/29), plus ⌊(m − ⌊m⌋) × d⌋ days, where d is the number of days from `asOf` + ⌊m⌋
 * months to `asOf` + ⌊m⌋ + 1 months (2025-07-31 + 7 months is 2026-02-28, and the next month runs to
 * 2026-03-31: d = 31). Before each rounding down, m is rounded to 24 and the day
 * count to 12 decimal places, so that a quotient computed as 8.999…9 counts as 9. This is the inverse
 * of the dated form of `monthlyBurn()`. Time zones never shift the day.
 *
 * @param asOf - the date of the cash balance
 * @param cash - cash on hand, ≥ 0 (Numeric or Money)
 * @param monthlyBurn - cash consumed per month, > 0, same currency
 * @param options - `{ burnGrowth }`, optional
 * @returns the cash-out date as a {@link CalendarDate}
 * @throws FinModelError `OUT_OF_DOMAIN` (see runwayMonths, or a date after year 9999),
 *   `INVALID_PERIOD` for a bad date, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { cashOutDate, money } from "finmodel";
 * // 37.634… months: 2025-09-30 + 37 months = 2028-10-30, then ⌊0.634… × 31⌋ = 19 days
 * cashOutDate("2025-09-30", money(1.05e9, "USD"), money(27.9e6, "USD")) //=> { year: 2028, month: 11, day: 18 }
 * cashOutDate("2025-01-31", 30, 10) //=> { year: 2025, month: 4, day: 30 }
 * cashOutDate("2025-13-01", 30, 10) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function cashOutDate<C extends string>(
  asOf: DateInput,
  cash: AmountInput<C>,
  monthlyBurn: AmountInput<NoInfer<C>>,
  options?: RunwayOptions,
): CalendarDate {
  const start = toCalendarDate(asOf, "asOf");
  const m = runwayOf(cash, monthlyBurn, options);
  if (m.gt(MAX_MONTHS)) throw outOfDomain("cash", cash, `lasts ${m.toFixed(0)} months, beyond the calendar finmodel supports (year 9999)`);
  // Rounding before each floor keeps a 34-digit quotient such as 8.999…9 from losing a day.
  const months = m.toDecimalPlaces(24, Decimal.ROUND_HALF_EVEN);
  const whole = months.floor();
  const from = toLocalNoon(start);
  const reached = addMonths(from, whole.toNumber());
  const days = months.minus(whole).times(monthAfter(from, whole.toNumber())).toDecimalPlaces(12, Decimal.ROUND_HALF_EVEN).floor().toNumber();
  return fromLocalDate(addDays(reached, days));
}

/** The fields of {@link monthlyBurn}: two cash balances and either a number of months or two dates. */
export type MonthlyBurnInput<S extends AmountInput = AmountInput, E extends AmountInput = AmountInput> =
  | {
      /** Cash at the start of the period. */
      readonly cashStart: S;
      /** Cash at the end of the period. */
      readonly cashEnd: E;
      /** The length of the period in months, > 0. */
      readonly months: Numeric;
    }
  | {
      /** Cash at the start of the period (balance-sheet date `start`). */
      readonly cashStart: S;
      /** Cash at the end of the period (balance-sheet date `end`). */
      readonly cashEnd: E;
      /** The first balance-sheet date. */
      readonly start: DateInput;
      /** The second balance-sheet date, after `start`. */
      readonly end: DateInput;
    };

/**
 * The days of month `whole + 1` counted from `from`: from `from` + `whole` months to `from` +
 * `whole + 1` months (addMonths clamps to a month's last day, so after Jan 31 + 1 month = Feb 28
 * the next month ends on Mar 31, 31 days later). cashOutDate and monthlyBurn both measure a
 * fraction of a month over this span, so that each inverts the other.
 */
function monthAfter(from: Date, whole: number): number {
  return differenceInCalendarDays(addMonths(from, whole + 1), addMonths(from, whole));
}

/** Months between two calendar dates: whole months (by addMonths) plus the remaining days over the days of the next month (see monthAfter). */
function monthsBetween(startInput: DateInput, endInput: DateInput): Decimal {
  const s = toLocalNoon(toCalendarDate(startInput, "start"));
  const e = toLocalNoon(toCalendarDate(endInput, "end"));
  if (differenceInCalendarDays(e, s) <= 0) throw invalidPeriod("end", endInput, "must be after start");
  // The most whole months that addMonths (the rule cashOutDate uses) can add without passing `end`.
  let whole = (e.getFullYear() - s.getFullYear()) * 12 + (e.getMonth() - s.getMonth());
  if (differenceInCalendarDays(e, addMonths(s, whole)) < 0) whole -= 1;
  const anchor = addMonths(s, whole);
  const rest = differenceInCalendarDays(e, anchor);
  return new Decimal(whole).plus(new Decimal(rest).div(monthAfter(s, whole)));
}

/**
 * The average monthly cash burn between two cash balances.
 *
 * Notes: burn = (cashStart − cashEnd) / months. Given two balance-sheet dates instead of
 * `months`, the months between them are the most whole months that date-fns `addMonths` can add to
 * `start` without passing `end` (so month ends match: 2024-12-31 + 9 months = 2025-09-30), plus the remaining days over the days from there to `start` plus one more month (2024-12-31 → 2025-09-30
 * is exactly 9). A negative result means the cash grew.
 *
 * @param input - `{ cashStart, cashEnd, months }` or `{ cashStart, cashEnd, start, end }`
 * @returns the burn per month: Money in the inputs' currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` for months ≤ 0 or for giving both forms, `INVALID_PERIOD`
 *   for bad dates or `end` not after `start`, `CURRENCY_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, monthlyBurn } from "finmodel";
 * // (1.30B − 1.05B) / 9 months
 * monthlyBurn({ cashStart: money(1.3e9, "USD"), cashEnd: money(1.05e9, "USD"), months: 9 }).amount.toFixed(0) //=> "27777778"
 * monthlyBurn({ cashStart: 1.3e9, cashEnd: 1.05e9, start: "2024-12-31", end: "2025-09-30" }).toFixed(0) //=> "27777778"
 * monthlyBurn({ cashStart: 10, cashEnd: 5, months: 0 }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function monthlyBurn<S extends AmountInput, E extends AmountInput>(
  input: MonthlyBurnInput<S, E>,
): AmountResult<[S, E]> {
  const o = fields(input, "input", ["cashStart", "cashEnd", "months", "start", "end"]);
  const sc = scope();
  const a = amount(sc, o.cashStart, "cashStart");
  const b = amount(sc, o.cashEnd, "cashEnd");
  let months: Decimal;
  if (o.months !== undefined) {
    if (o.start !== undefined || o.end !== undefined) {
      throw outOfDomain("months", o.months, "must not be given together with start and end: give one or the other");
    }
    months = plain(o.months, "months");
    if (months.isZero() || months.isNegative()) throw outOfDomain("months", o.months, "must be positive");
  } else {
    if (o.start === undefined && o.end === undefined) {
      throw outOfDomain("months", o.months, "is missing: give months, or start and end dates");
    }
    months = monthsBetween(o.start as DateInput, o.end as DateInput);
  }
  return amountResult(sc, a.minus(b).div(months));
}
