import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, FinModelError, annualize, fiscalYear, ltm, money, periodToDate, quarter, ratio } from "finmodel";
import { codeOf as code } from "../support/errors.js";

describe("annualize: value × 12 / months", () => {
  it("scales a quarter by 4 and nine months by 12/9", () => {
    // 150 × 12 / 3 = 600
    expect(annualize(150, quarter(2025, 3)).toString()).toBe("600");
    // 90 × 12 / 9 = 120
    expect(annualize("90", periodToDate(2025, 9)).toString()).toBe("120");
    // 100 × 12 / 9 = 133.33…, 34 significant digits
    expect(annualize(100, periodToDate(2025, 9)).toString()).toBe("133.3333333333333333333333333333333");
    // 50 × 12 / 5 = 120
    expect(annualize(50, periodToDate(2025, 5)).toString()).toBe("120");
    // 0.1 × 12 / 1 = 1.2 exactly (no binary rounding)
    expect(annualize(0.1, periodToDate(2025, 1)).toString()).toBe("1.2");
  });
  it("leaves twelve-month periods unchanged", () => {
    expect(annualize("123.456", fiscalYear(2025)).toString()).toBe("123.456");
    expect(annualize(-7, ltm("2025-09-30")).toString()).toBe("-7");
  });
  it("keeps Money in its currency", () => {
    // US$53.4M in 1H2025 → 53.4M × 12 / 6 = US$106.8M
    const annual = annualize(money("53.4e6", "USD"), periodToDate(2025, 6));
    expect(annual.kind).toBe("money");
    expect(annual.currency).toBe("USD");
    expect(annual.amount.toString()).toBe("106800000");
    expect(Object.isFrozen(annual)).toBe(true);
  });
  it("takes bigint and Decimal values and returns finmodel's Decimal", () => {
    expect(annualize(10n ** 20n, quarter(2025, 1)).toFixed()).toBe("400000000000000000000");
    const input = new Decimal("2.5");
    const out = annualize(input, quarter(2025, 1));
    expect(out).toBeInstanceOf(Decimal);
    expect(out.toString()).toBe("10");
    expect(input.toString()).toBe("2.5");
  });
  it("rejects bad values and periods with typed errors", () => {
    expect(code(() => annualize(Number.NaN, quarter(2025, 1)))).toBe("INVALID_NUMBER");
    expect(code(() => annualize(ratio(0.5) as never, quarter(2025, 1)))).toBe("UNIT_MISMATCH");
    expect(code(() => annualize(1, { ...quarter(2025, 1), months: 0 }))).toBe("INVALID_PERIOD");
    expect(code(() => annualize(1, { ...quarter(2025, 1), months: 2.5 }))).toBe("INVALID_PERIOD");
    expect(code(() => annualize(1, "Q3 2025" as never))).toBe("INVALID_PERIOD");
  });
  it("undoes proration: annualize(x, p) × months / 12 = x", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
      .map(([units, scale]) => new Decimal(units.toString()).div(10 ** scale));
    fc.assert(
      fc.property(decimal, fc.integer({ min: 1, max: 11 }), (x, months) => {
        const back = annualize(x, periodToDate(2025, months)).times(months).div(12);
        return back.minus(x).abs().lte(x.abs().times("1e-32"));
      }),
    );
    // for months dividing 12 the result is exact
    fc.assert(
      fc.property(decimal, fc.constantFrom(1, 2, 3, 4, 6), (x, months) =>
        annualize(x, periodToDate(2025, months)).eq(x.times(12 / months)),
      ),
    );
  });
});
