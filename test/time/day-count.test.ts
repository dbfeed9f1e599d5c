import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { type DayCountBasis, Decimal, FinModelError, calendarDate, dayCountBases, daysBetween, yearFraction } from "finmodel";

const d = (n: number | string) => new Decimal(n);
/** The expected fraction num/den, compared at full precision. */
const frac = (num: number, den: number) => d(num).div(den).toString();

describe("ACT/365F: actual days / 365", () => {
  it("is the default basis", () => {
    // 2025-01-01 → 2025-12-31: 364 days → 364/365
    expect(yearFraction("2025-01-01", "2025-12-31").toString()).toBe(frac(364, 365));
    expect(yearFraction("2025-01-01", "2025-12-31", "ACT/365F").toString()).toBe(frac(364, 365));
  });
  it("counts 29 February as a day and still divides by 365", () => {
    // 2024-02-28 → 2024-03-01: 28th → 29th → 1st = 2 days; a leap year is 366/365 of a year
    expect(yearFraction("2024-02-28", "2024-03-01").toString()).toBe(frac(2, 365));
    expect(yearFraction("2024-01-01", "2025-01-01").toString()).toBe("1.002739726027397260273972602739726");
  });
  it("matches the spreadsheet YEARFRAC documentation example, basis 3", () => {
    // 2012-01-01 → 2012-07-30: 31+29+31+30+31+30+29 = 211 days; 211/365 = 0.57808219…
    expect(yearFraction("2012-01-01", "2012-07-30", "ACT/365F").toFixed(8)).toBe("0.57808219");
    expect(yearFraction("2012-01-01", "2012-07-30", "ACT/365F").toString()).toBe(frac(211, 365));
  });
});

describe("ACT/360: actual days / 360", () => {
  it("divides the actual days by 360", () => {
    // 2025-01-15 → 2025-04-15: 16 (Jan) + 28 (Feb) + 31 (Mar) + 15 (Apr) = 90 days → 0.25 exactly
    expect(yearFraction("2025-01-15", "2025-04-15", "ACT/360").toString()).toBe("0.25");
    // a full non-leap year is 365/360 = 73/72
    expect(yearFraction("2025-01-01", "2026-01-01", "ACT/360").toString()).toBe(frac(73, 72));
  });
});

describe("ACT/ACT ISDA: days in non-leap years / 365 + days in leap years / 366", () => {
  it("gives exactly 1 for a calendar year, leap or not", () => {
    expect(yearFraction("2024-01-01", "2025-01-01", "ACT/ACT ISDA").toString()).toBe("1");
    expect(yearFraction("2025-01-01", "2026-01-01", "ACT/ACT ISDA").toString()).toBe("1");
    // 2020-01-01 → 2030-01-01 covers ten whole calendar years
    expect(yearFraction("2020-01-01", "2030-01-01", "ACT/ACT ISDA").toString()).toBe("10");
  });
  it("matches the ISDA worked example 2003-11-01 → 2004-05-01", () => {
    // 2003: Nov 1 → Jan 1 = 30 + 31 = 61 days; 2004 (leap): Jan 1 → May 1 = 31+29+31+30 = 121 days
    // 61/365 + 121/366 = 0.167123… + 0.330601… = 0.49772…
    const yf = yearFraction("2003-11-01", "2004-05-01", "ACT/ACT ISDA");
    expect(yf.toFixed(5)).toBe("0.49772");
    expect(yf.minus(d(61).div(365)).minus(d(121).div(366)).abs().lt("1e-32")).toBe(true);
  });
  it("splits a span that crosses into a leap year at 1 January", () => {
    // 2023-07-01 → 2024-07-01: 2023 part = 31+31+30+31+30+31 = 184 days, 2024 part = 31+29+31+30+31+30 = 182
    const yf = yearFraction("2023-07-01", "2024-07-01", "ACT/ACT ISDA");
    expect(yf.minus(d(184).div(365)).minus(d(182).div(366)).abs().lt("1e-32")).toBe(true);
    // a span over three calendar years: 1 day of 2023, all of 2024, 1 day of 2025 → 2/365 + 1
    const three = yearFraction("2023-12-31", "2025-01-02", "ACT/ACT ISDA");
    expect(three.minus(d(2).div(365)).minus(1).abs().lt("1e-32")).toBe(true);
  });
  it("matches the spreadsheet YEARFRAC documentation example within one leap year", () => {
    // inside 2012 (a leap year) both ISDA and basis 1 give 211/366 = 0.57650273
    expect(yearFraction("2012-01-01", "2012-07-30", "ACT/ACT ISDA").toFixed(8)).toBe("0.57650273");
  });
});

