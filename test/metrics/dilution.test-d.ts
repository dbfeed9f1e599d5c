import { describe, expectTypeOf, it } from "vitest";
import { type Count, type Decimal, type Figure, type Money, type NotMeaningful, type Ratio, count, derive, dilutedShares, dcf, money, pricePerShare, statedFigure } from "finmodel";

describe("dilution types", () => {
  it("a share count out; the price in the equity value's currency", () => {
    expectTypeOf(dilutedShares({ basic: 1, price: money(1, "USD") })).toEqualTypeOf<Count<"shares">>();
    expectTypeOf(pricePerShare({ equityValue: money(1, "USD"), basic: 1, options: [{ count: 1, strike: money(1, "USD") }] }).price).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(pricePerShare({ equityValue: 1, basic: 1 }).price).toEqualTypeOf<Decimal>();
  });

  it("derive lifts pricePerShare, whose result is an interface, into a record of figures", () => {
    const r = derive("price", pricePerShare<"USD">, { equityValue: statedFigure("US$1,000", { locale: "en-US" }), basic: 58 });
    expectTypeOf(r.price).toEqualTypeOf<Figure<Money<"USD">>>();
    expectTypeOf(r.dilutedShares).toEqualTypeOf<Figure<Count<"shares">>>();
  });

  it("derive lifts dcf: its terminalShare, which may be n.m., is a figure or n.m.", () => {
    const v = derive("EV", dcf, { cashFlows: [money(100, "USD")], discountRate: 0.1, terminal: { growth: 0 } });
    expectTypeOf(v.enterpriseValue).toEqualTypeOf<Figure<Money<"USD">>>();
    expectTypeOf(v.terminalShare).toEqualTypeOf<Figure<Ratio> | NotMeaningful>();
  });

  it("refuses mixed currencies and other units for shares", () => {
    // @ts-expect-error a strike in HKD against an equity value in USD
    pricePerShare({ equityValue: money(1, "USD"), basic: 1, options: [{ count: 1, strike: money(1, "HKD") }] });
    // @ts-expect-error users are not shares
    dilutedShares({ basic: count(1, "users"), price: 1 });
  });
});
