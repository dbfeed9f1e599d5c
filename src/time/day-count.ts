import { differenceInCalendarDays, isLastDayOfMonth, isLeapYear } from "date-fns";
import { type CalendarDate, type DateInput, formatIsoDate, toCalendarDate } from "../core/calendar-date.js";
import { Decimal } from "../core/decimal.js";
import { invalidPeriod, outOfDomain } from "../core/errors.js";
import { toLocalNoon } from "./days.js";
import { compareDates } from "./period.js";

/**
 * A day-count convention: how a span of days becomes a fraction of a year.
 *
 * | basis | rule | spreadsheet YEARFRAC basis |
 * | --- | --- | --- |
 * | `ACT/365F` | actual days / 365 | 3 |
 * | `ACT/360` | actual days / 360 | 2 |
 * | `ACT/ACT ISDA` | days in non-leap years / 365 + days in leap years / 366 | none (basis 1 averages year lengths instead) |
 * | `30/360 US` | 30-day months, NASD rules with the end-of-February adjustments | 0 |
 * | `30E/360` | 30-day months, Eurobond rules (every 31st becomes the 30th) | 4 |
 */
export type DayCountBasis = "ACT/365F" | "ACT/360" | "ACT/ACT ISDA" | "30/360 US" | "30E/360";

/**
 * The day-count conventions {@link yearFraction} knows, in a fixed order.
 *
 * @example
 * ```ts
 * import { dayCountBases } from "finmodel";
 * dayCountBases.includes("30/360 US") //=> true
 * dayCountBases.length //=> 5
 * ```
 */
export const dayCountBases: readonly DayCountBasis[] = /* @__PURE__ */ Object.freeze(["ACT/365F", "ACT/360", "ACT/ACT ISDA", "30/360 US", "30E/360"]);

function actualDays(start: CalendarDate, end: CalendarDate): number {
  return differenceInCalendarDays(toLocalNoon(end), toLocalNoon(start));
}

function isEndOfFebruary(date: CalendarDate): boolean {
  return date.month === 2 && isLastDayOfMonth(toLocalNoon(date));
}

/** Days between two dates counted with 30-day months and 360-day years, from adjusted day numbers. */
function days360(start: CalendarDate, end: CalendarDate, d1: number, d2: number): number {
  return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1);
}

/**
 * 30/360 US as spreadsheets compute YEARFRAC basis 0, with the rules applied
 * in this order (the first that matches wins):
 * 1. both days are the 31st: both become the 30th;
 * 2. the start day is the 31st: it becomes the 30th;
 * 3. the start day is the 30th and the end day the 31st: the end becomes the 30th;
 * 4. both dates are the last day of February: both become the 30th;
 * 5. the start date is the last day of February: it becomes the 30th.
 */
function days360Us(start: CalendarDate, end: CalendarDate): number {
  let d1 = start.day;
  let d2 = end.day;
  if (d1 === 31 && d2 === 31) {
    d1 = 30;
    d2 = 30;
  } else if (d1 === 31) {
    d1 = 30;
  } else if (d1 === 30 && d2 === 31) {
    d2 = 30;
  } else if (isEndOfFebruary(start) && isEndOfFebruary(end)) {
    d1 = 30;
    d2 = 30;
  } else if (isEndOfFebruary(start)) {
    d1 = 30;
  }
  return days360(start, end, d1, d2);
}

/** 30E/360 (Eurobond basis): a 31st, at either end, becomes the 30th; February is not adjusted. */
function days360European(start: CalendarDate, end: CalendarDate): number {
  return days360(start, end, Math.min(start.day, 30), Math.min(end.day, 30));
}

