import { addDays, getDaysInMonth, isLastDayOfMonth, startOfMonth, subMonths } from "date-fns";
import { readOptions } from "../core/options.js";
import { type CalendarDate, type DateInput, calendarDate, formatIsoDate, toCalendarDate } from "../core/calendar-date.js";
import { invalidPeriod, outOfDomain } from "../core/errors.js";
import { fromLocalDate, toLocalNoon } from "./days.js";
import { field } from "../core/fields.js";

/** The kinds of {@link Period}. */
export type PeriodKind = "fiscal-year" | "period-to-date" | "quarter" | "ltm";

/** What every {@link Period} has. */
export interface PeriodBase {
  /** What kind of period this is. */
  readonly kind: PeriodKind;
  /** The first day of the period. */
  readonly start: CalendarDate;
  /** The last day of the period (inclusive). */
  readonly end: CalendarDate;
  /** How the period is written: `"FY2025"`, `"9M2025"`, `"Q3 2025"`, `"LTM 2025-09-30"`. */
  readonly label: string;
  /** The number of months the period covers (12 for a year or LTM, 3 for a quarter). */
  readonly months: number;
  /**
   * Present (and `true`) only when the period was read from a label that marks
   * an estimate, such as `"2027E"`: the span is the same, the figures for it
   * are not reported ones. See {@link describePeriod}.
   */
  readonly estimate?: true;
}

/** A fiscal year: 12 months ending on the last day of `yearEndMonth`. */
export interface FiscalYearPeriod extends PeriodBase {
  readonly kind: "fiscal-year";
  /** The fiscal year's number: the calendar year in which it ends. */
  readonly fiscalYear: number;
  /** The month (1–12) whose last day ends the fiscal year. */
  readonly yearEndMonth: number;
}

/** The first `months` months of a fiscal year (9M2025, 1H2025 = 6M2025). */
export interface PeriodToDate extends PeriodBase {
  readonly kind: "period-to-date";
  /** The fiscal year's number: the calendar year in which it ends. */
  readonly fiscalYear: number;
  /** The month (1–12) whose last day ends the fiscal year. */
  readonly yearEndMonth: number;
}

/** One quarter of a fiscal year. */
export interface QuarterPeriod extends PeriodBase {
  readonly kind: "quarter";
  /** The fiscal year's number: the calendar year in which it ends. */
  readonly fiscalYear: number;
  /** The month (1–12) whose last day ends the fiscal year. */
  readonly yearEndMonth: number;
  /** Which quarter of the fiscal year, 1–4. */
  readonly quarter: 1 | 2 | 3 | 4;
}

/** The last twelve months ending on a date. */
export interface LtmPeriod extends PeriodBase {
  readonly kind: "ltm";
}

/**
 * A span of time a figure describes: a fiscal year, a period to date, a
 * quarter or the last twelve months. A frozen plain object; `start` and `end`
 * are calendar dates and `end` is inclusive.
 */
export type Period = FiscalYearPeriod | PeriodToDate | QuarterPeriod | LtmPeriod;

/** Options of the fiscal-period factories ({@link fiscalYear}, {@link periodToDate}, {@link quarter}). */
export interface FiscalOptions {
  /**
   * The month (1–12) whose last day ends the fiscal year; default 12 (December).
   * A fiscal year is named by the calendar year in which it ends: with
   * `yearEndMonth: 3`, FY2025 runs from 2024-04-01 to 2025-03-31.
   */
  readonly yearEndMonth?: number;
}

const KINDS: readonly PeriodKind[] = ["fiscal-year", "period-to-date", "quarter", "ltm"];

/** @internal The year-end month of fiscal options (default 12). */
export function yearEndMonthOf(options: unknown, path = "options"): number {
  const value = readOptions(options as FiscalOptions | undefined, path, ["yearEndMonth"]).yearEndMonth;
  if (value === undefined) return 12;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 12) {
    throw invalidPeriod(`${path}.yearEndMonth`, value, "must be a month from 1 to 12");
  }
  return value;
}