describe("30/360 US (spreadsheet YEARFRAC basis 0)", () => {
  const us = (a: string, b: string) => yearFraction(a, b, "30/360 US").times(360).toNumber();
  it("matches the spreadsheet YEARFRAC documentation example", () => {
    // 2012-01-01 → 2012-07-30: 30 × (7 − 1) + (30 − 1) = 209 → 209/360 = 0.58055556
    expect(yearFraction("2012-01-01", "2012-07-30", "30/360 US").toFixed(8)).toBe("0.58055556");
  });
  it("applies the 31st rules", () => {
    // both 31st → both 30th: 30 × 2 = 60
    expect(us("2025-01-31", "2025-03-31")).toBe(60);
    // start 30th, end 31st → end 30th: 60
    expect(us("2025-01-30", "2025-03-31")).toBe(60);
    // start 29th: the 31st end stays: 60 + (31 − 29) = 62
    expect(us("2025-01-29", "2025-03-31")).toBe(62);
    // start 31st → 30th, end 1st: 30 × 1 + (1 − 30) = 1
    expect(us("2025-01-31", "2025-02-01")).toBe(1);
  });
  it("applies the end-of-February rules", () => {
    // both the last day of February → both 30th: 360 × 1 + 0 + 0 = 360
    expect(us("2024-02-29", "2025-02-28")).toBe(360);
    expect(us("2023-02-28", "2024-02-29")).toBe(360);
    // start the last day of February → 30th: 30 × 1 + (30 − 30) = 30
    expect(us("2025-02-28", "2025-03-30")).toBe(30);
    // …and the rules are exclusive, so a 31st end stays 31: 30 + (31 − 30) = 31
    expect(us("2025-02-28", "2025-03-31")).toBe(31);
    // 28 February of a leap year is not the end of February: 30 + (31 − 28) = 33
    expect(us("2024-02-28", "2024-03-31")).toBe(33);
    // an end on the last day of February alone is not adjusted: 30 × 1 + (28 − 30) = 28
    expect(us("2025-01-31", "2025-02-28")).toBe(28);
    // a full year from the end of February: 360 × 1 = 360
    expect(us("2025-02-28", "2026-02-28")).toBe(360);
  });
  it("is zero for the same day, including the end of February", () => {
    expect(us("2024-02-29", "2024-02-29")).toBe(0);
    expect(us("2025-01-31", "2025-01-31")).toBe(0);
  });
});

describe("30E/360 (Eurobond basis)", () => {
  const eu = (a: string, b: string) => yearFraction(a, b, "30E/360").times(360).toNumber();
  it("makes every 31st the 30th", () => {
    // 30 → 31st (→ 30): 60. A well-known spreadsheet port left the end 31st alone here and got 61.
    expect(eu("2025-01-30", "2025-03-31")).toBe(60);
    expect(eu("2025-01-31", "2025-03-31")).toBe(60);
    // 29th → 31st (→ 30): 60 + 1 = 61 (30/360 US keeps the 31st and counts 62)
    expect(eu("2025-01-29", "2025-03-31")).toBe(61);
  });
  it("does not adjust the end of February", () => {
    // 28 Feb → 31 Mar (→ 30): 30 + (30 − 28) = 32 (30/360 US: 31)
    expect(eu("2025-02-28", "2025-03-31")).toBe(32);
    // 29 Feb 2024 → 28 Feb 2025: 360 + (28 − 29) = 359 (30/360 US: 360)
    expect(eu("2024-02-29", "2025-02-28")).toBe(359);
  });
  it("matches the spreadsheet YEARFRAC documentation example (no 31st, no February end)", () => {
    // 209/360 as in basis 0
    expect(yearFraction("2012-01-01", "2012-07-30", "30E/360").toFixed(8)).toBe("0.58055556");
  });
});

describe("arguments", () => {
  it("accepts Dates, ISO strings and CalendarDates for the same days", () => {
    for (const basis of dayCountBases) {
      const expected = yearFraction("2024-02-29", "2025-03-31", basis).toString();
      expect(yearFraction(new Date(2024, 1, 29), new Date(2025, 2, 31), basis).toString()).toBe(expected);
      expect(yearFraction(new Date("2024-02-29"), new Date("2025-03-31"), basis).toString()).toBe(expected);
      expect(yearFraction(calendarDate(2024, 2, 29), { year: 2025, month: 3, day: 31 }, basis).toString()).toBe(expected);
    }
  });
  it("rejects an end before the start with INVALID_PERIOD", () => {
    const e = (() => {
      try {
        yearFraction("2025-02-01", "2025-01-31", "ACT/360");
      } catch (err) {
        return err as FinModelError;
      }
      throw new Error("no error");
    })();
    expect(e).toBeInstanceOf(FinModelError);
    expect(e.code).toBe("INVALID_PERIOD");
    expect(e.path).toBe("end");
    expect(e.message).toMatchInlineSnapshot(`"end must not be before start 2025-02-01, got "2025-01-31""`);
  });
  it("rejects an unknown basis with OUT_OF_DOMAIN", () => {
    for (const basis of ["30/360", "act/365f", "ACT/ACT", 0, null]) {
      expect(() => yearFraction("2025-01-01", "2025-02-01", basis as DayCountBasis)).toThrowError(
        expect.objectContaining({ code: "OUT_OF_DOMAIN", path: "basis" }),
      );
    }
  });
  it("rejects invalid dates with INVALID_PERIOD", () => {
    expect(() => yearFraction("2025-02-29", "2025-03-01")).toThrowError(expect.objectContaining({ code: "INVALID_PERIOD" }));
    expect(() => yearFraction("2025-01-01", new Date(Number.NaN))).toThrowError(expect.objectContaining({ code: "INVALID_PERIOD" }));
  });
  it("returns a Decimal of finmodel's constructor", () => {
    expect(yearFraction("2025-01-01", "2025-02-01")).toBeInstanceOf(Decimal);
  });
});

