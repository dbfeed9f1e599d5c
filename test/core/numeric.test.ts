import fc from "fast-check";
import { describe, expect, it } from "vitest";
import DecimalJs from "decimal.js";
import { Decimal, FinModelError, isNumeric, toDecimal, toNumber } from "finmodel";
import { codeOf } from "../support/errors.js";


describe("toDecimal", () => {
  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["null", null],
    ["undefined", undefined],
    ["empty string", ""],
    ["blank string", "   "],
    ["'abc'", "abc"],
    ["'1e'", "1e"],
    ["'Infinity'", "Infinity"],
    ["'NaN'", "NaN"],
    ["hex '0x10'", "0x10"],
    ["'1,000' (separators belong to parseQuantity)", "1,000"],
    ["'12%'", "12%"],
    ["an object", {}],
    ["an array", [1]],
    ["a boolean", true],
    ["a Date", new Date(0)],
    ["a non-finite Decimal", new DecimalJs(Number.NaN)],
  ])("rejects %s with INVALID_NUMBER", (_label, value) => {
    expect(codeOf(() => toDecimal(value as never))).toBe("INVALID_NUMBER");
  });

  it("names the argument and the value in the message", () => {
    expect(() => toDecimal("abc", "revenue")).toThrowErrorMatchingInlineSnapshot(
      `[FinModelError: revenue must be a finite number (number, numeric string, bigint or Decimal), got "abc"]`,
    );
    try {
      toDecimal(Number.NaN, "price");
    } catch (e) {
      expect(e).toMatchObject({ code: "INVALID_NUMBER", path: "price", excelError: "#VALUE!" });
      expect(Number.isNaN((e as FinModelError).value)).toBe(true);
    }
  });

  it("reads numbers from their shortest decimal form", () => {
    expect(toDecimal(0.1).toString()).toBe("0.1");
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toString()).toBe("0.3");
    expect(toDecimal(1e21).toFixed()).toBe("1000000000000000000000");
    expect(toDecimal(-0).isNegative()).toBe(false);
  });

  it("reads strings, bigints and Decimals exactly", () => {
    expect(toDecimal(" -1.5e3 ").toString()).toBe("-1500");
    expect(toDecimal(".5").toString()).toBe("0.5");
    expect(toDecimal("5.").toString()).toBe("5");
    expect(toDecimal(123456789012345678901234567890n).toFixed()).toBe("123456789012345678901234567890");
    // A Decimal finmodel made is returned as it is; one made with the exported constructor is copied
    // into finmodel's private one (so reconfiguring the exported one cannot change a result).
    const d = toDecimal("1.25");
    expect(toDecimal(d)).toBe(d);
    expect(toDecimal(new Decimal("1.25")).eq(d)).toBe(true);
  });

  it("re-makes a Decimal of another constructor with finmodel's settings", () => {
    const Host = DecimalJs.clone({ precision: 5 });
    const x = toDecimal(new Host(1));
    // 1/3 at 34 significant digits, not at the host's 5
    expect(x.div(3).toString()).toBe("0.3333333333333333333333333333333333");
  });

  it("agrees with the shortest repr of any finite double (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = toDecimal(x);
        expect(d.toNumber()).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe("isNumeric / toNumber", () => {
  it("tells numerics apart", () => {
    expect(isNumeric("1.5")).toBe(true);
    expect(isNumeric(3n)).toBe(true);
    expect(isNumeric("1e")).toBe(false);
    expect(isNumeric(Number.POSITIVE_INFINITY)).toBe(false);
  });
  it("refuses a Decimal too large for a double", () => {
    expect(codeOf(() => toNumber(new Decimal("1e400")))).toBe("INVALID_NUMBER");
    expect(toNumber("2.5")).toBe(2.5);
  });
});
