// Kept apart from the day-count bases (./basis.ts): the spreadsheet face reads dates through
// this file only, so that its bundle never reaches the Decimal-based day counts.
import { type DateInput, toCalendarDate } from "../../core/calendar-date.js";
import { invalidPeriod, outOfDomain } from "../../core/errors.js";
import { copyOfArray, elements } from "../../core/arrays.js";
import { needsNoScaling } from "./kernels.js";

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
  } else {
    // `instanceof` reads the prototype, which a Proxy trap may refuse by throwing: dayNumber
    // then refuses the date with its typed error.
    try {
      if (d instanceof Date) day = localDay(d);
    } catch {}
  }
  return day >= FIRST_DAY && day <= LAST_SERIAL ? day : Number.NaN;
}

/** @internal Reads the dates of dated flows and checks that none precedes the first. */
export function dayNumbers(input: unknown, count: number, serials: boolean): number[] {
  if (!Array.isArray(input)) throw invalidPeriod("dates", input, "must be an array of dates");
  const dates = elements(input, "dates");
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

/**
 * @internal Dated flows as days from the first date (none negative): the offsets, the largest,
 * and the widest step from one date to the next when every offset is a whole number of days
 * (−1 when one is not). The XIRR kernel multiplies its discount factors along the dates over
 * steps up to `widest` days (kernels.ts).
 */
export interface DayOffsets {
  /**
   * The values, each read once (so the kernel never reads the caller's array again): at least
   * two, of both signs, the largest in magnitude within [2^−100, 2^100] (so they need no scaling).
   */
  readonly flows: number[];
  readonly offsets: number[];
  readonly longest: number;
  readonly widest: number;
}

/**
 * @internal XIRR's arguments read in one pass, in the common case only: every value a finite
 * number, of both signs and of a magnitude that needs no scaling, and every date a valid Date
 * or (with `serials`, the spreadsheet face) every date a serial number past 60 (read as
 * {@link quickDay} does), none before the first. Anything else is undefined, and the caller
 * reads the arguments the general way (`numbers`, {@link dayNumbers}), which refuses what must
 * be refused with the error it has always given.
 */
export function quickOffsets(input: unknown, dates: unknown, serials: boolean): DayOffsets | undefined {
  if (!Array.isArray(input) || !Array.isArray(dates)) return undefined;
  // An array that cannot be read (a getter or a Proxy trap throws) is left to the general
  // readers, which refuse it with a typed error.
  try {
    // A snapshot of the values; the loops below read each date once, and push its offset in
    // whole days as a 32-bit integer: a packed array of small integers whichever kind of date
    // it came from, which the kernel reads fastest and always the same way (measured against
    // a holey array made by `new Array(n)`, and against a copy of the dates overwritten).
    const values = copyOfArray(input);
    if (values === undefined) return undefined;
    const n = values.length;
    if (dates.length !== n || n === 0) return undefined;
    // One loop per kind of date, each with a single type test per date.
    const first: unknown = dates[0];
    if (typeof first !== "number") return dateOffsets(values, dates, first);
    return serials ? serialOffsets(values, dates, first) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Flows of both signs whose largest magnitude needs no scaling: what the XIRR kernel checks
 * and scales on its own otherwise (kernels.ts `flowsOf`), so that the common case is read once.
 */
function inScale(hi: number, lo: number): boolean {
  return hi > 0 && lo < 0 && needsNoScaling(Math.max(hi, -lo));
}

function serialOffsets(values: readonly unknown[], dates: readonly unknown[], first: number): DayOffsets | undefined {
  const n = values.length;
  if (!(first >= 61 && first < LAST_SERIAL + 1) || !Number.isFinite(values[0])) return undefined;
  const d0 = Math.trunc(first);
  const offsets = [0];
  let longest = 0;
  let widest = 0;
  let previous = 0;
  let hi = values[0] as number;
  let lo = hi;
  for (let i = 1; i < n; i++) {
    const d = dates[i];
    if (typeof d !== "number" || !(d < LAST_SERIAL + 1)) return undefined;
    const o = Math.trunc(d) - d0;
    // A NaN and a date before the first (so also any serial up to 60) fail this test.
    const v = values[i] as number;
    if (!(o >= 0) || !Number.isFinite(v)) return undefined;
    // Checked to be from 0 to LAST_SERIAL (only then): `| 0` keeps it a small integer.
    offsets.push(o | 0);
    if (o > longest) longest = o;
    if (o - previous > widest) widest = o - previous;
    previous = o;
    if (v > hi) hi = v;
    else if (v < lo) lo = v;
  }
  return inScale(hi, lo) ? { flows: values as number[], offsets, longest, widest } : undefined;
}

function dateOffsets(values: readonly unknown[], dates: readonly unknown[], first: unknown): DayOffsets | undefined {
  const n = values.length;
  if (!(first instanceof Date)) return undefined;
  const d0 = localDay(first);
  if (!(d0 >= FIRST_DAY && d0 <= LAST_SERIAL) || !Number.isFinite(values[0])) return undefined;
  const offsets = [0];
  let longest = 0;
  let widest = 0;
  let previous = 0;
  let hi = values[0] as number;
  let lo = hi;
  for (let i = 1; i < n; i++) {
    const d = dates[i];
    if (!(d instanceof Date)) return undefined;
    const day = localDay(d);
    const o = day - d0;
    // An invalid Date (NaN), a date before the first or after 9999 fail this test.
    const v = values[i] as number;
    if (!(o >= 0 && day <= LAST_SERIAL) || !Number.isFinite(v)) return undefined;
    offsets.push(o);
    if (o > longest) longest = o;
    if (o - previous > widest) widest = o - previous;
    previous = o;
    if (v > hi) hi = v;
    else if (v < lo) lo = v;
  }
  return inScale(hi, lo) ? { flows: values as number[], offsets, longest, widest } : undefined;
}
