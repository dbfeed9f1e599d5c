import { describe, expectTypeOf, it } from "vitest";
import {
  type Count,
  type Decimal,
  type Money,
  type Multiple,
  count,
  enterpriseValue,
  fxRate,
  impliedMarketCap,
  impliedMultiple,
  impliedPrice,
  impliedShares,
  marketCap,
  money,
  priceToSales,
  probabilityWeighted,
} from "finmodel";

describe("valuation types", () => {
  const usdHkd = fxRate("USD", "HKD", 7.8);

  it("implied price is in the FX quote currency, else the revenue's", () => {
    expectTypeOf(impliedPrice({ revenue: money(1, "USD"), multiple: 54, shares: 1, fx: usdHkd })).toEqualTypeOf<Money<"HKD">>();
    expectTypeOf(impliedPrice({ revenue: money(1, "USD"), multiple: 54, shares: 1 })).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(impliedPrice({ revenue: 1, multiple: 54, shares: 1 })).toEqualTypeOf<Decimal>();
    expectTypeOf(impliedShares({ price: money(930, "HKD"), revenue: money(1, "USD"), multiple: 54, fx: usdHkd })).toEqualTypeOf<Count<"shares">>();
    expectTypeOf(impliedMultiple({ price: 1, shares: 1, revenue: 1 })).toEqualTypeOf<Multiple>();
  });

  it("amounts keep their currency", () => {
    expectTypeOf(marketCap(money(930, "HKD"), count(1, "shares"))).toEqualTypeOf<Money<"HKD">>();
    expectTypeOf(impliedMarketCap(money(700, "USD"), 54)).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(enterpriseValue({ marketCap: money(1, "USD"), debt: 0, cash: money(1, "USD") })).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(probabilityWeighted([1, 2], [0.5, 0.5])).toEqualTypeOf<Decimal>();
  });

  it("refuses an FX rate in the wrong direction, wrong share units and mixed currencies", () => {
    // @ts-expect-error the rate converts HKD into USD, revenue is USD
    impliedPrice({ revenue: money(1, "USD"), multiple: 54, shares: 1, fx: fxRate("HKD", "USD", 0.128) });
    // @ts-expect-error users are not shares
    marketCap(1, count(3, "users"));
    // @ts-expect-error HKD market cap over USD revenue
    priceToSales(money(1, "HKD"), money(1, "USD"));
  });
});
