import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  count,
  Decimal,
  enterpriseValue,
  evToSales,
  FinModelError,
  fxRate,
  impliedMarketCap,
  impliedMultiple,
  impliedPrice,
  impliedShares,
  invertFxRate,
  marketCap,
  money,
  multiple,
  priceToSales,
  probabilityWeighted,
  ratio,
  rewardToRisk,
  upside,
} from "finmodel";
import { thrown } from "../support/errors.js";


const usd = (n: number | string) => money(n, "USD");
const hkd = (n: number | string) => money(n, "HKD");
const usdHkd = fxRate("USD", "HKD", "7.8");

describe("market cap, P/S and implied market cap", () => {
  it("MiniMax base case: US$700M × 54 = US$37.8B, and back to 54×", () => {
    const cap = impliedMarketCap(usd(700e6), multiple(54));
    expect(cap.currency).toBe("USD");
    expect(cap.amount.toString()).toBe("37800000000"); // 7e8 × 54
    expect(priceToSales(cap, usd(700e6)).value.toString()).toBe("54");
    expect(impliedMarketCap(700, 54).toString()).toBe("37800");
  });

  it("price × shares", () => {
    expect(marketCap(hkd(930), count(300e6, "shares")).amount.toString()).toBe("279000000000"); // 930 × 3e8
    expect(marketCap(2.5, 4).toString()).toBe("10");
    expect(thrown(() => marketCap(10, count(3, "users") as never)).code).toBe("UNIT_MISMATCH");
    expect(thrown(() => marketCap(-1, 3)).code).toBe("OUT_OF_DOMAIN");
  });

  it("P/S refuses zero or negative revenue and mixed currencies", () => {
    expect(thrown(() => priceToSales(100, 0)).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => priceToSales(100, -1)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => priceToSales(hkd(1), usd(1) as never)).code).toBe("CURRENCY_MISMATCH");
  });
});

describe("implied price, shares and multiple: price × shares = multiple × revenue (× fx)", () => {
  it("MiniMax: US$37.8B at USD/HKD 7.8 and HK$930 is ≈ 317.03M shares", () => {
    // 700e6 × 54 = 37.8e9 USD; × 7.8 = 294.84e9 HKD; / 930 = 317,032,258.064516… shares
    const shares = impliedShares({ price: hkd(930), revenue: usd(700e6), multiple: 54, fx: usdHkd });
    expect(shares.kind).toBe("count");
    expect(shares.unit).toBe("shares");
    expect(shares.value.toFixed(6)).toBe("317032258.064516");
    expect(new Decimal(294.84e9).div(930).minus(shares.value).abs().lt("1e-20")).toBe(true);
  });

  it("implied price in HKD from USD revenue", () => {
    // 294.84e9 HKD / 317e6 shares = 930.0946372…
    const price = impliedPrice({ revenue: usd(700e6), multiple: multiple(54), shares: count(317e6, "shares"), fx: usdHkd });
    expect(price.currency).toBe("HKD");
    expect(price.amount.toFixed(4)).toBe("930.0946");
    // no fx: the price stays in the revenue currency; plain numbers give a Decimal
    expect(impliedPrice({ revenue: usd(700e6), multiple: 54, shares: 317e6 }).currency).toBe("USD");
    expect(impliedPrice({ revenue: 10, multiple: 5, shares: 2 }).toString()).toBe("25");
    // a plain revenue with fx is read as fx.base: 10 USD × 5 × 7.8 / 2 = 195 HKD
    const p = impliedPrice({ revenue: 10, multiple: 5, shares: 2, fx: usdHkd });
    expect(p.currency).toBe("HKD");
    expect(p.amount.toString()).toBe("195");
  });

  it("implied multiple", () => {
    // HK$930 × 317,032,258.0645… shares / (US$700M × 7.8) = 54
    const m = impliedMultiple({ price: hkd(930), shares: new Decimal(294.84e9).div(930), revenue: usd(700e6), fx: usdHkd });
    expect(m.value.toDecimalPlaces(25).toString()).toBe("54");
    expect(impliedMultiple({ price: 10, shares: 5, revenue: 25 }).value.toString()).toBe("2");
  });

  it("currencies never meet without a fitting FX rate", () => {
    // HKD price with USD revenue and no fx
    const e = thrown(() => impliedShares({ price: hkd(930), revenue: usd(700e6) as never, multiple: 54 }));
    expect(e.code).toBe("CURRENCY_MISMATCH");
    expect(e.message).toMatch(/FX rate/);
    // fx in the opposite direction (HKD → USD): the user must invert explicitly
    const hkdUsd = invertFxRate(usdHkd);
    expect(thrown(() => impliedPrice({ revenue: usd(700e6), multiple: 54, shares: 317e6, fx: hkdUsd as never })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => impliedShares({ price: hkd(930), revenue: usd(700e6), multiple: 54, fx: hkdUsd as never })).code).toBe("CURRENCY_MISMATCH");
    // price in a third currency
    expect(thrown(() => impliedMultiple({ price: money(1, "EUR") as never, shares: 1, revenue: usd(1), fx: usdHkd })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => impliedPrice({ revenue: usd(1), multiple: 1, shares: 1, fx: 7.8 as never })).code).toBe("UNIT_MISMATCH");
  });

  it("zero shares, price or revenue", () => {
    expect(thrown(() => impliedPrice({ revenue: 10, multiple: 5, shares: 0 })).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => impliedShares({ price: 0, revenue: 10, multiple: 5 })).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => impliedMultiple({ price: 10, shares: 5, revenue: 0 })).code).toBe("DIVISION_BY_ZERO");
  });

  it("property: impliedPrice ∘ impliedMultiple and impliedShares round trips", () => {
    const pos = fc.integer({ min: 1, max: 10 ** 9 });
    const rate = fc.integer({ min: 1, max: 100_000 }).map((n) => new Decimal(n).div(1000));
    fc.assert(
      fc.property(pos, pos, pos, rate, (price, shares, revenue, r) => {
        const fx = fxRate("USD", "HKD", r);
        const m = impliedMultiple({ price: hkd(price), shares, revenue: usd(revenue), fx });
        const p = impliedPrice({ revenue: usd(revenue), multiple: m, shares, fx });
        expect(p.currency).toBe("HKD");
        expect(p.amount.minus(price).abs().div(price).lte("1e-30")).toBe(true);
        const s = impliedShares({ price: hkd(price), revenue: usd(revenue), multiple: m, fx });
        expect(s.value.minus(shares).abs().div(shares).lte("1e-30")).toBe(true);
      }),
    );
  });
});

