import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FinModelError, type Period, fiscalYear, ltm, parsePeriod, periodToDate, quarter, samePeriod } from "finmodel";
import { thrown as errorOf } from "../support/errors.js";


describe("parsePeriod reads the usual labels", () => {
  const cases: readonly (readonly [string, Period])[] = [
    // fiscal years
    ["FY2025", fiscalYear(2025)],
    ["FY25", fiscalYear(2025)],
    ["FY 2025", fiscalYear(2025)],
    ["FY'25", fiscalYear(2025)],
    ["fy2025", fiscalYear(2025)],
    ["2025", fiscalYear(2025)],
    ["2025年", fiscalYear(2025)],
    ["2025年度", fiscalYear(2025)],
    ["2025财年", fiscalYear(2025)],
    ["2025財年", fiscalYear(2025)],
    ["ＦＹ２０２５", fiscalYear(2025)], // full-width
    // periods to date
    ["9M2025", periodToDate(2025, 9)],
    ["9M25", periodToDate(2025, 9)],
    ["9M 2025", periodToDate(2025, 9)],
    ["9M FY2025", periodToDate(2025, 9)],
    ["9m2025", periodToDate(2025, 9)],
    ["2025年前九个月", periodToDate(2025, 9)],
    ["2025年前九個月", periodToDate(2025, 9)],
    ["2025年前9个月", periodToDate(2025, 9)],
    ["2025年1-9月", periodToDate(2025, 9)],
    ["2025年1至9月", periodToDate(2025, 9)],
    ["2025年前三季度", periodToDate(2025, 9)],
    ["2025年前十一个月", periodToDate(2025, 11)],
    // half years are six months to date
    ["1H2025", periodToDate(2025, 6)],
    ["H1 2025", periodToDate(2025, 6)],
    ["1H25", periodToDate(2025, 6)],
    ["2025H1", periodToDate(2025, 6)],
    ["2025年上半年", periodToDate(2025, 6)],
    ["6M2025", periodToDate(2025, 6)],
    // quarters
    ["Q3 2025", quarter(2025, 3)],
    ["Q3 25", quarter(2025, 3)],
    ["Q3'25", quarter(2025, 3)],
    ["Q3 FY2025", quarter(2025, 3)],
    ["3Q25", quarter(2025, 3)],
    ["3Q2025", quarter(2025, 3)],
    ["2025Q3", quarter(2025, 3)],
    ["2025 Q3", quarter(2025, 3)],
    ["FY2025 Q3", quarter(2025, 3)],
    ["2025年第三季度", quarter(2025, 3)],
    ["2025年第3季度", quarter(2025, 3)],
    ["2025年三季度", quarter(2025, 3)],
    ["2025年Q3", quarter(2025, 3)],
    ["2025年第一季度", quarter(2025, 1)],
    ["2025年第四季度", quarter(2025, 4)],
    // last twelve months
    ["LTM 2025-09-30", ltm("2025-09-30")],
    ["TTM 2025-09-30", ltm("2025-09-30")],
    ["ltm 2025-09-30", ltm("2025-09-30")],
    // surrounding and repeated spaces
    ["  Q3   2025 ", quarter(2025, 3)],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe("two-digit years follow POSIX %y", () => {
  it.each([
    ["FY00", 2000],
    ["FY25", 2025],
    ["FY68", 2068],
    ["FY69", 1969],
    ["FY99", 1999],
  ] as const)("%s is FY%i", (text, year) => {
    expect(parsePeriod(text)).toEqual(fiscalYear(year));
  });
});

describe("estimates", () => {
  it.each([
    ["2027E", fiscalYear(2027)],
    ["FY2027E", fiscalYear(2027)],
    ["FY27E", fiscalYear(2027)],
    ["2027F", fiscalYear(2027)],
    ["2027年E", fiscalYear(2027)],
    ["2027年(预测)", fiscalYear(2027)],
    ["2027年（預測）", fiscalYear(2027)],
    ["Q3 2027E", quarter(2027, 3)],
    ["9M2027E", periodToDate(2027, 9)],
    ["1H27E", periodToDate(2027, 6)],
  ] as const)("%s is an estimate of %o", (text, period) => {
    const p = parsePeriod(text);
    expect(p).toEqual({ ...period, estimate: true });
    expect(p.label).toBe(period.label);
    expect(samePeriod(p, period)).toBe(true);
    expect(Object.isFrozen(p)).toBe(true);
  });
  it("reads an actual mark and sets nothing", () => {
    const p = parsePeriod("2025A");
    expect(p).toEqual(fiscalYear(2025));
    expect("estimate" in p).toBe(false);
    expect("estimate" in parsePeriod("FY2025")).toBe(false);
  });
});

describe("non-December fiscal years", () => {
  it("takes the year end from the options", () => {
    expect(parsePeriod("FY2025", { yearEndMonth: 3 })).toEqual(fiscalYear(2025, { yearEndMonth: 3 }));
    expect(parsePeriod("Q3 FY2025", { yearEndMonth: 6 })).toEqual(quarter(2025, 3, { yearEndMonth: 6 }));
    expect(parsePeriod("9M FY2025", { yearEndMonth: 3 })).toEqual(periodToDate(2025, 9, { yearEndMonth: 3 }));
    expect(parsePeriod("LTM 2025-09-30", { yearEndMonth: 3 })).toEqual(ltm("2025-09-30"));
  });
  it("rejects a bad year end", () => {
    const e = errorOf(() => parsePeriod("FY2025", { yearEndMonth: 13 }));
    expect(e.code).toBe("INVALID_PERIOD");
    expect(e.path).toBe("options.yearEndMonth");
  });
});

describe("unreadable labels", () => {
  it.each(["", "FY", "abc", "Q5 2025", "Q0 2025", "5Q25", "2H2025", "12M2025", "0M2025", "13M2025", "LTM 2025-02-30", "LTM 2025/09/30", "2025年第五季度", "2025年前十二个月", "FY2025X", "FY202", "25", "FY10000", "Q3 2025E E"])(
    "%o is INVALID_PERIOD naming the text",
    (text) => {
      const e = errorOf(() => parsePeriod(text));
      expect(e.code).toBe("INVALID_PERIOD");
      expect(e.path).toBe("text");
      expect(e.value).toBe(text);
      expect(e.message).toContain(JSON.stringify(text));
    },
  );
  it("explains why a well-formed label names no period", () => {
    expect(errorOf(() => parsePeriod("Q5 2025")).message).toMatchInlineSnapshot(
      `"text must name a valid period (quarter must be 1, 2, 3 or 4, got 5), got "Q5 2025""`,
    );
    expect(errorOf(() => parsePeriod("abc")).message).toMatchInlineSnapshot(
      `"text must be a period label such as FY2025, 2025, 9M2025, Q3 2025, 3Q25, 2025Q3, 1H2025, LTM 2025-09-30, 2025年第三季度 or 2027E, got "abc""`,
    );
  });
  it("rejects values that are not text", () => {
    for (const v of [2025, null, undefined, {}, Number.NaN]) {
      expect(errorOf(() => parsePeriod(v as string)).code).toBe("INVALID_PERIOD");
    }
  });
});

describe("round trip: parsePeriod(p.label) gives p back", () => {
  const yearEndMonth = fc.integer({ min: 1, max: 12 });
  const year = fc.integer({ min: 1001, max: 9999 });
  const BASE = Date.UTC(1990, 0, 1);
  const period: fc.Arbitrary<Period> = fc.oneof(
    fc.tuple(year, yearEndMonth).map(([y, m]) => fiscalYear(y, { yearEndMonth: m })),
    fc.tuple(year, fc.integer({ min: 1, max: 11 }), yearEndMonth).map(([y, n, m]) => periodToDate(y, n, { yearEndMonth: m })),
    fc.tuple(year, fc.integer({ min: 1, max: 4 }), yearEndMonth).map(([y, q, m]) => quarter(y, q, { yearEndMonth: m })),
    fc.integer({ min: 0, max: 40_000 }).map((d) => ltm(new Date(BASE + d * 86_400_000).toISOString().slice(0, 10))),
  );
  it("for every kind, year and year end", () => {
    fc.assert(
      fc.property(period, (p) => {
        const options = "yearEndMonth" in p ? { yearEndMonth: p.yearEndMonth } : {};
        expect(parsePeriod(p.label, options)).toEqual(p);
        // and an estimate mark only adds the flag
        expect(parsePeriod(`${p.label}E`, options)).toEqual({ ...p, estimate: true });
      }),
      { numRuns: 300 },
    );
  });
  it("for December year ends without options", () => {
    for (const p of [fiscalYear(2025), periodToDate(2025, 9), quarter(2025, 3), ltm("2025-09-30")]) {
      expect(parsePeriod(p.label)).toEqual(p);
    }
  });
});
