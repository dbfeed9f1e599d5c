import { describe, expectTypeOf, it } from "vitest";
import { type Count, type Decimal, type Money, count, dilutedShares, money, pricePerShare } from "finmodel";

describe("dilution types", () => {
  it("a share count out; the price in the equity value's currency", () => {
    expectTypeOf(dilutedShares({ basic: 1, price: money(1, "USD") })).toEqualTypeOf<Count<"shares">>();
    expectTypeOf(pricePerShare({ equityValue: money(1, "USD"), basic: 1, options: [{ count: 1, strike: money(1, "USD") }] }).price).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(pricePerShare({ equityValue: 1, basic: 1 }).price).toEqualTypeOf<Decimal>();
  });

  it("refuses mixed currencies and other units for shares", () => {
    // @ts-expect-error a strike in HKD against an equity value in USD
    pricePerShare({ equityValue: money(1, "USD"), basic: 1, options: [{ count: 1, strike: money(1, "HKD") }] });
    // @ts-expect-error users are not shares
    dilutedShares({ basic: count(1, "users"), price: 1 });
  });
});
