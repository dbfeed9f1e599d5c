// Day numbers under a day-count basis, for the finmodel face of XIRR and XNPV.
import type { DateInput } from "../../core/calendar-date.js";
import { outOfDomain } from "../../core/errors.js";
import { type DayCountBasis, dayCountBases, yearFraction } from "../../time/day-count.js";

/**
 * @internal Day numbers for a day-count basis: the first date's day number plus
 * yearFraction(first, date, basis) × 365, so that the kernels' (day − first) / 365 is the
 * basis's year fraction. Actual/365 (the default, as spreadsheets) keeps the actual days.
 */
export function yearDays(dates: readonly unknown[], days: number[], basis: unknown): number[] {
  if (basis === undefined || basis === "ACT/365F") return days;
  if (!dayCountBases.includes(basis as DayCountBasis)) {
    throw outOfDomain("options.basis", basis, `must be one of ${dayCountBases.join(", ")}`);
  }
  const out = new Array<number>(days.length);
  for (let i = 0; i < days.length; i++) {
    out[i] = days[0]! + yearFraction(dates[0] as DateInput, dates[i] as DateInput, basis as DayCountBasis).toNumber() * 365;
  }
  return out;
}
