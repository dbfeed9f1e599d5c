import { describe, expect, it } from "vitest";
import { FinModelError, isFinModelError } from "finmodel";
import { messages } from "../../src/core/messages.js";

describe("FinModelError", () => {
  it("is an Error with a stable code, path and value", () => {
    const e = new FinModelError("OUT_OF_DOMAIN", "years must be positive", { path: "years", value: -1 });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("FinModelError");
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.path).toBe("years");
    expect(e.value).toBe(-1);
    expect(isFinModelError(e)).toBe(true);
    expect(isFinModelError(e, "OUT_OF_DOMAIN")).toBe(true);
    expect(isFinModelError(e, "PARSE_ERROR")).toBe(false);
    expect(isFinModelError(new TypeError("x"))).toBe(false);
  });

  it("keeps a cause", () => {
    const cause = new Error("inner");
    expect(new FinModelError("SCHEMA", "bad", { cause }).cause).toBe(cause);
  });

  // Messages are part of what users see: pin them.
  it("builds messages from one table", () => {
    expect(messages.invalidNumber("revenue", "abc")).toMatchInlineSnapshot(
      `"revenue must be a finite number (number, numeric string, bigint or Decimal), got "abc""`,
    );
    expect(messages.outOfDomain("years", -1, "must be greater than zero")).toMatchInlineSnapshot(`"years must be greater than zero, got -1"`);
    expect(messages.divisionByZero("revenue")).toMatchInlineSnapshot(`"revenue is zero, so the result would be a division by zero"`);
    expect(messages.currencyMismatch("b", "USD", "HKD")).toMatchInlineSnapshot(
      `"b is in HKD but USD was expected; convert it with an explicit FX rate first"`,
    );
    expect(messages.parseError("text", "1.2.3%", "a percentage")).toMatchInlineSnapshot(`"text: cannot read "1.2.3%" as a percentage"`);
    expect(messages.noSolution("IRR", "Newton from 0.1, then bisection on [-0.99, 1e6]")).toMatchInlineSnapshot(
      `"IRR has no solution: Newton from 0.1, then bisection on [-0.99, 1e6]"`,
    );
  });
});
