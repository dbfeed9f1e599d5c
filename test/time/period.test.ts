import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  FinModelError,
  type Period,
  daysBetween,
  describePeriod,
  fiscalYear,
  isPeriod,
  ltm,
  periodToDate,
  quarter,
  samePeriod,
} from "finmodel";
import { compareDates } from "../../src/time/period.js";
import { codeOf } from "../support/errors.js";

const date = (iso: string) => {
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  return { year: y, month: m, day: d };
};
const span = (p: Period) => ({ start: p.start, end: p.end });
const dayAfter = (iso: { year: number; month: number; day: number }) => {
  const t = new Date(Date.UTC(iso.year, iso.month - 1, iso.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};


describe("fiscalYear", () => {
  it("is the calendar year by default", () => {
    const fy = fiscalYear(2025);
    expect(fy).toEqual({
      kind: "fiscal-year",
      start: date("2025-01-01"),
      end: date("2025-12-31"),
      label: "FY2025",
      months: 12,
      fiscalYear: 2025,
      yearEndMonth: 12,
    });
    expect(Object.isFrozen(fy)).toBe(true);
    expect(Object.isFrozen(fy.start)).toBe(true);
  });
  it("is named by the calendar year in which it ends", () => {
    // March year end: FY2025 = April 2024 – March 2025
    expect(span(fiscalYear(2025, { yearEndMonth: 3 }))).toEqual({ start: date("2024-04-01"), end: date("2025-03-31") });
    // June year end: FY2025 = July 2024 – June 2025
    expect(span(fiscalYear(2025, { yearEndMonth: 6 }))).toEqual({ start: date("2024-07-01"), end: date("2025-06-30") });
    // January year end: FY2025 = February 2024 – January 2025
    expect(span(fiscalYear(2025, { yearEndMonth: 1 }))).toEqual({ start: date("2024-02-01"), end: date("2025-01-31") });
    // February year end in a leap year ends on the 29th
    expect(span(fiscalYear(2024, { yearEndMonth: 2 }))).toEqual({ start: date("2023-03-01"), end: date("2024-02-29") });
    expect(fiscalYear(2025, { yearEndMonth: 3 }).label).toBe("FY2025");
    expect(fiscalYear(2025, { yearEndMonth: 3 }).yearEndMonth).toBe(3);
    expect(fiscalYear(2025, {})).toEqual(fiscalYear(2025));
  });
  it("rejects years and year ends that do not exist", () => {
    for (const y of [2025.5, 999, 10000, Number.NaN, "2025"]) expect(codeOf(() => fiscalYear(y as number))).toBe("INVALID_PERIOD");
    for (const m of [0, 13, 2.5, "3"]) {
      expect(codeOf(() => fiscalYear(2025, { yearEndMonth: m as number }))).toBe("INVALID_PERIOD");
    }
    expect(codeOf(() => fiscalYear(2025, null as never))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => fiscalYear(2025, { yearEnd: 3 } as never))).toBe("OUT_OF_DOMAIN");
  });
});

describe("periodToDate", () => {
  it("runs from the start of the fiscal year for the given months", () => {
    const nine = periodToDate(2025, 9);
    expect(nine).toEqual({
      kind: "period-to-date",
      start: date("2025-01-01"),
      end: date("2025-09-30"),
      label: "9M2025",
      months: 9,
      fiscalYear: 2025,
      yearEndMonth: 12,
    });
    expect(span(periodToDate(2025, 1))).toEqual({ start: date("2025-01-01"), end: date("2025-01-31") });
    expect(span(periodToDate(2024, 2))).toEqual({ start: date("2024-01-01"), end: date("2024-02-29") });
    expect(periodToDate(2025, 6).label).toBe("6M2025");
    expect(periodToDate(2025, 11).end).toEqual(date("2025-11-30"));
  });
  it("counts months from the fiscal year start for a non-December year end", () => {
    // FY2025 ending March starts 2024-04-01; 6 months → 2024-09-30
    const h1 = periodToDate(2025, 6, { yearEndMonth: 3 });
    expect(span(h1)).toEqual({ start: date("2024-04-01"), end: date("2024-09-30") });
    expect(h1.label).toBe("6M FY2025");
  });
  it("accepts 1 to 11 months only", () => {
    for (const m of [0, 12, 13, 2.5, -1, Number.NaN]) expect(codeOf(() => periodToDate(2025, m))).toBe("INVALID_PERIOD");
  });
});

describe("quarter", () => {
  it("gives the calendar quarters by default", () => {
    // Q1 = Jan–Mar, Q2 = Apr–Jun, Q3 = Jul–Sep, Q4 = Oct–Dec
    expect(span(quarter(2025, 1))).toEqual({ start: date("2025-01-01"), end: date("2025-03-31") });
    expect(span(quarter(2025, 2))).toEqual({ start: date("2025-04-01"), end: date("2025-06-30") });
    expect(span(quarter(2025, 3))).toEqual({ start: date("2025-07-01"), end: date("2025-09-30") });
    expect(span(quarter(2025, 4))).toEqual({ start: date("2025-10-01"), end: date("2025-12-31") });
    expect(quarter(2025, 3)).toMatchObject({ kind: "quarter", label: "Q3 2025", months: 3, quarter: 3, fiscalYear: 2025 });
  });
  it("gives fiscal quarters for a non-December year end", () => {
    // June year end: Q1 FY2025 = Jul–Sep 2024, Q3 FY2025 = Jan–Mar 2025
    expect(span(quarter(2025, 1, { yearEndMonth: 6 }))).toEqual({ start: date("2024-07-01"), end: date("2024-09-30") });
    expect(span(quarter(2025, 3, { yearEndMonth: 6 }))).toEqual({ start: date("2025-01-01"), end: date("2025-03-31") });
    expect(quarter(2025, 3, { yearEndMonth: 6 }).label).toBe("Q3 FY2025");
  });
  it("rejects quarters outside 1–4", () => {
    for (const q of [0, 5, 1.5, Number.NaN]) expect(codeOf(() => quarter(2025, q))).toBe("INVALID_PERIOD");
  });
  it("tiles the fiscal year: consecutive quarters meet, Q1 starts and Q4 ends the year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const fy = fiscalYear(y, { yearEndMonth: m });
        const qs = ([1, 2, 3, 4] as const).map((q) => quarter(y, q, { yearEndMonth: m }));
        expect(qs[0]!.start).toEqual(fy.start);
        expect(qs[3]!.end).toEqual(fy.end);
        for (let i = 0; i < 3; i++) expect(dayAfter(qs[i]!.end)).toEqual(qs[i + 1]!.start);
        // 3, 6 and 9 months to date end with quarters 1, 2 and 3
        for (const k of [1, 2, 3]) expect(periodToDate(y, 3 * k, { yearEndMonth: m }).end).toEqual(qs[k - 1]!.end);
        // a fiscal year is 365 or 366 days
        expect([364, 365]).toContain(daysBetween(fy.start, fy.end));
      }),
    );
  });
});