describe("time zones: a calendar date is the same day everywhere", () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });
  const zones = [
    ["UTC", 0],
    ["America/Los_Angeles", 480],
    ["Asia/Hong_Kong", -480],
  ] as const;
  for (const [tz, januaryOffset] of zones) {
    it(`gives the same year fractions in ${tz}`, () => {
      process.env.TZ = tz;
      // the zone really is in force: local midnight of 1 January is this many minutes from UTC
      expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(januaryOffset);
      // 2025-03-01 → 2025-04-01 crosses the US spring change (2025-03-09) and is still 31 days
      for (const [start, end] of [
        ["2025-03-01", "2025-04-01"],
        [new Date(2025, 2, 1), new Date(2025, 3, 1)],
        [new Date(2025, 2, 1, 23, 30), new Date(2025, 3, 1, 0, 30)],
      ] as const) {
        expect(yearFraction(start, end).toString()).toBe(frac(31, 365));
        expect(yearFraction(start, end, "ACT/360").toString()).toBe(frac(31, 360));
        expect(yearFraction(start, end, "30/360 US").toString()).toBe(frac(30, 360));
      }
      // the autumn change (2025-11-02): 2025-10-01 → 2025-12-01 = 31 + 30 = 61 days
      expect(yearFraction(new Date(2025, 9, 1), "2025-12-01", "ACT/ACT ISDA").toString()).toBe(frac(61, 365));
      // a Date is its local calendar day, at any hour of it
      expect(yearFraction(new Date(2025, 0, 1), new Date(2025, 0, 1, 23, 59)).toString()).toBe("0");
      expect(yearFraction("2024-01-01", new Date(2025, 0, 1), "ACT/ACT ISDA").toString()).toBe("1");
      // the end of February is found in every zone
      expect(yearFraction(new Date(2024, 1, 29), "2025-02-28", "30/360 US").toString()).toBe("1");
    });
  }
});

// Dates as ISO strings, 1990-01-01 plus a number of days.
const BASE = Date.UTC(1990, 0, 1);
const iso = (offset: number) => new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10);
const day = fc.integer({ min: 0, max: 30_000 });
const basis = fc.constantFrom(...dayCountBases);
const ordered3 = fc.tuple(day, day, day).map((xs) => xs.sort((a, b) => a - b).map(iso) as [string, string, string]);

describe("properties", () => {
  it("yearFraction(a, a) = 0 for every basis", () => {
    fc.assert(fc.property(day, basis, (a, b) => yearFraction(iso(a), iso(a), b).isZero()));
  });
  it("is monotone in the end date for every basis", () => {
    fc.assert(
      fc.property(ordered3, basis, ([a, b, c], bs) => yearFraction(a, b, bs).lte(yearFraction(a, c, bs))),
      { numRuns: 500 },
    );
  });
  it("is additive over split spans for the actual-day bases", () => {
    for (const bs of ["ACT/365F", "ACT/360", "ACT/ACT ISDA"] as const) {
      fc.assert(
        fc.property(ordered3, ([a, b, c]) =>
          yearFraction(a, b, bs).plus(yearFraction(b, c, bs)).minus(yearFraction(a, c, bs)).abs().lt("1e-30"),
        ),
      );
    }
  });
  it("ACT/365F × 365 is the day count", () => {
    fc.assert(
      fc.property(ordered3, ([a, , c]) => yearFraction(a, c).times(365).toDecimalPlaces(20).eq(daysBetween(a, c))),
    );
  });
  it("ACT/ACT ISDA lies between days/366 and days/365", () => {
    fc.assert(
      fc.property(ordered3, ([a, , c]) => {
        const days = daysBetween(a, c);
        const yf = yearFraction(a, c, "ACT/ACT ISDA");
        return yf.gte(new Decimal(days).div(366)) && yf.lte(new Decimal(days).div(365));
      }),
    );
  });
  it("30/360 fractions are whole numbers of 360ths within a few days of the actual count", () => {
    fc.assert(
      fc.property(ordered3, fc.constantFrom<DayCountBasis>("30/360 US", "30E/360"), ([a, , c], bs) => {
        const days360 = yearFraction(a, c, bs).times(360).toDecimalPlaces(20);
        const years = Number(c.slice(0, 4)) - Number(a.slice(0, 4));
        // each month is counted as 30 days, so the gap to the actual days grows by 5–6 days a calendar year touched
        return days360.isInteger() && days360.minus(daysBetween(a, c)).abs().lte(6 * (years + 1));
      }),
    );
  });
});