function checkYear(year: unknown, path: string): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1001 || year > 9999) {
    throw invalidPeriod(path, year, "must be a whole year from 1001 to 9999");
  }
  return year;
}

// Months are counted on one axis: index = year * 12 + (month - 1).
function monthStart(index: number): CalendarDate {
  return calendarDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

function monthEnd(index: number): CalendarDate {
  const first = monthStart(index);
  return calendarDate(first.year, first.month, getDaysInMonth(toLocalNoon(first)));
}

/** The month index of the first month of fiscal year `year`. */
function fiscalStartIndex(year: number, yearEndMonth: number): number {
  return year * 12 + (yearEndMonth - 1) - 11;
}

/**
 * The fiscal year `year`: twelve months ending on the last day of
 * `options.yearEndMonth` (December by default) of the calendar year `year`.
 *
 * @param year - the fiscal year's number (the calendar year in which it ends)
 * @param options - `yearEndMonth` (1–12, default 12)
 * @returns a frozen Period of kind `"fiscal-year"`, labelled `"FY2025"`
 * @throws FinModelError `INVALID_PERIOD` for a year that is not a whole number from 1001 to 9999
 *   or a year-end month outside 1–12; `OUT_OF_DOMAIN` for options that are not an options object
 *
 * Notes: a fiscal year is named by the calendar year in which it ends, so with
 * a March year end FY2025 runs from 2024-04-01 to 2025-03-31. The label is
 * `"FY2025"` whatever the year end; the `yearEndMonth` field tells them apart.
 * 52/53-week fiscal years are not modelled.
 *
 * @example
 * ```ts
 * import { fiscalYear } from "finmodel";
 * fiscalYear(2025).label //=> "FY2025"
 * fiscalYear(2025).start //=> { year: 2025, month: 1, day: 1 }
 * fiscalYear(2025, { yearEndMonth: 3 }).start //=> { year: 2024, month: 4, day: 1 }
 * fiscalYear(2025, { yearEndMonth: 3 }).end //=> { year: 2025, month: 3, day: 31 }
 * fiscalYear(2025.5) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function fiscalYear(year: number, options?: FiscalOptions): FiscalYearPeriod {
  const y = checkYear(year, "year");
  const yearEndMonth = yearEndMonthOf(options);
  const first = fiscalStartIndex(y, yearEndMonth);
  return Object.freeze({
    kind: "fiscal-year",
    start: monthStart(first),
    end: monthEnd(first + 11),
    label: `FY${y}`,
    months: 12,
    fiscalYear: y,
    yearEndMonth,
  });
}

/**
 * The first `months` months of fiscal year `year` (a "period to date"):
 * `periodToDate(2025, 9)` is 9M2025, 2025-01-01 to 2025-09-30. A half year
 * (1H2025) is `periodToDate(2025, 6)`.
 *
 * @param year - the fiscal year's number (the calendar year in which it ends)
 * @param months - how many months from the start of the fiscal year, 1–11 (a full year is {@link fiscalYear})
 * @param options - `yearEndMonth` (1–12, default 12)
 * @returns a frozen Period of kind `"period-to-date"`, labelled `"9M2025"` (or `"9M FY2025"` for a non-December year end)
 * @throws FinModelError `INVALID_PERIOD` for a year that is not a whole number from 1001 to 9999,
 *   `months` outside 1–11 or a year-end month outside 1–12
 *
 * Notes: with a non-December year end the label carries "FY" because the
 * months are counted from the start of the fiscal year, not from January.
 *
 * @example
 * ```ts
 * import { periodToDate } from "finmodel";
 * const nine = periodToDate(2025, 9);
 * nine.label //=> "9M2025"
 * nine.end //=> { year: 2025, month: 9, day: 30 }
 * periodToDate(2025, 6, { yearEndMonth: 3 }).label //=> "6M FY2025"
 * periodToDate(2025, 6, { yearEndMonth: 3 }).end //=> { year: 2024, month: 9, day: 30 }
 * periodToDate(2025, 12) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function periodToDate(year: number, months: number, options?: FiscalOptions): PeriodToDate {
  const y = checkYear(year, "year");
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > 11) {
    throw invalidPeriod("months", months, "must be a whole number of months from 1 to 11 (a full year is a fiscal year)");
  }
  const yearEndMonth = yearEndMonthOf(options);
  const first = fiscalStartIndex(y, yearEndMonth);
  return Object.freeze({
    kind: "period-to-date",
    start: monthStart(first),
    end: monthEnd(first + months - 1),
    label: yearEndMonth === 12 ? `${months}M${y}` : `${months}M FY${y}`,
    months,
    fiscalYear: y,
    yearEndMonth,
  });
}

/**
 * Quarter `q` of fiscal year `year`: `quarter(2025, 3)` is Q3 2025, 2025-07-01 to 2025-09-30.
 *
 * @param year - the fiscal year's number (the calendar year in which it ends)
 * @param q - the quarter, 1–4
 * @param options - `yearEndMonth` (1–12, default 12)
 * @returns a frozen Period of kind `"quarter"`, labelled `"Q3 2025"` (or `"Q3 FY2025"` for a non-December year end)
 * @throws FinModelError `INVALID_PERIOD` for a year that is not a whole number from 1001 to 9999,
 *   a quarter outside 1–4 or a year-end month outside 1–12
 *
 * Notes: quarters are fiscal quarters: with a June year end, Q3 FY2025 is
 * 2025-01-01 to 2025-03-31.
 *
 * @example
 * ```ts
 * import { quarter } from "finmodel";
 * quarter(2025, 3).label //=> "Q3 2025"
 * quarter(2025, 3).start //=> { year: 2025, month: 7, day: 1 }
 * quarter(2025, 3, { yearEndMonth: 6 }).label //=> "Q3 FY2025"
 * quarter(2025, 3, { yearEndMonth: 6 }).end //=> { year: 2025, month: 3, day: 31 }
 * quarter(2025, 5) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function quarter(year: number, q: number, options?: FiscalOptions): QuarterPeriod {
  const y = checkYear(year, "year");
  if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw invalidPeriod("quarter", q, "must be 1, 2, 3 or 4");
  const yearEndMonth = yearEndMonthOf(options);
  const first = fiscalStartIndex(y, yearEndMonth) + 3 * (q - 1);
  return Object.freeze({
    kind: "quarter",
    start: monthStart(first),
    end: monthEnd(first + 2),
    label: yearEndMonth === 12 ? `Q${q} ${y}` : `Q${q} FY${y}`,
    months: 3,
    fiscalYear: y,
    yearEndMonth,
    quarter: q,
  });
}

/**
 * The last twelve months (LTM, also called TTM) ending on `endDate`, inclusive.
 *
 * @param endDate - the last day of the span: a `Date`, an ISO `"YYYY-MM-DD"` or a CalendarDate
 * @returns a frozen Period of kind `"ltm"`, labelled `"LTM 2025-09-30"`
 * @throws FinModelError `INVALID_PERIOD` if `endDate` is not a valid date (or the span would start before year 1000)
 *
 * Notes: when `endDate` is the last day of its month the span is the twelve
 * whole months ending with that month (LTM 2025-02-28 starts 2024-03-01, not
 * on the leap day); otherwise it starts the day after the same date one year
 * earlier (LTM 2025-06-15 starts 2024-06-16).
 *
 * @example
 * ```ts
 * import { ltm } from "finmodel";
 * ltm("2025-09-30").label //=> "LTM 2025-09-30"
 * ltm("2025-09-30").start //=> { year: 2024, month: 10, day: 1 }
 * ltm("2025-02-28").start //=> { year: 2024, month: 3, day: 1 }
 * ltm("2025-06-15").start //=> { year: 2024, month: 6, day: 16 }
 * ltm("2025-02-30") // throws FinModelError INVALID_PERIOD
 * ```
 */
export function ltm(endDate: DateInput): LtmPeriod {
  const end = toCalendarDate(endDate, "endDate");
  const noon = toLocalNoon(end);
  if (end.year < 1001) throw invalidPeriod("endDate", endDate, "must be in year 1001 or later");
  const startNoon = isLastDayOfMonth(noon) ? startOfMonth(subMonths(noon, 11)) : addDays(subMonths(noon, 12), 1);
  return Object.freeze({
    kind: "ltm",
    start: fromLocalDate(startNoon),
    end,
    label: `LTM ${formatIsoDate(end)}`,
    months: 12,
  });
}

/**
 * Tells whether a value is a {@link Period} (a consistent one: known kind,
 * valid dates, whole months from 1 to 12, end not before start).
 *
 * @param value - anything
 * @returns true for a Period
 *
 * @example
 * ```ts
 * import { isPeriod, quarter } from "finmodel";
 * isPeriod(quarter(2025, 3)) //=> true
 * isPeriod("Q3 2025") //=> false
 * ```
 */
export function isPeriod(value: unknown): value is Period {
  try {
    checkPeriod(value, "period");
    return true;
  } catch {
    return false;
  }
}

/** @internal Checks that a value is a Period and returns it. */
export function checkPeriod(value: unknown, path: string): Period {
  const expected = "must be a Period (from fiscalYear, periodToDate, quarter, ltm or parsePeriod)";
  if (typeof value !== "object" || value === null) throw invalidPeriod(path, value, expected);
  // Each field read once through the value algebra: a throwing getter or Proxy trap is UNIT_MISMATCH naming the field.
  const p = {
    kind: field(value, "kind", path),
    label: field(value, "label", path),
    months: field(value, "months", path),
    start: field(value, "start", path),
    end: field(value, "end", path),
  };
  if (!KINDS.includes(p.kind as PeriodKind) || typeof p.label !== "string") throw invalidPeriod(path, value, expected);
  const months = p.months;
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > 12) {
    throw invalidPeriod(`${path}.months`, months, "must be a whole number of months from 1 to 12");
  }
  const start = toCalendarDate(p.start as CalendarDate, `${path}.start`);
  const end = toCalendarDate(p.end as CalendarDate, `${path}.end`);
  if (compareDates(end, start) < 0) throw invalidPeriod(`${path}.end`, p.end, `must not be before ${path}.start ${formatIsoDate(start)}`);
  return value as Period;
}

