import { describe, expectTypeOf, it } from "vitest";
import { type Decimal, type Money, enterpriseValue, equityValue, impliedPriceFromEv, fxRate, money } from "finmodel";

describe("bridge types", () => {
  it("keeps the currency, or gives a Decimal for plain numbers", () => {
    expectTypeOf(equityValue({ enterpriseValue: money(1, "USD"), cash: money(1, "USD"), debt: 0 })).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(equityValue({ enterpriseValue: 1, cash: 1, debt: 0 })).toEqualTypeOf<Decimal>();
    expectTypeOf(enterpriseValue({ marketCap: 1, debt: 0, cash: 1, minorityInterest: money(1, "USD") })).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(enterpriseValue({ marketCap: 1, debt: 0, cash: 1 })).toEqualTypeOf<Decimal>();
    expectTypeOf(impliedPriceFromEv({ revenue: money(1, "USD"), multiple: 5, netCash: money(1, "USD"), shares: 1, fx: fxRate("USD", "HKD", 7.8) })).toEqualTypeOf<Money<"HKD">>();
  });

  it("refuses mixed currencies", () => {
    // @ts-expect-error cash in HKD against an EV in USD
    equityValue({ enterpriseValue: money(1, "USD"), cash: money(1, "HKD"), debt: 0 });
    // @ts-expect-error net cash in HKD against revenue in USD
    impliedPriceFromEv({ revenue: money(1, "USD"), multiple: 5, netCash: money(1, "HKD"), shares: 1 });
  });
});
