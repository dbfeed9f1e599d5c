// How error messages show the offending value: as a user would write it, never as
// library internals (`Decimal(0)`, "an array of length 2", "a money value").
import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/core/messages.js";
import { Decimal } from "../../src/core/decimal.js";

describe("describeValue", () => {
  it("shows a Decimal as its number", () => {
    expect(describeValue(new Decimal(0))).toBe("0");
    expect(describeValue(new Decimal("-358.47e6"))).toBe("-358470000");
  });

  it("lists a short array's items and counts a long one's", () => {
    expect(describeValue([100, 200])).toBe("[100, 200]");
    expect(describeValue([new Decimal(1), "a", [1, 2]])).toBe('[1, "a", [2 values]]');
    expect(describeValue([1, 2, 3, 4, 5, 6])).toBe("[6 values]");
    expect(describeValue([])).toBe("[]");
  });

  it("uses a value's own toString", () => {
    const q = { kind: "money", amount: new Decimal("358.47e6"), currency: "USD", toString: () => "US$358.47M" };
    expect(describeValue(q)).toBe("US$358.47M");
  });

  it("shows a quantity without a toString by its number and unit", () => {
    expect(describeValue({ kind: "money", amount: new Decimal("358.47e6"), currency: "USD" })).toBe("358470000 USD");
    expect(describeValue({ kind: "ratio", value: new Decimal("-2") })).toBe("ratio -2");
    expect(describeValue({ kind: "figure-range" })).toBe("a figure-range value");
  });

  it("names the keys of a plain object, and survives objects without or with a throwing toString", () => {
    expect(describeValue({ revenue: 1, cost: 2 })).toBe("an object { revenue, cost }");
    expect(describeValue(Object.create(null) as object)).toBe("an empty object");
    expect(describeValue({})).toBe("an empty object");
    const bad = { toString: () => { throw new Error("no"); }, a: 1 };
    expect(describeValue(bad)).toBe("an object { toString, a }");
  });

  it("keeps the scalars as before", () => {
    expect(describeValue("abc")).toBe('"abc"');
    expect(describeValue(-0)).toBe("-0");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(10n)).toBe("10n");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(new Date(Number.NaN))).toBe("Invalid Date");
  });
});
