import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, derive, enterpriseValue, equityValue, evToSales, impliedMultiple, impliedPriceFromEv, money, statedFigure, fxRate, type Numeric, isMoney } from "finmodel";
import { thrown } from "../support/errors.js";

const usd = (n: Numeric) => money(n, "USD");

describe("equityValue: the EV bridge", () => {
  it("a worked bridge with minorities, preferred and investments", () => {
    // 5,000 EV + 800 cash + 200 investments − 1,500 debt − 300 minorities − 100 preferred = 4,100
    const e = equityValue({
      enterpriseValue: usd(5000),
      cash: usd(800),
      debt: usd(1500),
      minorityInterest: usd(300),
      preferred: usd(100),
      investments: usd(200),
    });
    expect(e.currency).toBe("USD");
    expect(e.amount.toString()).toBe("4100");
    // and back: 4,100 + 1,500 − 800 + 300 + 100 − 200 = 5,000
    const ev = enterpriseValue({ marketCap: e, debt: usd(1500), cash: usd(800), minorityInterest: usd(300), preferred: usd(100), investments: usd(200) });
    expect(ev.amount.toString()).toBe("5000");
  });

  it("plain numbers give a Decimal; the optional claims default to nothing", () => {
    expect(equityValue({ enterpriseValue: 100, cash: 10, debt: 30 }).toString()).toBe("80");
    // a negative EV or an equity below zero is a number, not an error
    expect(equityValue({ enterpriseValue: -20, cash: 5, debt: 0 }).toString()).toBe("-15");
    expect(equityValue({ enterpriseValue: 10, cash: 0, debt: 50 }).toString()).toBe("-40");
  });

  it("refuses negative claims, mixed currencies and bad shapes", () => {
    expect(thrown(() => equityValue({ enterpriseValue: 100, cash: 10, debt: 0, minorityInterest: -1 })).path).toBe("minorityInterest");
    expect(thrown(() => equityValue({ enterpriseValue: 100, cash: -10, debt: 0 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => equityValue({ enterpriseValue: usd(100), cash: money(10, "HKD") as never, debt: 0 })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => equityValue(null as never)).code).toBe("UNIT_MISMATCH");
  });

  it("property: equity ↔ enterprise round trip is exact", () => {
    const amt = fc.integer({ min: 0, max: 10 ** 12 }).map((n) => new Decimal(n).div(100));
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), amt, amt, amt, amt, amt, (evCents, cash, debt, mi, pref, inv) => {
        const ev = new Decimal(evCents).div(100);
        const claims = { cash: usd(cash), debt: usd(debt), minorityInterest: usd(mi), preferred: usd(pref), investments: usd(inv) };
        const e = equityValue({ enterpriseValue: usd(ev), ...claims });
        expect(e.amount.eq(ev.plus(cash).plus(inv).minus(debt).minus(mi).minus(pref))).toBe(true);
        if (e.amount.isNegative()) return; // a market cap is never negative
        expect(enterpriseValue({ marketCap: e, ...claims }).amount.eq(ev)).toBe(true);
      }),
    );
  });

  it("works through derive with named-object arguments: stated figures in, an interval out", () => {
    // US$36.75B is [36.745B, 36.755B]; US$1.05B is [1.045B, 1.055B]: equity [37.79B, 37.81B]
    const e = derive("MiniMax equity", equityValue, { enterpriseValue: statedFigure("US$36.75B"), cash: statedFigure("US$1.05B"), debt: 0 });
    const amounts = [e.value, e.interval.low, e.interval.high].map((m) => (isMoney(m, "USD") ? m.amount.toString() : "not USD"));
    expect(amounts).toEqual(["37800000000", "37790000000", "37810000000"]);
    expect(e.operation).toBe("equityValue");
    expect(e.inputs).toHaveLength(3);
  });
});

describe("EV-based implied price", () => {
  it("adds net cash to the EV before sharing it out", () => {
    // EV = 700M × 52.5 = 36.75B; + 1.05B = 37.8B; × 7.8 = 294.84B HKD; / 294.84e9/930 shares = 930
    const shares = new Decimal(294.84e9).div(930);
    const p = impliedPriceFromEv({ revenue: usd(700e6), multiple: 52.5, netCash: usd(1.05e9), shares, fx: fxRate("USD", "HKD", 7.8) });
    expect(p.currency).toBe("HKD");
    expect(p.amount.toDecimalPlaces(20).toString()).toBe("930");
    // net debt lowers the price: (10 × 5 − 20) / 2 = 15
    expect(impliedPriceFromEv({ revenue: 10, multiple: 5, netCash: -20, shares: 2 }).toString()).toBe("15");
  });

  it("answers the EV question the P/S identity gets wrong", () => {
    // Price 168 × 10 shares = market cap 1,680 on revenue 100, with debt 120 and no cash:
    // EV = 1,680 + 120 = 1,800, so EV/S is 18.0x, while impliedMultiple (a P/S identity) says 16.8x.
    expect(impliedMultiple({ price: 168, shares: 10, revenue: 100 }).value.toString()).toBe("16.8");
    expect(evToSales(enterpriseValue({ marketCap: 1680, debt: 120, cash: 0 }), 100).value.toString()).toBe("18");
    // and back: priced from EV/S 18.0x with net debt 120, (1,800 − 120) / 10 = 168 per share
    expect(impliedPriceFromEv({ revenue: 100, multiple: 18, netCash: -120, shares: 10 }).toString()).toBe("168");
  });

  it("refuses an equity value at or below zero, and netCash in another currency", () => {
    expect(thrown(() => impliedPriceFromEv({ revenue: 10, multiple: 5, netCash: -50, shares: 2 })).path).toBe("netCash");
    expect(thrown(() => impliedPriceFromEv({ revenue: usd(10), multiple: 5, netCash: money(1, "HKD") as never, shares: 2 })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => impliedPriceFromEv({ revenue: 10, multiple: 5, netCash: 0, shares: 0 })).code).toBe("DIVISION_BY_ZERO");
  });
});