/** @internal Orders two calendar dates: negative if a is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Writes a period for people: its label, followed by ", estimate" when it was
 * read from a label that marks an estimate (`"2027E"`).
 *
 * @param period - a Period
 * @returns `"FY2027"` or `"FY2027, estimate"`
 * @throws FinModelError `INVALID_PERIOD` if `period` is not a Period
 *
 * @example
 * ```ts
 * import { describePeriod, fiscalYear, parsePeriod } from "finmodel";
 * describePeriod(parsePeriod("2027E")) //=> "FY2027, estimate"
 * describePeriod(fiscalYear(2025)) //=> "FY2025"
 * describePeriod({} as never) // throws FinModelError INVALID_PERIOD
 * ```
 */
export function describePeriod(period: Period): string {
  const p = checkPeriod(period, "period");
  return p.estimate === true ? `${p.label}, estimate` : p.label;
}

/**
 * Tells whether two periods cover the same days with the same kind, ignoring
 * whether either is marked as an estimate (`FY2027` and `2027E` are the same period).
 *
 * @param a - a Period
 * @param b - another Period
 * @returns true if kind, start and end agree
 * @throws FinModelError `INVALID_PERIOD` if either is not a Period
 *
 * @example
 * ```ts
 * import { fiscalYear, parsePeriod, samePeriod, quarter } from "finmodel";
 * samePeriod(parsePeriod("FY2027E"), fiscalYear(2027)) //=> true
 * samePeriod(parsePeriod("2025年第三季度"), quarter(2025, 3)) //=> true
 * samePeriod(fiscalYear(2025), quarter(2025, 4)) //=> false
 * ```
 */
export function samePeriod(a: Period, b: Period): boolean {
  const p = checkPeriod(a, "a");
  const q = checkPeriod(b, "b");
  return p.kind === q.kind && compareDates(p.start, q.start) === 0 && compareDates(p.end, q.end) === 0;
}
