// The comparison the metrics use where decimal.js's cmp would first copy its argument:
// it must order every pair of finite Decimals as cmp does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "finmodel";
import { compare, greater } from "../../src/metrics/inputs.js";

describe("compare", () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -60, max: 60 }))
    .map(([digits, exp]) => new Decimal(`${digits}e${exp}`));

  it("orders as decimal.js's cmp, for any two finite values (property)", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compare(a, b)).toBe(a.cmp(b));
        expect(compare(b, a)).toBe(b.cmp(a));
        expect(greater(a, b)).toBe(a.gt(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("zeros of either sign are equal; values that differ only in the last word or in length are ordered", () => {
    expect(compare(new Decimal(0), new Decimal("-0"))).toBe(0);
    expect(compare(new Decimal(0), new Decimal("-1e-30"))).toBe(1);
    expect(compare(new Decimal("-1e-30"), new Decimal(0))).toBe(-1);
    expect(compare(new Decimal("1.00000000000001"), new Decimal("1.00000000000002"))).toBe(-1);
    expect(compare(new Decimal("1.000000000000001"), new Decimal(1))).toBe(1);
    expect(compare(new Decimal("-1.000000000000001"), new Decimal(-1))).toBe(-1);
    expect(compare(new Decimal(25.4), new Decimal(100))).toBe(-1);
    expect(compare(new Decimal(-100), new Decimal(-25.4))).toBe(-1);
  });
});
