import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cashOutDate, Decimal, FinModelError, money, monthlyBurn, percent, runwayMonths } from "finmodel";
import { thrown } from "../support/errors.js";

const D50 = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_EVEN });


const usd = (n: number | string) => money(n, "USD");

describe("runwayMonths", () => {
  it("US$1.05B at US$27.9M a month ≈ 37.6 months", () => {
    // 1050 / 27.9 = 37.634408602…
    const m = runwayMonths(usd(1.05e9), usd(27.9e6));
    expect(m.toFixed(9)).toBe("37.634408602");
  });

  it("a burn that grows 2% a month: closed form ln(1 + C·g/B) / ln(1 + g)", () => {
    // 1 + 1050 × 0.02 / 27.9 = 1.752688…; ln = 0.561151…; / ln 1.02 (0.0198026…) = 28.337…
    const m = runwayMonths(1.05e9, 27.9e6, { burnGrowth: percent(2) });
    expect(m.toFixed(3)).toBe("28.337");
    // check against the month-by-month sum: 28 whole months spend less than the cash, 29 more
    const spent = (months: number) => {
      let s = new Decimal(0);
      for (let k = 0; k < months; k++) s = s.plus(new Decimal(27.9e6).times(new Decimal(1.02).pow(k)));
      return s;
    };
    expect(spent(28).lt(1.05e9) && spent(29).gt(1.05e9)).toBe(true);
  });

  it("a shrinking burn: finite when it still exhausts the cash, refused when it never does", () => {
    // burn 10 shrinking 5% a month spends at most 10 / 0.05 = 200 in total
    const m = runwayMonths(100, 10, { burnGrowth: -0.05 });
    // 1 − 100 × 0.05 / 10 = 0.5; ln 0.5 / ln 0.95 = 13.513…
    expect(m.toFixed(3)).toBe("13.513");
    const e = thrown(() => runwayMonths(250, 10, { burnGrowth: -0.05 }));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.message).toMatch(/never out of cash/);
    expect(runwayMonths(100, 10, { burnGrowth: 0 }).toString()).toBe("10");
  });

  it("zero or negative burn is OUT_OF_DOMAIN, never Infinity", () => {
    for (const burn of [0, -5]) {
      const e = thrown(() => runwayMonths(100, burn));
      expect(e.code).toBe("OUT_OF_DOMAIN");
      expect(e.message).toMatch(/not burning cash/);
    }
    expect(thrown(() => runwayMonths(-1, 5)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => runwayMonths(100, 5, { burnGrowth: -1 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => runwayMonths(usd(100), money(5, "HKD") as never)).code).toBe("CURRENCY_MISMATCH");
    expect(runwayMonths(0, 5).toString()).toBe("0");
  });

  it("property: the cash spent over the computed runway equals the cash", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 10 }), fc.integer({ min: 1, max: 10 ** 8 }), fc.integer({ min: -50, max: 200 }), (cash, burn, g1000) => {
        const g = new Decimal(g1000).div(1000);
        fc.pre(g.isZero() || new Decimal(cash).times(g).div(burn).plus(1).gt("1e-6"));
        const t = runwayMonths(cash, burn, { burnGrowth: g });
        // checked at 50 digits so that (1 + g)^t − 1 does not cancel in the check itself
        const G = new D50(g.toString());
        const T = new D50(t.toString());
        const spent = g.isZero() ? T.times(burn) : G.plus(1).pow(T).minus(1).times(burn).div(G);
        expect(spent.minus(cash).abs().div(cash).lte("1e-24")).toBe(true);
      }),
    );
  });
});

describe("cashOutDate", () => {
  it("adds whole months with date-fns, then the fraction × days of the month reached, rounded down", () => {
    // 37.634… months from 2025-09-30: +37 months = 2028-10-30; 0.634… × 31 = 19.66 → 19 days → 2028-11-18
    expect(cashOutDate("2025-09-30", usd(1.05e9), usd(27.9e6))).toEqual({ year: 2028, month: 11, day: 18 });
    // exactly 3 months from Jan 31: Apr 30 (addMonths clamps to the month's end)
    expect(cashOutDate("2025-01-31", 30, 10)).toEqual({ year: 2025, month: 4, day: 30 });
    // 1.5 months from 2025-01-15: Feb 15, then 0.5 × 28 = 14 days → Mar 1
    expect(cashOutDate({ year: 2025, month: 1, day: 15 }, 15, 10)).toEqual({ year: 2025, month: 3, day: 1 });
    // a Date at UTC midnight is that calendar day in every time zone
    expect(cashOutDate(new Date("2025-01-15"), 10, 10)).toEqual({ year: 2025, month: 2, day: 15 });
  });

  it("refuses bad dates and runways past year 9999", () => {
    expect(thrown(() => cashOutDate("2025-02-30", 1, 1)).code).toBe("INVALID_PERIOD");
    expect(thrown(() => cashOutDate("2025-01-01", 1e12, 1)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => cashOutDate("2025-01-01", 1, 0)).code).toBe("OUT_OF_DOMAIN");
  });

  it("property: the date is monotone in cash", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const d1 = cashOutDate("2025-06-30", lo, 1000);
        const d2 = cashOutDate("2025-06-30", hi, 1000);
        const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
        expect(key(d1) <= key(d2)).toBe(true);
      }),
    );
  });
});

