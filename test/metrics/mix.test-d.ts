import { describe, expectTypeOf, it } from "vitest";
import { type Money, type MixRateDecomposition, type PercentagePoints, type Ratio, growthContribution, mixRateDecomposition, mixShares, mixShift, money, partGrowth, partValues } from "finmodel";

describe("mix types", () => {
  it("records keep their keys", () => {
    expectTypeOf(mixShares({ a: 1, b: 2 })).toEqualTypeOf<Readonly<Record<"a" | "b", Ratio>>>();
    expectTypeOf(mixShift({ a: 0.5, b: 0.5 }, { a: 0.4, b: 0.6 })).toEqualTypeOf<Readonly<Record<"a" | "b", PercentagePoints>>>();
    expectTypeOf(partValues(money(1, "USD"), { x: 0.4, y: 0.6 })).toEqualTypeOf<Readonly<Record<"x" | "y", Money<"USD">>>>();
    expectTypeOf(growthContribution({ a: 1 }, { a: 2 })).toEqualTypeOf<Readonly<Record<"a", PercentagePoints>>>();
    expectTypeOf(partGrowth({ totalBefore: 1, totalAfter: 2, shareBefore: 0.5, shareAfter: 0.5 })).toEqualTypeOf<Ratio>();
    expectTypeOf(mixRateDecomposition({ a: { weight: 1, rate: 0.1 } }, { a: { weight: 1, rate: 0.2 } })).toEqualTypeOf<MixRateDecomposition>();
  });

  it("refuses records with different keys", () => {
    // @ts-expect-error "c" is not a part of before
    mixShift({ a: 0.5, b: 0.5 }, { a: 0.5, c: 0.5 });
  });
});
