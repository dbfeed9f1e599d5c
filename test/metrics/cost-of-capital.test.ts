import { describe, expect, it } from "vitest";
import { capm, derive, figure, money, percent, ratio, wacc } from "finmodel";
import { thrown } from "../support/errors.js";

const usd = (n: number) => money(n, "USD");

describe("capm", () => {
  it("riskFree + beta × premium", () => {
    // 4.25% + 1.3 × 5% = 10.75%
    expect(capm({ riskFree: percent(4.25), beta: 1.3, equityRiskPremium: ratio(0.05) }).value.toString()).toBe("0.1075");
    // a negative beta lowers it: 3% − 0.5 × 6% = 0
    expect(capm({ riskFree: 0.03, beta: -0.5, equityRiskPremium: 0.06 }).value.toString()).toBe("0");
  });

  it("refuses a cost at or below −100% and wrong units", () => {
    expect(thrown(() => capm({ riskFree: 0, beta: -20, equityRiskPremium: 0.05 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => capm({ riskFree: usd(1) as never, beta: 1, equityRiskPremium: 0.05 })).code).toBe("UNIT_MISMATCH");
  });

  it("works through derive: a beta given as a range", () => {
    // beta [1.1, 1.3]: 4% + [5.5%, 6.5%]
    const k = derive("cost of equity", capm, { riskFree: 0.04, beta: figure(1.2, { interval: { low: 1.1, high: 1.3 } }), equityRiskPremium: 0.05 });
    expect([k.value.value, k.interval.low.value, k.interval.high.value].map(String)).toEqual(["0.1", "0.095", "0.105"]);
  });
});

describe("wacc", () => {
  it("weights the costs by market values, with the debt tax shield", () => {
    // E 600, D 400: 0.6 × 12% + 0.4 × 5% × (1 − 20%) = 7.2% + 1.6% = 8.8%
    expect(wacc({ equityValue: usd(600), debtValue: usd(400), costOfEquity: 0.12, costOfDebt: 0.05, taxRate: 0.2 }).value.toString()).toBe("0.088");
    // all equity: the cost of equity
    expect(wacc({ equityValue: 1, debtValue: 0, costOfEquity: 0.11, costOfDebt: 0.05, taxRate: 0.25 }).value.toString()).toBe("0.11");
  });

  it("refuses E + D = 0, a tax rate outside [0, 1], negative values and mixed currencies", () => {
    expect(thrown(() => wacc({ equityValue: 0, debtValue: 0, costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 0.2 })).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => wacc({ equityValue: 1, debtValue: 1, costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 1.2 })).path).toBe("taxRate");
    expect(thrown(() => wacc({ equityValue: -1, debtValue: 1, costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 0.2 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => wacc({ equityValue: usd(1), debtValue: money(1, "HKD") as never, costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 0.2 })).code).toBe("CURRENCY_MISMATCH");
  });
});
