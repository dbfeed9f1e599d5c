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

/**
 * The day number of a Date's local calendar day, or NaN for an invalid Date. The local day is
 * the UTC day or one of its neighbours (no zone is a day away from UTC); which one, the local
 * weekday tells (a getter V8 answers from the Date's cached fields, where the zone offset
 * itself would be a lookup per Date).
 */
function localDay(d: Date): number {
  // As a 32-bit integer (every valid Date is within ±10^8 days of 1970), so that % is cheap;
  // an invalid Date has a NaN weekday, so the result is NaN whatever utc became.
  const utc = Math.floor(d.getTime() / MS_PER_DAY) | 0;
  // 1970-01-01 (day 0) was a Thursday (4); k is the local weekday minus the UTC one, mod 7
  // (700000003 is a multiple of 7 plus 3, i.e. −4 mod 7, large enough to keep the sum positive).
  const k = (d.getDay() - utc + 700_000_003) % 7;
  return utc + (k === 6 ? -1 : k) + UNIX_EPOCH_SERIAL;
}

/**
 * The common cases of {@link dayNumber} without building a path string for messages: a serial
 * number past the invented 1900-02-29, or a valid Date (its local calendar day, the one rule for
 * Dates); NaN for anything else, which dayNumber then reads or refuses.
 */
function quickDay(d: unknown, serials: boolean): number {
  let day = Number.NaN;
  if (typeof d === "number") {
    if (serials && d >= 61) day = Math.trunc(d);
  } else if (d instanceof Date) {
    day = localDay(d);
  }
  return day >= FIRST_DAY && day <= LAST_SERIAL ? day : Number.NaN;
}

/** @internal Reads the dates of dated flows and checks that none precedes the first. */
export function dayNumbers(dates: unknown, count: number, serials: boolean): number[] {
  if (!Array.isArray(dates)) throw invalidPeriod("dates", dates, "must be an array of dates");
  if (dates.length !== count) {
    throw outOfDomain("dates", dates, `must hold one date per cash flow (${count} cash flows, ${dates.length} dates)`);
  }
  const days = new Array<number>(count);
  let d0 = Number.NaN;
  let early = -1;
  for (let i = 0; i < count; i++) {
    const d = dates[i];
    let day = quickDay(d, serials);
    if (day !== day) day = dayNumber(d, `dates[${i}]`, serials);
    days[i] = day;
    if (i === 0) d0 = day;
    else if (day < d0 && early < 0) early = i;
  }
  if (early > 0) throw invalidPeriod(`dates[${early}]`, dates[early], "must not precede the first date, dates[0] (spreadsheets answer #NUM!)");
  return days;
}

/** @internal The years from the first date of spreadsheet dated flows, and the largest of them. */
export interface FlowYears {
  readonly years: number[];
  readonly longest: number;
}

/**
 * @internal The spreadsheet XIRR's arguments read in one pass, in the common case only: every
 * value a finite number, and every date a serial number past 60 or every date a valid Date
 * (read as {@link quickDay} does), none before the first. Anything else is undefined, and the caller reads the arguments the
 * general way (`numbers`, {@link dayNumbers}), which refuses what must be refused with the
 * error it has always given.
 */
export function quickYears(values: unknown, dates: unknown): FlowYears | undefined {
  if (!Array.isArray(values) || !Array.isArray(dates)) return undefined;
  const n = values.length;
  if (dates.length !== n || n === 0) return undefined;
  // One loop per kind of date, each with a single type test per date.
  return typeof dates[0] === "number" ? serialYears(values, dates) : dateYears(values, dates);
}

function serialYears(values: readonly unknown[], dates: readonly unknown[]): FlowYears | undefined {
  const n = values.length;
  const first = dates[0] as number;
  if (!(first >= 61 && first < LAST_SERIAL + 1)) return undefined;
  const d0 = Math.trunc(first);
  const years = new Array<number>(n);
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const d = dates[i];
    if (typeof d !== "number" || !(d < LAST_SERIAL + 1)) return undefined;
    const t = (Math.trunc(d) - d0) / 365;
    // A NaN and a date before the first (so also any serial up to 60) fail this test.
    if (!(t >= 0) || !Number.isFinite(values[i])) return undefined;
    years[i] = t;
    if (t > longest) longest = t;
  }
  return { years, longest };
}

function dateYears(values: readonly unknown[], dates: readonly unknown[]): FlowYears | undefined {
  const n = values.length;
  const first = dates[0];
  if (!(first instanceof Date)) return undefined;
  const d0 = localDay(first);
  if (!(d0 >= FIRST_DAY && d0 <= LAST_SERIAL)) return undefined;
  const years = new Array<number>(n);
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const d = dates[i];
    if (!(d instanceof Date)) return undefined;
    const day = localDay(d);
    const t = (day - d0) / 365;
    // An invalid Date (NaN), a date before the first or after 9999 fail this test.
    if (!(t >= 0 && day <= LAST_SERIAL) || !Number.isFinite(values[i])) return undefined;
    years[i] = t;
    if (t > longest) longest = t;
  }
  return { years, longest };
}
