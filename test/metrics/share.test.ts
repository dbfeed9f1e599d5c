import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FinModelError, money, percent, ratio, shareOf, shareTotal } from "finmodel";
import { codeOf as code } from "../support/errors.js";

describe("shareOf", () => {
  it("divides the part by the whole", () => {
    // 28.97 / 10700 = 0.0027074766…
    expect(shareOf(money("28.97e6", "USD"), money("10.7e9", "USD")).value.toSignificantDigits(8).toString()).toBe("0.0027074766");
    expect(shareOf(0, 5).value.toString()).toBe("0");
    expect(shareOf(5, 5).value.toString()).toBe("1");
  });
  it("refuses parts outside the whole and mixed currencies", () => {
    expect(code(() => shareOf(6, 5))).toBe("OUT_OF_DOMAIN");
    expect(code(() => shareOf(-1, 5))).toBe("OUT_OF_DOMAIN");
    expect(code(() => shareOf(1, 0))).toBe("DIVISION_BY_ZERO");
    expect(code(() => shareOf(1, -5))).toBe("OUT_OF_DOMAIN");
    expect(code(() => shareOf(money(1, "USD"), money(2, "HKD") as never))).toBe("CURRENCY_MISMATCH");
  });
  it("multiplied back by the whole gives the part (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        const [part, whole] = a <= b ? [a, b] : [b, a];
        if (whole === 0) return;
        const s = shareOf(part, whole).value;
        expect(s.times(whole).minus(part).abs().lte(1e-20)).toBe(true);
      }),
    );
  });
});

describe("shareTotal", () => {
  it("adds shares exactly: 61% + 24% + 15% = 100%", () => {
    expect(shareTotal([percent(61), percent(24), percent(15)]).value.toString()).toBe("1");
    // 0.1 + 0.2 is exactly 0.3 here, unlike in binary floating point
    expect(shareTotal({ a: 0.1, b: 0.2 }).value.toString()).toBe("0.3");
    expect(shareTotal([ratio("0.333"), ratio("0.333")]).value.toString()).toBe("0.666");
  });
  it("refuses shares outside [0, 1] and empty input", () => {
    expect(() => shareTotal([1.2])).toThrow(FinModelError);
    expect(() => shareTotal([-0.1])).toThrow(FinModelError);
    expect(() => shareTotal([])).toThrow(FinModelError);
    expect(() => shareTotal({})).toThrow(FinModelError);
  });
});
