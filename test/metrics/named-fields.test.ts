// Functions that take one object of named fields refuse a field they do not know: a misspelt
// optional field would otherwise be left out of the answer without a word.
import { describe, expect, it } from "vitest";
import {
  capm,
  comps,
  count,
  dcf,
  dilutedShares,
  enterpriseValue,
  equityValue,
  impliedMultiple,
  impliedPrice,
  impliedPriceFromEv,
  impliedShares,
  impliedValue,
  monthlyBurn,
  money,
  multiple,
  operatingLeverage,
  partGrowth,
  percent,
  pricePerShare,
  rewardToRisk,
  wacc,
} from "finmodel";
import { thrown } from "../support/errors.js";

const usd = (x: string) => money(x, "USD");
const shares = (x: number) => count(x, "shares");

// Each call is valid without the extra field (checked below), so the refusal is the field's.
const valid: Record<string, (extra: Record<string, unknown>) => unknown> = {
  equityValue: (x) => equityValue({ enterpriseValue: usd("100"), cash: usd("10"), debt: usd("5"), ...x }),
  enterpriseValue: (x) => enterpriseValue({ marketCap: usd("100"), cash: usd("10"), debt: usd("5"), ...x }),
  impliedPrice: (x) => impliedPrice({ revenue: usd("10"), multiple: multiple(5), shares: shares(10), ...x }),
  impliedPriceFromEv: (x) => impliedPriceFromEv({ revenue: usd("10"), multiple: multiple(5), netCash: usd("1"), shares: shares(10), ...x }),
  impliedShares: (x) => impliedShares({ price: usd("5"), revenue: usd("10"), multiple: multiple(5), ...x }),
  impliedMultiple: (x) => impliedMultiple({ price: usd("5"), shares: shares(10), revenue: usd("10"), ...x }),
  impliedValue: (x) => impliedValue({ multiple: multiple(5), metric: usd("10"), ...x }),
  rewardToRisk: (x) => rewardToRisk({ price: usd("10"), bull: usd("15"), bear: usd("8"), ...x }),
  capm: (x) => capm({ riskFree: percent(4), beta: 1.2, equityRiskPremium: percent(5), ...x }),
  wacc: (x) => wacc({ equityValue: usd("100"), debtValue: usd("50"), costOfEquity: percent(10), costOfDebt: percent(5), taxRate: percent(25), ...x }),
  dilutedShares: (x) => dilutedShares({ basic: shares(100), price: usd("10"), ...x }),
  pricePerShare: (x) => pricePerShare({ equityValue: usd("1000"), basic: shares(100), ...x }),
  "dilutedShares options[0]": (x) => dilutedShares({ basic: shares(100), price: usd("10"), options: [{ count: shares(5), strike: usd("4"), ...x }] }),
  dcf: (x) => dcf({ cashFlows: [usd("10"), usd("11")], discountRate: percent(10), terminal: { growth: percent(2) }, ...x }),
  "dcf terminal": (x) => dcf({ cashFlows: [usd("10"), usd("11")], discountRate: percent(10), terminal: { growth: percent(2), ...x } }),
  monthlyBurn: (x) => monthlyBurn({ cashStart: usd("100"), cashEnd: usd("40"), months: 6, ...x }),
  operatingLeverage: (x) => operatingLeverage({ revenueGrowth: percent(20), costGrowth: percent(10), ...x }),
  partGrowth: (x) => partGrowth({ totalBefore: usd("100"), totalAfter: usd("150"), shareBefore: percent(40), shareAfter: percent(50), years: 1, ...x }),
  "comps options": (x) => comps([{ name: "A", marketCap: usd("100"), revenue: usd("10") }], { metrics: ["priceToSales"], ...x }),
  "comps peers[0]": (x) => comps([{ name: "A", marketCap: usd("100"), revenue: usd("10"), ...x }], { metrics: ["priceToSales"] }),
};

describe("named fields", () => {
  for (const [name, call] of Object.entries(valid)) {
    it(`${name}: a field it does not know is OUT_OF_DOMAIN naming the field and listing the known ones`, () => {
      expect(() => call({})).not.toThrow();
      const e = thrown(() => call({ bogus: 1 }));
      expect(e.code).toBe("OUT_OF_DOMAIN");
      expect(e.path).toMatch(/(^|\.)bogus$/);
      expect(e.message).toMatch(/is not a field here: the fields are /);
    });
  }

  it("a required field left out is named as missing, not as a bad number", () => {
    const e = thrown(() => equityValue({ enterpriseValue: usd("100"), debt: usd("5") } as never));
    expect([e.code, e.path]).toEqual(["INVALID_NUMBER", "cash"]);
    expect(e.message).toMatch(/^cash is missing: it must be given/);
  });

  it("a misspelt optional field no longer drops out of the bridge", () => {
    const right = equityValue({ enterpriseValue: usd("100"), cash: usd("10"), debt: usd("5"), minorityInterest: usd("20") });
    // 100 + 10 − 5 − 20
    expect(right.amount.toString()).toBe("85");
    const e = thrown(() => equityValue({ enterpriseValue: usd("100"), cash: usd("10"), debt: usd("5"), minorityInterests: usd("20") } as never));
    expect(e.path).toBe("minorityInterests");
    expect(e.message).toContain("minorityInterest");
  });

  it("an EV multiple's fields given to impliedPrice point to impliedPriceFromEv", () => {
    // the P/S price would be 5 × 10 / 10 = 5, net cash left out without a word
    const e = thrown(() => impliedPrice({ revenue: usd("10"), multiple: multiple(5), basis: "ev", netCash: usd("1"), shares: shares(10) } as never));
    expect(e.path).toBe("basis");
    expect(e.message).toContain("impliedPriceFromEv");
    // (5 × 10 + 1) / 10
    expect(impliedPriceFromEv({ revenue: usd("10"), multiple: multiple(5), netCash: usd("1"), shares: shares(10) }).amount.toString()).toBe("5.1");
  });

  it("a dcf terminal is { growth } or { multiple, metric }, not both", () => {
    const e = thrown(() => dcf({ cashFlows: [usd("10")], discountRate: percent(10), terminal: { growth: percent(2), multiple: multiple(10), metric: usd("12") } as never }));
    expect([e.code, e.path]).toEqual(["OUT_OF_DOMAIN", "terminal"]);
  });
});
