import { describe, expectTypeOf, it } from "vitest";
import { type Decimal, type Money, type NotMeaningful, type Ratio, dcf, money } from "finmodel";

describe("dcf types", () => {
  it("amounts in the cash flows' currency, or Decimal", () => {
    const v = dcf({ cashFlows: [money(1, "USD")], discountRate: 0.1, terminal: { growth: 0 } });
    expectTypeOf(v.enterpriseValue).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(v.terminalShare).toEqualTypeOf<Ratio | NotMeaningful>();
    expectTypeOf(dcf({ cashFlows: [1, 2], discountRate: 0.1, terminal: { growth: 0 } }).enterpriseValue).toEqualTypeOf<Decimal>();
    expectTypeOf(dcf({ cashFlows: [{ period: "FY2026", amount: money(1, "EUR") }], discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2025-12-31" }).presentValueOfTerminal).toEqualTypeOf<Money<"EUR">>();
  });

  it("refuses an unknown timing and an exit metric in another currency", () => {
    // @ts-expect-error timing is "end" or "mid-year"
    dcf({ cashFlows: [1], discountRate: 0.1, terminal: { growth: 0 }, timing: "start" });
    // @ts-expect-error the exit metric in HKD against USD cash flows
    dcf({ cashFlows: [money(1, "USD")], discountRate: 0.1, terminal: { multiple: 8, metric: money(1, "HKD") } });
  });
});
