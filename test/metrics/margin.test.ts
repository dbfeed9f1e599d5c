import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  FinModelError,
  grossMargin,
  margin,
  marginChange,
  marginRatio,
  money,
  netMargin,
  operatingLeverage,
  operatingMargin,
  percent,
  pp,
  ratio,
} from "finmodel";
import { codeOf } from "../support/errors.js";


const cny = (n: number | string) => money(n, "CNY");

describe("margin, grossMargin, operatingMargin, netMargin", () => {
  it("Moore Threads FY2025: net loss ¥1.024B on revenue ¥1.505B is a net margin of about −68%", () => {
    // −10.24 / 15.05 = −0.68039867…
    const m = netMargin(cny("-1.024e9"), cny("1.505e9"));
    expect(m.kind).toBe("ratio");
    expect(m.value.toFixed(6)).toBe("-0.680399");
    expect(Object.isFrozen(m)).toBe(true);
  });

  it("gross margin is (revenue − cost) / revenue", () => {
    // (75 − 56) / 75 = 19 / 75 = 0.25333…
    expect(grossMargin(56, 75).value.toFixed(10)).toBe("0.2533333333");
    // (100 − 74.6) / 100 = 0.254 exactly
    expect(grossMargin(money("74.6", "USD"), money(100, "USD")).value.toString()).toBe("0.254");
    // costs above revenue give a negative gross margin, given by name: (10 − 12) / 10
    expect(grossMargin({ revenue: 10, costOfRevenue: 12 }).value.toString()).toBe("-0.2");
  });

  it("every margin takes the part before the whole, as shareOf does", () => {
    expect(margin(25.4, 100).value.toString()).toBe("0.254");
    expect(operatingMargin(-50, 200).value.toString()).toBe("-0.25"); // −50 / 200
    expect(netMargin(2, 8).value.toString()).toBe("0.25"); // 2 / 8
    expect(grossMargin(6, 8).value.toString()).toBe("0.25"); // (8 − 6) / 8
  });

  it("the named-object form gives the same numbers whatever the key order", () => {
    expect(margin({ revenue: 100, profit: 25.4 }).value.toString()).toBe("0.254");
    expect(netMargin({ revenue: cny("1.505e9"), netIncome: cny("-1.024e9") }).value.toFixed(6)).toBe("-0.680399");
    expect(netMargin({ netIncome: 2, revenue: 8 }).value.toString()).toBe("0.25");
    expect(operatingMargin({ revenue: 200, operatingIncome: -50 }).value.toString()).toBe("-0.25");
    expect(grossMargin({ costOfRevenue: money(56, "USD"), revenue: money(75, "USD") }).value.toFixed(4)).toBe("0.2533");
  });

  it("a positive part above revenue in positional order is refused as a probable swap", () => {
    // revenue 1.505B and a 0.5B profit given the old way round (revenue first): 149.5 % silently before
    for (const call of [() => margin(1.505, 0.5), () => netMargin(1.505, 0.5), () => operatingMargin(1.505, 0.5), () => grossMargin(75, 56)]) {
      expect(codeOf(call)).toBe("OUT_OF_DOMAIN");
      expect(call).toThrowError(/exceeds revenue .*are the arguments swapped\?/);
    }
    expect(() => netMargin(30, 10)).toThrowError("netIncome exceeds revenue (30 > 10): are the arguments swapped?");
    expect(() => margin(money(3, "USD"), money(1, "USD"))).toThrowError(/^profit exceeds revenue/);
    // equal is a 100 % margin (or a zero gross margin), not a swap
    expect(margin(5, 5).value.toString()).toBe("1");
    expect(grossMargin(5, 5).value.toString()).toBe("0");
    // a loss larger than revenue is no swap: it is negative
    expect(netMargin(-30, 10).value.toString()).toBe("-3");
  });

  it("the named form cannot be swapped, so it accepts a part above revenue", () => {
    // a one-off gain: net income 30 on revenue 10 is a net margin of 300 %
    expect(netMargin({ revenue: 10, netIncome: 30 }).value.toString()).toBe("3");
    expect(margin({ profit: 30, revenue: 10 }).value.toString()).toBe("3");
  });

  it("the named form refuses unknown or missing fields and extra arguments", () => {
    expect(codeOf(() => netMargin({ revenue: 10, netincome: 3 } as never))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => netMargin({ revenue: 10 } as never))).toBe("INVALID_NUMBER");
    expect(codeOf(() => grossMargin({ revenue: 10, costOfRevenue: 3 } as never, 5 as never))).not.toBeUndefined();
    expect(codeOf(() => netMargin({} as never))).toBe("INVALID_NUMBER");
  });

  it("rejects zero and negative revenue, negative cost, and mixed currencies", () => {
    expect(codeOf(() => margin(1, 0))).toBe("DIVISION_BY_ZERO");
    expect(codeOf(() => grossMargin(0, 0))).toBe("DIVISION_BY_ZERO");
    expect(codeOf(() => netMargin(1, -5))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => operatingMargin(1, -5))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => grossMargin(-1, 100))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => margin(money(1, "USD"), money(2, "HKD") as never))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => netMargin({ revenue: money(1, "USD"), netIncome: money(2, "HKD") as never }))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => margin(percent(5) as never, 2))).toBe("UNIT_MISMATCH");
    expect(() => margin(1, 0)).toThrowError(/revenue is zero/);
  });

  it("a Money and a plain number mix freely", () => {
    expect(margin(money(30, "USD"), 120).value.toString()).toBe("0.25");
  });

  it("property: grossMargin(c, r) = margin(r − c, r) and margin × revenue = profit", () => {
    const amount = fc.integer({ min: 1, max: 10 ** 12 });
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 10 ** 12 }), (r, c0) => {
        const c = Math.min(c0, r);
        expect(grossMargin(c, r).value.eq(margin(r - c, r).value)).toBe(true);
        expect(grossMargin({ revenue: r, costOfRevenue: c0 }).value.eq(margin({ profit: r - c0, revenue: r }).value)).toBe(true);
        const back = margin(r - c, r).value.times(r);
        // the quotient carries 34 significant digits, so the product is within 1e-30 relative
        expect(back.minus(r - c).abs().lte(Decimal.max(r, Math.abs(r - c)).times("1e-30"))).toBe(true);
      }),
    );
  });
});

