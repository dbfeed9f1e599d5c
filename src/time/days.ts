import { differenceInCalendarDays } from "date-fns";
import { type CalendarDate, type DateInput, calendarDate, toCalendarDate } from "../core/calendar-date.js";

/**
 * @internal A local-time `Date` at noon of a calendar day, for date-fns.
 * Noon keeps the day stable across daylight-saving shifts.
 */
export function toLocalNoon(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day, 12);
}

/** @internal The calendar day of a local-time Date made by date-fns from {@link toLocalNoon}. */
export function fromLocalDate(date: Date): CalendarDate {
  return calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The number of calendar days from `start` to `end` (negative if `end` is earlier).
 *
 * @param start - the first date
 * @param end - the second date
 * @returns whole days, end − start
 *
 * @example
 * ```ts
 * import { daysBetween } from "finmodel";
 * daysBetween("2024-01-01", "2025-01-01") //=> 366
 * daysBetween("2025-03-01", "2025-02-01") //=> -28
 * ```
 */
export function daysBetween(start: DateInput, end: DateInput): number {
  const s = toCalendarDate(start, "start");
  const e = toCalendarDate(end, "end");
  return differenceInCalendarDays(toLocalNoon(e), toLocalNoon(s));
}
