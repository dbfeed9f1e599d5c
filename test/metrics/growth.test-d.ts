import { describe, expectTypeOf, it } from "vitest";
import { type Decimal, type Money, type Multiple, type Ratio, cagr, cagrBetween, compound, growthMultiple, growthRate, money, multiple, priorValue } from "finmodel";

describe("growth types", () => {
  it("amounts keep their currency; plain numbers give a Decimal", () => {
    expectTypeOf(compound(money(1, "USD"), 0.1, 2)).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(compound(100, 0.1, 2)).toEqualTypeOf<Decimal>();
    expectTypeOf(priorValue(money(75, "CNY"), 1.589)).toEqualTypeOf<Money<"CNY">>();
    expectTypeOf(cagr(1, 2, 3)).toEqualTypeOf<Ratio>();
    expectTypeOf(cagrBetween(1, 2, "2024-01-01", "2025-01-01", { basis: "ACT/360" })).toEqualTypeOf<Ratio>();
    expectTypeOf(growthRate(1, 2)).toEqualTypeOf<Ratio>();
    expectTypeOf(growthMultiple(1, 2)).toEqualTypeOf<Multiple>();
  });

  it("refuses mixed literal currencies, bad bases and wrong kinds", () => {
    // @ts-expect-error USD → HKD is not a growth
    cagr(money(1, "USD"), money(2, "HKD"), 5);
    // @ts-expect-error unknown day-count basis
    cagrBetween(1, 2, "2024-01-01", "2025-01-01", { basis: "ACT/999" });
    // @ts-expect-error a Multiple is not a rate
    compound(1, multiple(2), 3);
  });
});
