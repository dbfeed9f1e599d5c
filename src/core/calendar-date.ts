import { invalidPeriod } from "./errors.js";

/**
 * A date on the calendar, with no time and no time zone: 2025-12-31 is the
 * same day in Hong Kong and in Los Angeles. Months are 1–12.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * A date as finmodel accepts it:
 * - an ISO date string `"YYYY-MM-DD"` (read as that calendar day in every time zone);
 * - a {@link CalendarDate};
 * - a JavaScript `Date`, read as its **local calendar day**: the day a user who
 *   wrote `new Date(2025, 11, 31)` (or `new Date(2025, 11, 31, 20, 30)`) means,
 *   in whatever time zone the program runs. This is the one rule for every
 *   `Date` finmodel reads. Note that `new Date("2025-12-31")` is midnight UTC,
 *   which west of UTC is still 30 December locally: to name a day whatever
 *   the zone, pass the ISO string `"2025-12-31"` itself.
 */
export type DateInput = Date | string | CalendarDate;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Makes a {@link CalendarDate}, checking that the day exists.
 *
 * @param year - four-digit year (1000–9999)
 * @param month - month, 1–12
 * @param day - day of the month
 * @returns a frozen CalendarDate
 * @throws FinModelError `INVALID_PERIOD` for a day that does not exist (2025-02-29)
 *
 * @example
 * ```ts
 * import { calendarDate } from "finmodel";
 * calendarDate(2025, 12, 31) //=> { year: 2025, month: 12, day: 31 }
 * calendarDate(2025, 2, 29) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function calendarDate(year: number, month: number, day: number, path = "date"): CalendarDate {
  const ok =
    Number.isInteger(year) && year >= 1000 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
  if (!ok) {
    // Only numbers are written into the message: a Symbol or a Proxy cannot be turned into text.
    const shown = [year, month, day].map((n) => (typeof n === "number" ? String(n) : typeof n)).join("-");
    throw invalidPeriod(path, shown, "must be a valid calendar date (years 1000–9999)");
  }
  return Object.freeze({ year, month, day });
}

/**
 * Reads a {@link DateInput} as a calendar date (see DateInput for how a `Date` is read).
 *
 * @param input - a `Date`, an ISO `"YYYY-MM-DD"` string or a CalendarDate
 * @param path - the argument's name, used in the error message
 * @returns the CalendarDate
 * @throws FinModelError `INVALID_PERIOD` for anything that is not a valid date
 *
 * @example
 * ```ts
 * import { toCalendarDate } from "finmodel";
 * toCalendarDate("2026-01-01") //=> { year: 2026, month: 1, day: 1 }
 * toCalendarDate(new Date(2026, 0, 1)) //=> { year: 2026, month: 1, day: 1 }
 * toCalendarDate(new Date(2026, 0, 1, 23, 59)) //=> { year: 2026, month: 1, day: 1 }
 * toCalendarDate("2026-13-01") // throws FinModelError INVALID_PERIOD
 * ```
 */
export function toCalendarDate(input: DateInput, path = "date"): CalendarDate {
  if (typeof input === "string") {
    const m = ISO_DATE.exec(input.trim());
    if (!m) throw invalidPeriod(path, input, "must be an ISO date \"YYYY-MM-DD\"");
    return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), path);
  }
  // A getter or Proxy trap that throws makes the input unreadable: INVALID_PERIOD below, not its error.
  let read: Date | readonly [number, number, number] | 0 = 0;
  try {
    read = input instanceof Date ? input : typeof input === "object" && input !== null && "year" in input && "month" in input && "day" in input ? [input.year, input.month, input.day] : 0;
  } catch {
    // unreadable
  }
  if (read instanceof Date) {
    const t = read.getTime();
    if (Number.isNaN(t)) throw invalidPeriod(path, read, "must be a valid Date");
    return calendarDate(read.getFullYear(), read.getMonth() + 1, read.getDate(), path);
  }
  if (read !== 0) return calendarDate(read[0], read[1], read[2], path);
  throw invalidPeriod(path, input, "must be a Date, an ISO date \"YYYY-MM-DD\" or a calendar date");
}

/**
 * Tells whether a value is a {@link CalendarDate} (a valid one).
 *
 * @param value - anything
 * @returns true for an object with a valid year, month and day
 *
 * @example
 * ```ts
 * import { isCalendarDate } from "finmodel";
 * isCalendarDate({ year: 2025, month: 9, day: 30 }) //=> true
 * isCalendarDate("2025-09-30") //=> false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "object" || value === null) return false;
  // Inside the try: `instanceof` reads the prototype, which a Proxy trap may refuse by throwing.
  try {
    if (value instanceof Date) return false;
    toCalendarDate(value as CalendarDate);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a calendar date as ISO `YYYY-MM-DD`.
 *
 * @param input - a date
 * @returns the ISO string
 *
 * @example
 * ```ts
 * import { formatIsoDate } from "finmodel";
 * formatIsoDate({ year: 2025, month: 9, day: 30 }) //=> "2025-09-30"
 * ```
 */
export function formatIsoDate(input: DateInput): string {
  const d = toCalendarDate(input);
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
