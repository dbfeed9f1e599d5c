import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count, Decimal, derive, dilutedShares, money, pricePerShare, statedFigure } from "finmodel";
import { thrown } from "../support/errors.js";

const usd = (n: number | string) => money(n, "USD");

// 50 basic, 2 RSUs; options 6 @ 10 and 4 @ 25; a convertible into 5 shares at 30.
const instruments = {
  basic: 50,
  rsus: 2,
  options: [
    { count: 6, strike: usd(10) },
    { count: 4, strike: usd(25) },
  ],
  convertibles: [{ shares: 5, conversionPrice: usd(30) }],
};

describe("dilutedShares: the treasury-stock method", () => {
  it("counts in-the-money options net of the buy-back and leaves out the rest", () => {
    // at 20: 50 + 2 + 6 × (20 − 10) / 20 = 55; the 25 options and the 30 convertible are out of the money
    expect(dilutedShares({ ...instruments, price: usd(20) }).value.toString()).toBe("55");
    // at 40: 52 + 6 × 30/40 + 4 × 15/40 + 5 = 52 + 4.5 + 1.5 + 5 = 63
    expect(dilutedShares({ ...instruments, price: usd(40) }).value.toString()).toBe("63");
    // at the strike exactly: not exercised
    expect(dilutedShares({ basic: 10, price: 5, options: [{ count: 3, strike: 5 }] }).value.toString()).toBe("10");
    // at the conversion price exactly: not converted
    expect(dilutedShares({ basic: 10, price: 30, convertibles: [{ shares: 4, conversionPrice: 30 }] }).value.toString()).toBe("10");
  });

  it("returns a share count and refuses bad inputs", () => {
    const d = dilutedShares({ basic: count(100, "shares"), price: 1 });
    expect([d.kind, d.unit]).toEqual(["count", "shares"]);
    expect(thrown(() => dilutedShares({ basic: 100, price: 0 })).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => dilutedShares({ basic: 100, price: 5, options: [{ count: -1, strike: 1 }] })).path).toBe("options[0].count");
    expect(thrown(() => dilutedShares({ basic: 100, price: usd(5), options: [{ count: 1, strike: money(1, "HKD") as never }] })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => dilutedShares({ basic: count(100, "users") as never, price: 5 })).code).toBe("UNIT_MISMATCH");
    expect(thrown(() => dilutedShares({ basic: 100, price: 5, options: {} as never })).code).toBe("UNIT_MISMATCH");
  });
});