describe("monthlyBurn", () => {
  it("from a number of months", () => {
    // (1.30B − 1.05B) / 9 = 27,777,777.78
    const b = monthlyBurn({ cashStart: usd(1.3e9), cashEnd: usd(1.05e9), months: 9 });
    expect(b.currency).toBe("USD");
    expect(b.amount.toFixed(2)).toBe("27777777.78");
    // cash that grew gives a negative burn
    expect(monthlyBurn({ cashStart: 10, cashEnd: 16, months: 3 }).toString()).toBe("-2");
  });

  it("from two balance-sheet dates: month ends count as whole months", () => {
    // 2024-12-31 → 2025-09-30 is 9 months (Dec 31 + 9 months = Sep 30)
    expect(monthlyBurn({ cashStart: 1.3e9, cashEnd: 1.05e9, start: "2024-12-31", end: "2025-09-30" }).toFixed(2)).toBe("27777777.78");
    // 2025-06-30 → 2025-09-30: 3 months
    expect(monthlyBurn({ cashStart: 30, cashEnd: 0, start: "2025-06-30", end: "2025-09-30" }).toString()).toBe("10");
    // 2025-01-01 → 2025-02-15: 1 month (to Feb 1) + 14 / 28 days = 1.5 months
    expect(monthlyBurn({ cashStart: 30, cashEnd: 0, start: "2025-01-01", end: "2025-02-15" }).toString()).toBe("20");
  });

  it("refuses bad periods", () => {
    expect(thrown(() => monthlyBurn({ cashStart: 10, cashEnd: 5, months: 0 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => monthlyBurn({ cashStart: 10, cashEnd: 5, start: "2025-06-30", end: "2025-06-30" })).code).toBe("INVALID_PERIOD");
    expect(thrown(() => monthlyBurn({ cashStart: 10, cashEnd: 5, start: "2025-06-30", end: "2025-03-31" })).code).toBe("INVALID_PERIOD");
    expect(thrown(() => monthlyBurn({ cashStart: 10, cashEnd: 5, months: 3, start: "2025-01-01", end: "2025-04-01" } as never)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => monthlyBurn({ cashStart: 10, cashEnd: 5 } as never)).code).toBe("OUT_OF_DOMAIN");
  });

  it("measures a month's fraction over the month addMonths spans, so a clamped month end inverts", () => {
    // 2025-07-31 + 7 months = 2026-02-28 (clamped); the next month runs to 2026-03-31, 31 days.
    // 2026-02-28 → 2026-03-28 is 28 of them: months = 7 + 28/31 = 245/31, burn = 1000 × 31 / 245.
    const burn = monthlyBurn({ cashStart: 1000, cashEnd: 0, start: "2025-07-31", end: "2026-03-28" });
    expect(burn.toFixed(6)).toBe(new Decimal(31000).div(245).toFixed(6));
    expect(cashOutDate("2025-07-31", 1000, burn)).toEqual({ year: 2026, month: 3, day: 28 });
  });

  it("property: cashOutDate inverts the dated burn for whole-day spans", () => {
    // Spending `cash` from `start` at the burn measured between start and end runs out on `end`
    // (cashOutDate rounds the day fraction down, and the measured fraction is a whole number of days).
    const day = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 2000 }), (offset, span) => {
        const start = new Date(Date.UTC(2020, 0, 1 + offset));
        const end = new Date(Date.UTC(2020, 0, 1 + offset + span));
        const burn = monthlyBurn({ cashStart: 1000, cashEnd: 0, start, end });
        const out = cashOutDate(start, 1000, burn);
        expect(out).toEqual({ year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() });
      }),
    );
  });
});