/** ACT/ACT ISDA: the span split at each 1 January, days in leap years over 366, the others over 365. */
function actActIsda(start: CalendarDate, end: CalendarDate): Decimal {
  let common = 0;
  let leap = 0;
  for (let year = start.year; year <= end.year; year++) {
    const from = year === start.year ? start : { year, month: 1, day: 1 };
    const to = year === end.year ? end : { year: year + 1, month: 1, day: 1 };
    const days = actualDays(from, to);
    if (isLeapYear(toLocalNoon(from))) leap += days;
    else common += days;
  }
  // common/365 + leap/366 as one fraction, so that the result is rounded once.
  return new Decimal(common * 366 + leap * 365).div(365 * 366);
}

/**
 * The fraction of a year from `start` to `end` under a day-count convention.
 *
 * @param start - the first date: a `Date`, an ISO `"YYYY-MM-DD"` or a CalendarDate
 * @param end - the last date (same forms), not before `start`
 * @param basis - the day-count convention (see {@link DayCountBasis}); default `"ACT/365F"`
 * @returns the year fraction as a Decimal (34 significant digits)
 * @throws FinModelError `INVALID_PERIOD` for an invalid date or `end` before `start`;
 *   `OUT_OF_DOMAIN` for an unknown basis
 *
 * Notes: with D = actual days from start to end,
 * - `ACT/365F` = D / 365 and `ACT/360` = D / 360;
 * - `ACT/ACT ISDA` = (days falling in non-leap years) / 365 + (days falling in leap years) / 366,
 *   counting the start day and not the end day;
 * - `30/360 US` = (360 (Y2 − Y1) + 30 (M2 − M1) + (D2 − D1)) / 360 after adjusting the days as
 *   spreadsheets' YEARFRAC basis 0 does: (1) both 31st → both 30th; else (2) D1 = 31st → 30th;
 *   else (3) D1 = 30th and D2 = 31st → D2 = 30th; else (4) both last day of February → both 30th;
 *   else (5) D1 last day of February → 30th. Because the rules are exclusive, a span from the
 *   end of February to a 31st keeps D2 = 31 (the SIA rule book would make it 30);
 * - `30E/360` = the same formula with every 31st (start or end) made the 30th and no February rule.
 *
 * A `Date` is read as its calendar day (see {@link DateInput}); the machine's time
 * zone and daylight-saving changes never change the count. Unlike a spreadsheet,
 * dates in the wrong order are an error, not swapped.
 *
 * @example
 * ```ts
 * import { yearFraction } from "finmodel";
 * yearFraction("2024-01-01", "2025-01-01") //=> "1.002739726027397260273972602739726"
 * yearFraction("2012-01-01", "2012-07-30", "30/360 US").toFixed(8) //=> "0.58055556"
 * yearFraction("2012-01-01", "2012-07-30", "ACT/ACT ISDA").toFixed(8) //=> "0.57650273"
 * yearFraction("2025-01-01", "2025-07-01", "ACT/360") //=> "0.5027777777777777777777777777777778"
 * yearFraction("2025-01-31", "2025-03-31", "30E/360") //=> "0.1666666666666666666666666666666667"
 * yearFraction("2025-02-01", "2025-01-01") // throws FinModelError INVALID_PERIOD
 * ```
 */
export function yearFraction(start: DateInput, end: DateInput, basis: DayCountBasis = "ACT/365F"): Decimal {
  const s = toCalendarDate(start, "start");
  const e = toCalendarDate(end, "end");
  if (!dayCountBases.includes(basis)) {
    throw outOfDomain("basis", basis, `must be one of ${dayCountBases.map((b) => `"${b}"`).join(", ")}`);
  }
  if (compareDates(e, s) < 0) throw invalidPeriod("end", end, `must not be before start ${formatIsoDate(s)}`);
  switch (basis) {
    case "ACT/365F":
      return new Decimal(actualDays(s, e)).div(365);
    case "ACT/360":
      return new Decimal(actualDays(s, e)).div(360);
    case "ACT/ACT ISDA":
      return actActIsda(s, e);
    case "30/360 US":
      return new Decimal(days360Us(s, e)).div(360);
    case "30E/360":
      return new Decimal(days360European(s, e)).div(360);
  }
}