describe("marginChange and marginRatio", () => {
  it("12.2% → 25.4% is +13.2 pp and 2.08×", () => {
    // 0.254 − 0.122 = 0.132 → 13.2 pp
    const change = marginChange(percent(12.2), percent(25.4));
    expect(change).toEqual(pp(13.2));
    // 25.4 / 12.2 = 2.0819672…
    expect(marginRatio(0.122, 0.254).value.toFixed(4)).toBe("2.0820");
    expect(marginRatio(ratio(0.122), ratio(0.254)).kind).toBe("multiple");
  });

  it("two loss margins give the factor of the loss margin; a sign change is refused", () => {
    expect(marginRatio(-0.68, -0.34).value.toString()).toBe("0.5"); // −34 / −68
    expect(codeOf(() => marginRatio(-0.1, 0.2))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => marginRatio(0, 0.2))).toBe("DIVISION_BY_ZERO");
    expect(marginRatio(0.2, 0).value.toString()).toBe("0");
  });

  it("refuses percentage points where a ratio is expected", () => {
    expect(codeOf(() => marginChange(pp(1) as never, 0.2))).toBe("UNIT_MISMATCH");
  });

  it("property: from + change / 100 = to, exactly", () => {
    const frac = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).div(10 ** 6));
    fc.assert(
      fc.property(frac, frac, (a, b) => {
        expect(a.plus(marginChange(a, b).value.div(100)).eq(b)).toBe(true);
      }),
    );
  });
});

describe("operatingLeverage", () => {
  it("revenue +158.9% against R&D +33.8%: R&D per unit of revenue falls to ≈ 0.517", () => {
    // 1.338 / 2.589 = 0.516802…
    const f = operatingLeverage({ revenueGrowth: percent(158.9), costGrowth: percent(33.8) });
    expect(f.kind).toBe("multiple");
    expect(f.value.toFixed(6)).toBe("0.516802");
  });

  it("equal growth leaves the cost ratio unchanged; domain limits", () => {
    expect(operatingLeverage({ revenueGrowth: 0.5, costGrowth: 0.5 }).value.toString()).toBe("1");
    expect(operatingLeverage({ revenueGrowth: 1, costGrowth: -1 }).value.toString()).toBe("0");
    expect(codeOf(() => operatingLeverage({ revenueGrowth: -1, costGrowth: 0 }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => operatingLeverage({ revenueGrowth: 0, costGrowth: -1.5 }))).toBe("OUT_OF_DOMAIN");
  });

  it("property: equals (cost₁/rev₁) / (cost₀/rev₀)", () => {
    const pos = fc.integer({ min: 1, max: 10 ** 9 });
    fc.assert(
      fc.property(pos, pos, pos, pos, (r0, r1, c0, c1) => {
        const lev = operatingLeverage({ revenueGrowth: new Decimal(r1).div(r0).minus(1), costGrowth: new Decimal(c1).div(c0).minus(1) }).value;
        const direct = new Decimal(c1).div(r1).div(new Decimal(c0).div(r0));
        expect(lev.minus(direct).abs().lte(direct.times("1e-25"))).toBe(true);
      }),
    );
  });
});