describe("enterprise value, EV/S and upside", () => {
  it("EV = market cap + debt − cash", () => {
    // 37.8e9 + 0.1e9 − 1.05e9 = 36.85e9
    expect(enterpriseValue({ marketCap: usd(37.8e9), debt: usd(0.1e9), cash: usd(1.05e9) }).amount.toString()).toBe("36850000000");
    expect(enterpriseValue({ marketCap: 1, debt: 0, cash: 3 }).toString()).toBe("-2");
    expect(thrown(() => enterpriseValue({ marketCap: usd(1), debt: hkd(1) as never, cash: usd(1) })).code).toBe("CURRENCY_MISMATCH");
  });

  it("EV/S and upside", () => {
    expect(evToSales(usd(36.75e9), usd(700e6)).value.toString()).toBe("52.5"); // 36750 / 700
    expect(evToSales(-10, 5).value.toString()).toBe("-2");
    // 1200 / 930 − 1 = 0.290322…
    expect(upside(hkd(1200), hkd(930)).value.toFixed(6)).toBe("0.290323");
    expect(upside(80, 100).value.toString()).toBe("-0.2");
    expect(thrown(() => upside(80, 0)).code).toBe("DIVISION_BY_ZERO");
  });
});

describe("probabilityWeighted and rewardToRisk", () => {
  it("weights scenario values", () => {
    // 0.2 × 1500 + 0.7 × 1000 + 0.1 × 600 = 300 + 700 + 60 = 1060
    const ev = probabilityWeighted({ bull: hkd(1500), base: hkd(1000), bear: hkd(600) }, { bull: 0.2, base: ratio(0.7), bear: 0.1 });
    expect(ev.currency).toBe("HKD");
    expect(ev.amount.toString()).toBe("1060");
    expect(probabilityWeighted([10, 20], [0.25, 0.75]).toString()).toBe("17.5");
  });

  it("probabilities must sum to 1 within 1e-12: the error names the sum", () => {
    const e = thrown(() => probabilityWeighted([10, 20], [0.5, 0.4]));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.message).toMatch(/sum to 0\.9/);
    expect(probabilityWeighted([10, 20], ["0.5", "0.5000000000001"]).toString()).toBe("15.000000000002"); // off by 1e-13: accepted
    expect(thrown(() => probabilityWeighted([10, 20], ["0.5", "0.500000000002"])).code).toBe("OUT_OF_DOMAIN"); // off by 2e-12
    expect(thrown(() => probabilityWeighted([10, 20], [1.5, -0.5])).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => probabilityWeighted([10, 20], [1])).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => probabilityWeighted({ a: 1 }, { b: 1 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => probabilityWeighted([], [])).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => probabilityWeighted([usd(1), hkd(1) as never], [0.5, 0.5])).code).toBe("CURRENCY_MISMATCH");
  });

  it("reward to risk = (bull − price) / (price − bear)", () => {
    // (1500 − 930) / (930 − 740) = 570 / 190 = 3
    expect(rewardToRisk({ price: hkd(930), bull: hkd(1500), bear: hkd(740) }).value.toString()).toBe("3");
    // bull below price: negative reward, (90 − 100) / (100 − 80) = −0.5
    expect(rewardToRisk({ price: 100, bull: 90, bear: 80 }).value.toString()).toBe("-0.5");
    const e = thrown(() => rewardToRisk({ price: 100, bull: 150, bear: 120 }));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.message).toMatch(/no downside/);
  });

  it("property: a weighted value lies between the smallest and largest value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 8 }), fc.nat(), (values, seed) => {
        // probabilities: equal weights made to sum to exactly 1 (last one takes the remainder)
        const n = values.length;
        const p = values.map(() => new Decimal(1).div(n).toDecimalPlaces(20));
        p[(seed % n)] = new Decimal(1).minus(p.reduce((s, x, i) => (i === seed % n ? s : s.plus(x)), new Decimal(0)));
        const ev = probabilityWeighted(values, p);
        expect(ev.gte(Math.min(...values)) && ev.lte(Math.max(...values))).toBe(true);
      }),
    );
  });
});
