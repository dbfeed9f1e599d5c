import { describe, expectTypeOf, it } from "vitest";
import { type Multiple, type PercentagePoints, type Ratio, grossMargin, margin, marginChange, marginRatio, money, netMargin, operatingLeverage, pp } from "finmodel";

describe("margin types", () => {
  it("returns typed quantities", () => {
    expectTypeOf(margin(1, 2)).toEqualTypeOf<Ratio>();
    expectTypeOf(grossMargin(money(1, "USD"), money(2, "USD"))).toEqualTypeOf<Ratio>();
    expectTypeOf(grossMargin({ revenue: money(2, "USD"), costOfRevenue: money(1, "USD") })).toEqualTypeOf<Ratio>();
    expectTypeOf(netMargin({ revenue: 2, netIncome: -1 })).toEqualTypeOf<Ratio>();
    expectTypeOf(marginChange(0.1, 0.2)).toEqualTypeOf<PercentagePoints>();
    expectTypeOf(marginRatio(0.1, 0.2)).toEqualTypeOf<Multiple>();
    expectTypeOf(operatingLeverage({ revenueGrowth: 1, costGrowth: 0.3 })).toEqualTypeOf<Multiple>();
  });

  it("refuses two literal currencies and wrong quantity kinds at compile time", () => {
    // @ts-expect-error USD net income with HKD revenue
    netMargin(money(1, "USD"), money(1, "HKD"));
    // @ts-expect-error the named form checks currencies too
    netMargin({ revenue: money(1, "USD"), netIncome: money(1, "HKD") });
    // @ts-expect-error the named form has exactly its fields
    grossMargin({ revenue: 1, cost: 1 });
    // @ts-expect-error percentage points are not a ratio
    marginChange(pp(1), 0.2);
    // @ts-expect-error both growth fields are required
    operatingLeverage({ revenueGrowth: 1 });
  });
});
