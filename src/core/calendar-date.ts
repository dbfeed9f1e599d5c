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
 * - a JavaScript `Date`. A `Date` at exactly midnight UTC (what
 *   `new Date("2025-12-31")` makes) is read by its UTC fields; any other
 *   `Date` (such as `new Date(2025, 11, 31)`, local midnight) by its local
 *   fields. Both spellings of a day therefore give that day, whatever the
 *   machine's time zone.
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
 * toCalendarDate(new Date("2026-01-01")) //=> { year: 2026, month: 1, day: 1 }
 * toCalendarDate(new Date(2026, 0, 1)) //=> { year: 2026, month: 1, day: 1 }
 * toCalendarDate("2026-13-01") // throws FinModelError INVALID_PERIOD
 * ```
 */
export function toCalendarDate(input: DateInput, path = "date"): CalendarDate {
  if (typeof input === "string") {
    const m = ISO_DATE.exec(input.trim());
    if (!m) throw invalidPeriod(path, input, "must be an ISO date \"YYYY-MM-DD\"");
    return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), path);
  }
  if (typeof input === "object" && input !== null) {
    let date: Date | undefined;
    let fields: { year: number; month: number; day: number } | undefined;
    try {
      if (input instanceof Date) date = input;
      else if ("year" in input && "month" in input && "day" in input) fields = { year: input.year, month: input.month, day: input.day };
    } catch {
      // a getter or Proxy trap that throws: not a date
      throw invalidPeriod(path, input, "must be a Date, an ISO date \"YYYY-MM-DD\" or a calendar date whose fields can be read");
    }
    if (date !== undefined) return fromDate(date, path);
    if (fields !== undefined) return calendarDate(fields.year, fields.month, fields.day, path);
  }
  throw invalidPeriod(path, input, "must be a Date, an ISO date \"YYYY-MM-DD\" or a calendar date");
}

function fromDate(input: Date, path: string): CalendarDate {
  const t = input.getTime();
  if (Number.isNaN(t)) throw invalidPeriod(path, input, "must be a valid Date");
  if (t % 86_400_000 === 0) {
    return calendarDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate(), path);
  }
  return calendarDate(input.getFullYear(), input.getMonth() + 1, input.getDate(), path);
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
  if (typeof value !== "object" || value === null || value instanceof Date) return false;
  try {
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
