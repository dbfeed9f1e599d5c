import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, decimalOfFloat } from "../../src/core/decimal.js";
import { toDecimal } from "../../src/core/numeric.js";

// decimalOfFloat writes decimal.js's representation itself; decimal.js's own constructor is
// the reference, field by field, and in what its methods do with the result (-0 aside: it
// is read as 0, see the last test).
function sameAsDecimalJs(x: number): void {
  const ours = decimalOfFloat(x) as unknown as { s: number; e: number; d: number[]; constructor: unknown };
  const theirs = new Decimal(x === 0 ? 0 : x) as unknown as { s: number; e: number; d: number[] };
  expect({ s: ours.s, e: ours.e, d: ours.d }, String(x)).toEqual({ s: theirs.s, e: theirs.e, d: theirs.d });
  expect(ours.constructor).toBe(Decimal);
  expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
  expect((ours as unknown as Decimal).toString()).toBe((theirs as unknown as Decimal).toString());
}

describe("decimalOfFloat", () => {
  it("gives decimal.js's digits for the shapes String(x) prints", () => {
    const cases = [
      0.5, 0.1, 0.3414268359595658, 1234.5, 12345678.5, 9999999.5, 100.25, 0.000123,
      // exponent forms, both ways, and the word boundary on each side of the point
      1e-7, 1.5e-7, 1e-6, 1e21, 1.2345e21, 123456789012345680000, 1e22,
      // the extremes of the doubles
      5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
      // integers past decimal.js's small-integer fast path, and its edge
      1e7, 12345678, 2 ** 53, 2 ** 53 + 2, 9999999, 1, 7,
      -0.75, -1e-300, -12345678.25, -1e7,
    ];
    for (const x of cases) sameAsDecimalJs(x);
  });

  it("gives decimal.js's digits for any finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        sameAsDecimalJs(x);
      }),
      { numRuns: 5_000 },
    );
  });

  it("gives decimal.js's digits for numbers with few decimals (prices, rates)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 12 }), (m, k) => {
        sameAsDecimalJs(m / 10 ** k);
      }),
      { numRuns: 5_000 },
    );
  });

  it("reads -0 as 0, and its results compute as decimal.js's do", () => {
    expect(Object.is(decimalOfFloat(-0).toNumber(), 0)).toBe(true);
    expect(toDecimal(-0).isNegative()).toBe(false);
    const a = decimalOfFloat(0.1);
    expect(a.plus(decimalOfFloat(0.2)).toString()).toBe("0.3");
    expect(decimalOfFloat(1.505e9).div(decimalOfFloat(7.8)).toString()).toBe(new Decimal(1.505e9).div(7.8).toString());
    expect(decimalOfFloat(-12.5).times(8).toString()).toBe("-100");
  });
});
