// Kept apart from the day-count bases (./basis.ts): the spreadsheet face reads dates through
// this file only, so that its bundle never reaches the Decimal-based day counts.
import { type DateInput, toCalendarDate } from "../../core/calendar-date.js";
import { invalidPeriod, outOfDomain } from "../../core/errors.js";

const MS_PER_DAY = 86_400_000;
/** Serial-style day number of 1000-01-01 (the earliest date finmodel accepts). */
const FIRST_DAY = Date.UTC(1000, 0, 1) / MS_PER_DAY + 25_569;
/** The 1900-system serial number of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** 9999-12-31, the last serial a spreadsheet accepts. */
const LAST_SERIAL = 2_958_465;

/**
 * @internal A date as a day number on the spreadsheet 1900-system scale (2008-01-01 is
 * 39448), counting real calendar days. Differences of day numbers are `daysBetween`.
 *
 * With `serials`, a number is read as a spreadsheet serial: truncated like a spreadsheet
 * does, 1 = 1900-01-01 … 59 = 1900-02-28, 61 = 1900-03-01; 60 (the fictitious
 * 1900-02-29 of the 1900 leap-year bug) is rejected, and serials 1–59 are shifted by one
 * so that they count real days.
 */
export function dayNumber(input: unknown, path: string, serials: boolean): number {
  if (typeof input === "number" && serials) {
    const s = Math.trunc(input);
    if (!(s >= 1 && s <= LAST_SERIAL)) {
      throw invalidPeriod(path, input, "must be a date: a Date, an ISO \"YYYY-MM-DD\" string or a serial number from 1 (1900-01-01) to 2958465 (9999-12-31)");
    }
    if (s === 60) {
      throw invalidPeriod(path, input, "is serial 60, the day 1900-02-29 that spreadsheets invent (the 1900 leap-year bug) and that never existed");
    }
    return s < 60 ? s + 1 : s;
  }
  // Every Date goes through toCalendarDate: its local calendar day, the one rule for Dates.
  const d = toCalendarDate(input as DateInput, path);
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** @internal Reads the dates of dated flows and checks that none precedes the first. */
export function dayNumbers(dates: unknown, count: number, serials: boolean): Float64Array {
  if (!Array.isArray(dates)) throw invalidPeriod("dates", dates, "must be an array of dates");
  if (dates.length !== count) {
    throw outOfDomain("dates", dates, `must hold one date per cash flow (${count} cash flows, ${dates.length} dates)`);
  }
  const days = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const d = dates[i];
    // The common case first, without building a path string for messages: a Date at midnight
    // UTC where the machine's zone is UTC, whose local calendar day (the one rule for Dates) is its UTC day.
    const t = d instanceof Date ? d.getTime() : Number.NaN;
    const day = t / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    days[i] = t % MS_PER_DAY === 0 && day >= FIRST_DAY && day <= LAST_SERIAL && (d as Date).getTimezoneOffset() === 0 ? day : dayNumber(d, `dates[${i}]`, serials);
  }
  const d0 = days[0]!;
  for (let i = 1; i < count; i++) {
    if (days[i]! < d0) throw invalidPeriod(`dates[${i}]`, dates[i], "must not precede the first date, dates[0] (spreadsheets answer #NUM!)");
  }
  return days;
}
