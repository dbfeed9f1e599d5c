import { describe, expectTypeOf, it } from "vitest";
import { type Ratio, capm, money, wacc } from "finmodel";

describe("cost of capital types", () => {
  it("gives Ratios", () => {
    expectTypeOf(capm({ riskFree: 0.04, beta: 1.2, equityRiskPremium: 0.05 })).toEqualTypeOf<Ratio>();
    expectTypeOf(wacc({ equityValue: money(1, "USD"), debtValue: money(1, "USD"), costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 0.2 })).toEqualTypeOf<Ratio>();
  });

  it("refuses mixed currencies and money for a rate", () => {
    // @ts-expect-error debt in HKD against equity in USD
    wacc({ equityValue: money(1, "USD"), debtValue: money(1, "HKD"), costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 0.2 });
    // @ts-expect-error a rate is not money
    capm({ riskFree: money(1, "USD"), beta: 1, equityRiskPremium: 0.05 });
  });
});