describe("pricePerShare: the price consistent with its own dilution", () => {
  it("solves the circularity exactly (options only in the money)", () => {
    // Guess the segment 10 < P ≤ 25: 1,000 = 52P + 6(P − 10) → P = 1,060 / 58 = 18.2758620689655…, inside it.
    // Diluted = 52 + 6 × (1 − 10 / P) = 1,000 / P = 29,000 / 530 = 54.7169811320754…
    const r = pricePerShare({ ...instruments, equityValue: usd(1000) });
    expect(r.price.currency).toBe("USD");
    expect(r.price.amount.toSignificantDigits(30).toString()).toBe(new Decimal(1060).div(58).toSignificantDigits(30).toString());
    expect(r.price.amount.toFixed(6)).toBe("18.275862");
    expect(r.dilutedShares.value.toFixed(6)).toBe("54.716981");
    // consistent: the treasury-stock count at that price is the count returned
    expect(dilutedShares({ ...instruments, price: r.price }).value.minus(r.dilutedShares.value).abs().lt("1e-28")).toBe(true);
  });

  it("converts the convertible when the consistent price is above its conversion price", () => {
    // P > 30: 2,000 = 52P + 6(P − 10) + 4(P − 25) + 5P = 67P − 160 → P = 2,160 / 67 = 32.2388…
    const r = pricePerShare({ ...instruments, equityValue: usd(2000) });
    expect(r.price.amount.toFixed(6)).toBe(new Decimal(2160).div(67).toFixed(6));
    expect(r.price.amount.toFixed(4)).toBe("32.2388");
    // diluted = 2,000 / P = 134,000 / 2,160 = 62.037…
    expect(r.dilutedShares.value.toFixed(4)).toBe("62.0370");
  });

  it("NO_SOLUTION when the equity value falls in the jump at a conversion price", () => {
    // At 30, unconverted: 30 × (52 + 6 × 20/30 + 4 × 5/30) = 30 × 56.667 = 1,700; converted: 30 × 61.667 = 1,850.
    // An equity value of 1,800: unconverted, P = 1,960 / 62 = 31.6 > 30; converted, P = 1,960 / 67 = 29.25 ≤ 30.
    const e = thrown(() => pricePerShare({ ...instruments, equityValue: usd(1800) }));
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.details?.conversionPrice).toBe("30");
    // just outside the jump there are answers
    expect(pricePerShare({ ...instruments, equityValue: usd(1700) }).price.amount.toString()).toBe("30");
    expect(pricePerShare({ ...instruments, equityValue: usd(1851) }).price.amount.gt(30)).toBe(true);
  });

  it("with no instruments it is equity / basic; it refuses a non-positive equity value", () => {
    expect(pricePerShare({ equityValue: 300, basic: 40 }).price.toString()).toBe("7.5");
    expect(thrown(() => pricePerShare({ equityValue: 0, basic: 40 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => pricePerShare({ equityValue: usd(10), basic: 1, options: [{ count: 1, strike: money(1, "EUR") as never }] })).code).toBe("CURRENCY_MISMATCH");
  });

  it("property: the price returned is consistent with dilutedShares at that price", () => {
    const tranche = fc.record({ count: fc.integer({ min: 0, max: 1000 }), strike: fc.integer({ min: 0, max: 500 }) });
    const conv = fc.record({ shares: fc.integer({ min: 0, max: 1000 }), conversionPrice: fc.integer({ min: 1, max: 500 }) });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.array(tranche, { maxLength: 4 }),
        fc.array(conv, { maxLength: 2 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (basic, rsus, options, convertibles, equity) => {
          const x = { basic, rsus, options, convertibles };
          let r;
          try {
            r = pricePerShare({ ...x, equityValue: equity });
          } catch (e) {
            expect(thrown(() => { throw e; }).code).toBe("NO_SOLUTION");
            // then some conversion price c has c × diluted(c) < equity ≤ c × (diluted(c) + its shares)
            const gap = convertibles.some((c) => {
              const below = dilutedShares({ ...x, price: c.conversionPrice }).value.times(c.conversionPrice);
              return below.lt(equity) && below.plus(new Decimal(c.shares).times(c.conversionPrice)).gte(equity);
            });
            expect(gap).toBe(true);
            return;
          }
          const atPrice = dilutedShares({ ...x, price: r.price }).value;
          expect(atPrice.minus(r.dilutedShares.value).abs().lte(atPrice.times("1e-25"))).toBe(true);
          expect(r.price.times(r.dilutedShares.value).minus(equity).abs().lte(new Decimal(equity).times("1e-25"))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("through derive: pricePerShare itself, a stated equity value in, a record of figures out", () => {
    // pricePerShare returns an interface (no index signature), which derive lifts as it is
    const r = derive("price per share", pricePerShare<"USD">, { ...instruments, equityValue: statedFigure("US$1,000", { locale: "en-US" }) });
    expect(r.price.operation).toBe("pricePerShare");
    expect(r.price.value.amount.toFixed(6)).toBe("18.275862");
    // US$1,000 is [999.5, 1,000.5]; with every instrument in the money the price is (E + 60) / 58
    expect(r.price.interval!.low.amount.toFixed(6)).toBe(new Decimal(1059.5).div(58).toFixed(6));
    expect(r.price.interval!.high.amount.toFixed(6)).toBe(new Decimal(1060.5).div(58).toFixed(6));
    // the diluted count at that price is E / P = 58E / (E + 60): 54.71698… in [54.71543…, 54.71853…]
    const diluted = (e: number) => new Decimal(e).times(58).div(e + 60).toFixed(6);
    expect([r.dilutedShares.value, r.dilutedShares.interval!.low, r.dilutedShares.interval!.high].map((c) => c.value.toFixed(6))).toEqual([diluted(1000), diluted(999.5), diluted(1000.5)]);
  });

  it("the MiniMax worked example of docs/valuation.md (an assumed option pool)", () => {
    // Equity US$37.8B × 7.8 = HK$294.84B. Assumed: 300M basic shares, 5M RSUs, 20M options at HK$300.
    // P > 300: P = (294.84B + 20M × 300) / (300M + 5M + 20M) = 300.84B / 325M = HK$925.6615…
    const hkd = (n: number | string) => money(n, "HKD");
    const r = pricePerShare({ equityValue: hkd("294.84e9"), basic: 300e6, rsus: 5e6, options: [{ count: 20e6, strike: hkd(300) }] });
    expect(r.price.amount.toFixed(4)).toBe(new Decimal("300.84e9").div("325e6").toFixed(4));
    expect(r.price.amount.toFixed(2)).toBe("925.66");
    // diluted = 294.84B / P = 294.84 × 325 / 300.84 M = 318.518…M
    expect(r.dilutedShares.value.div(1e6).toFixed(2)).toBe("318.52");
    // at the broker's HK$930: 305M + 20M × 630 / 930 = 318.548…M
    expect(dilutedShares({ basic: 300e6, rsus: 5e6, options: [{ count: 20e6, strike: hkd(300) }], price: hkd(930) }).value.div(1e6).toFixed(2)).toBe("318.55");
  });
});