describe("ltm", () => {
  it("covers the twelve months ending on the date", () => {
    expect(ltm("2025-09-30")).toEqual({
      kind: "ltm",
      start: date("2024-10-01"),
      end: date("2025-09-30"),
      label: "LTM 2025-09-30",
      months: 12,
    });
    // month ends: the twelve whole months ending with that month
    expect(ltm("2025-02-28").start).toEqual(date("2024-03-01"));
    expect(ltm("2024-02-29").start).toEqual(date("2023-03-01"));
    expect(ltm("2025-03-31").start).toEqual(date("2024-04-01"));
    expect(ltm("2025-12-31").start).toEqual(date("2025-01-01"));
    // other days: the day after the same date a year earlier
    expect(ltm("2025-06-15").start).toEqual(date("2024-06-16"));
    expect(ltm("2024-03-01").start).toEqual(date("2023-03-02"));
    expect(ltm("2025-02-27").start).toEqual(date("2024-02-28"));
  });
  it("spans 365 or 366 days and ends on its end date", () => {
    const BASE = Date.UTC(1990, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), (offset) => {
        const iso = new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10);
        const p = ltm(iso);
        expect(p.end).toEqual(date(iso));
        expect([365, 366]).toContain(daysBetween(p.start, p.end) + 1);
      }),
    );
  });
  it("rejects invalid dates", () => {
    expect(codeOf(() => ltm("2025-02-30"))).toBe("INVALID_PERIOD");
    expect(codeOf(() => ltm("1000-06-30"))).toBe("INVALID_PERIOD");
  });
});

describe("time zones: periods are the same days everywhere", () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });
  for (const tz of ["UTC", "America/Los_Angeles", "Asia/Hong_Kong"]) {
    it(`in ${tz}`, () => {
      process.env.TZ = tz;
      const expected = { start: date("2024-10-01"), end: date("2025-09-30") };
      expect(span(ltm(new Date(2025, 8, 30)))).toEqual(expected);
      expect(span(ltm("2025-09-30"))).toEqual(expected);
      expect(span(ltm(new Date(2025, 8, 30, 23, 59)))).toEqual(expected);
      // LTM across the US autumn and spring changes, ending at a month end
      expect(span(ltm(new Date(2025, 2, 31)))).toEqual({ start: date("2024-04-01"), end: date("2025-03-31") });
      expect(span(fiscalYear(2024, { yearEndMonth: 2 }))).toEqual({ start: date("2023-03-01"), end: date("2024-02-29") });
      expect(span(quarter(2025, 1))).toEqual({ start: date("2025-01-01"), end: date("2025-03-31") });
    });
  }
});

describe("isPeriod, samePeriod and describePeriod", () => {
  it("recognises periods", () => {
    expect(isPeriod(fiscalYear(2025))).toBe(true);
    expect(isPeriod(ltm("2025-09-30"))).toBe(true);
    expect(isPeriod({ ...quarter(2025, 3), months: 13 })).toBe(false);
    expect(isPeriod({ ...quarter(2025, 3), kind: "month" })).toBe(false);
    expect(isPeriod({ ...quarter(2025, 3), end: date("2025-06-30") })).toBe(false);
    expect(isPeriod(null)).toBe(false);
  });
  it("compares spans and kinds, not labels or estimate marks", () => {
    expect(samePeriod(fiscalYear(2025), { ...fiscalYear(2025), estimate: true })).toBe(true);
    expect(samePeriod(fiscalYear(2025), ltm("2025-12-31"))).toBe(false); // same days, different kind
    expect(samePeriod(quarter(2025, 1), periodToDate(2025, 3))).toBe(false);
    expect(samePeriod(fiscalYear(2025), fiscalYear(2025, { yearEndMonth: 3 }))).toBe(false);
    expect(codeOf(() => samePeriod(fiscalYear(2025), {} as Period))).toBe("INVALID_PERIOD");
  });
  it("describes estimates", () => {
    expect(describePeriod({ ...fiscalYear(2027), estimate: true })).toBe("FY2027, estimate");
    expect(describePeriod(quarter(2025, 3))).toBe("Q3 2025");
  });
  it("orders calendar dates", () => {
    expect(compareDates(date("2025-01-31"), date("2025-02-01"))).toBeLessThan(0);
    expect(compareDates(date("2025-02-01"), date("2025-02-01"))).toBe(0);
    expect(compareDates(date("2026-01-01"), date("2025-12-31"))).toBeGreaterThan(0);
  });
});
