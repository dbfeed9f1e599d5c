import { describe, expect, it, vi } from "vitest";
import DecimalJs from "decimal.js";

describe("finmodel's private Decimal", () => {
  it("leaves the host's global Decimal configuration untouched", async () => {
    const before = { precision: DecimalJs.precision, rounding: DecimalJs.rounding, toExpNeg: DecimalJs.toExpNeg, toExpPos: DecimalJs.toExpPos, modulo: DecimalJs.modulo };
    // a fresh copy, loaded now, even when an earlier test file of this worker loaded finmodel
    vi.resetModules();
    const fm = await import("finmodel");
    // Use it, so that any lazy configuration would have happened.
    fm.toDecimal("1").div(3);
    expect({ precision: DecimalJs.precision, rounding: DecimalJs.rounding, toExpNeg: DecimalJs.toExpNeg, toExpPos: DecimalJs.toExpPos, modulo: DecimalJs.modulo }).toEqual(before);
    expect(new DecimalJs(1).div(3).toString()).toBe("0.33333333333333333333"); // decimal.js default: 20 digits
    expect(fm.Decimal).not.toBe(DecimalJs);
  });

  it("computes at 34 significant digits with banker's rounding", async () => {
    const { Decimal, PRECISION } = await import("finmodel");
    expect(PRECISION).toBe(34);
    expect(Decimal.precision).toBe(34);
    expect(Decimal.rounding).toBe(DecimalJs.ROUND_HALF_EVEN);
    expect(new Decimal(2).div(3).toString()).toBe("0.6666666666666666666666666666666667");
    // half-even: 0.125 → 0.12, 0.135 → 0.14
    expect(new Decimal("0.125").toDecimalPlaces(2).toString()).toBe("0.12");
    expect(new Decimal("0.135").toDecimalPlaces(2).toString()).toBe("0.14");
  });

  it("is not affected when the host changes its global configuration", async () => {
    const { Decimal } = await import("finmodel");
    const saved = DecimalJs.precision;
    try {
      DecimalJs.set({ precision: 5 });
      expect(new Decimal(1).div(7).toString()).toBe("0.1428571428571428571428571428571429");
    } finally {
      DecimalJs.set({ precision: saved });
    }
  });
});

describe("claimsDecimal", () => {
  it("is true for a Decimal of any copy of decimal.js, false for anything else, and never throws", async () => {
    const { claimsDecimal, Decimal: Private } = await import("../../src/core/decimal.js");
    expect(claimsDecimal(new Private(1))).toBe(true);
    expect(claimsDecimal(new DecimalJs(1))).toBe(true);
    expect(claimsDecimal({ [Symbol.toStringTag]: "Decimal" })).toBe(true); // a claim, read through its text by toDecimal
    for (const other of [1, "1", null, undefined, {}, [], new Date()]) expect(claimsDecimal(other)).toBe(false);
    const hostile = new Proxy({}, { get: () => { throw new Error("trap"); } });
    expect(claimsDecimal(hostile)).toBe(false);
  });
});
