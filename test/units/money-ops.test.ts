import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  FinModelError,
  type Money,
  addMoney,
  allocateMoney,
  compareMoney,
  money,
  roundMoney,
  scaleMoney,
  subtractMoney,
  sumMoney,
} from "finmodel";
import { codeOf } from "../support/errors.js";


// Amounts as decimal strings with up to 4 decimals, so the laws are tested on exact values.
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, dp]) => new Decimal(units.toString()).div(new Decimal(10).pow(dp)).toString());
const usd = amount.map((a) => money(a, "USD"));

describe("addMoney / subtractMoney / scaleMoney", () => {
  it("is exact where floating point is not", () => {
    // 0.1 + 0.2 = 0.3 exactly (as doubles it would be 0.30000000000000004)
    expect(addMoney(money(0.1, "USD"), money(0.2, "USD")).amount.toString()).toBe("0.3");
    // ¥15.05亿 revenue − ¥10.24亿 net loss: 1,505,000,000 − 1,024,000,000 = 481,000,000
    expect(subtractMoney(money("1.505e9", "CNY"), money("1.024e9", "CNY")).amount.toString()).toBe("481000000");
    // US$7亿 revenue × 54 = US$378亿: 700,000,000 × 54 = 37,800,000,000
    expect(scaleMoney(money("7e8", "USD"), 54).amount.toString()).toBe("37800000000");
    // 10 × 0.254 = 2.54
    expect(scaleMoney(money(10, "USD"), "0.254").amount.toString()).toBe("2.54");
  });

  it("keeps the currency, freezes the result and never changes its operands", () => {
    const a = money("1.5", "HKD");
    const b = money("2.25", "HKD");
    const c = addMoney(a, b);
    expect(c).toMatchObject({ kind: "money", currency: "HKD" });
    expect(c.amount.toString()).toBe("3.75");
    expect(Object.isFrozen(c)).toBe(true);
    expect([a.amount.toString(), b.amount.toString()]).toEqual(["1.5", "2.25"]);
  });

  it("refuses mixed currencies with CURRENCY_MISMATCH naming both", () => {
    const hkd = money(1, "HKD") as unknown as Money<"USD">;
    expect(codeOf(() => addMoney(money(1, "USD"), hkd))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => subtractMoney(money(1, "USD"), hkd))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => compareMoney(money(1, "USD"), hkd))).toBe("CURRENCY_MISMATCH");
    expect(() => addMoney(money(1, "USD"), hkd)).toThrowError(/b is in HKD but USD was expected/);
  });

  it("refuses quantities that are not money with UNIT_MISMATCH", () => {
    expect(codeOf(() => addMoney(money(1, "USD"), { kind: "count", value: new Decimal(1), unit: "users" } as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => scaleMoney(5 as never, 2))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => scaleMoney(money(1, "USD"), "1e" as never))).toBe("INVALID_NUMBER");
  });

  it("law: addition is commutative and associative within a currency", () => {
    fc.assert(
      fc.property(usd, usd, usd, (a, b, c) => {
        expect(addMoney(a, b).amount.eq(addMoney(b, a).amount)).toBe(true);
        expect(addMoney(addMoney(a, b), c).amount.eq(addMoney(a, addMoney(b, c)).amount)).toBe(true);
      }),
    );
  });

  it("law: zero is the identity and subtraction undoes addition", () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        expect(addMoney(a, money(0, "USD")).amount.eq(a.amount)).toBe(true);
        expect(subtractMoney(addMoney(a, b), b).amount.eq(a.amount)).toBe(true);
      }),
    );
  });
});

describe("sumMoney", () => {
  it("adds a list exactly", () => {
    // 0.1 + 0.2 + 0.3 = 0.6
    expect(sumMoney([money("0.1", "USD"), money("0.2", "USD"), money("0.3", "USD")]).amount.toString()).toBe("0.6");
    expect(sumMoney([money(7, "HKD")]).currency).toBe("HKD");
  });

  it("refuses an empty list, mixed currencies and non-money elements", () => {
    expect(codeOf(() => sumMoney([]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => sumMoney([money(1, "USD"), money(1, "HKD")] as Money<string>[]))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => sumMoney([money(1, "USD"), 1] as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => sumMoney("abc" as never))).toBe("UNIT_MISMATCH");
  });

  it("law: the sum does not depend on the order", () => {
    fc.assert(
      fc.property(fc.array(usd, { minLength: 1, maxLength: 8 }), (list) => {
        const reversed = [...list].reverse();
        expect(sumMoney(list).amount.eq(sumMoney(reversed).amount)).toBe(true);
      }),
    );
  });
});

describe("compareMoney", () => {
  it("orders amounts", () => {
    expect(compareMoney(money(930, "HKD"), money(1240, "HKD"))).toBe(-1);
    expect(compareMoney(money(1240, "HKD"), money(930, "HKD"))).toBe(1);
    expect(compareMoney(money("1.50", "HKD"), money("1.5", "HKD"))).toBe(0);
  });

  it("law: antisymmetric", () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        expect(compareMoney(a, b)).toBe(-compareMoney(b, a) || 0);
        expect(compareMoney(a, b)).toBe(a.amount.lt(b.amount) ? -1 : a.amount.eq(b.amount) ? 0 : 1);
      }),
    );
  });
});

describe("roundMoney", () => {
  it("rounds half to even at the minor unit", () => {
    // 2.345 → 2.34 (4 is even), 2.355 → 2.36 (6 is even), JPY has no minor unit
    expect(roundMoney(money("2.345", "USD")).amount.toString()).toBe("2.34");
    expect(roundMoney(money("2.355", "USD")).amount.toString()).toBe("2.36");
    expect(roundMoney(money("-2.345", "USD")).amount.toString()).toBe("-2.34");
    expect(roundMoney(money("1234.5", "JPY")).amount.toString()).toBe("1234");
    expect(roundMoney(money("1235.5", "JPY")).amount.toString()).toBe("1236");
  });
});

describe("allocateMoney", () => {
  it("splits by the largest-remainder rule, ties to the earlier part", () => {
    // 10000 cents / 3 = 3333 r 1 each; the one cent left goes to the first part
    expect(allocateMoney(money(100, "USD"), [1, 1, 1]).map((p) => p.amount.toFixed(2))).toEqual(["33.34", "33.33", "33.33"]);
    // 5 cents × 70/100 = 3.5, × 30/100 = 1.5: floors 3 + 1, one left, tie → first
    expect(allocateMoney(money("0.05", "USD"), [70, 30]).map((p) => p.amount.toString())).toEqual(["0.04", "0.01"]);
    // 100 cents × (1/6, 2/6, 3/6) = 16.67, 33.33, 50: floors 16 + 33 + 50 = 99; largest remainder is part 0 (4/6)
    expect(allocateMoney(money(1, "USD"), [1, 2, 3]).map((p) => p.amount.toString())).toEqual(["0.17", "0.33", "0.5"]);
    // Decimal weights: 7 cents × 0.25 = 1.75, × 0.75 = 5.25 → floors 1 + 5, remainder to part 0 (.75 > .25)
    expect(allocateMoney(money("0.07", "USD"), ["0.25", "0.75"]).map((p) => p.amount.toString())).toEqual(["0.02", "0.05"]);
  });

  it("uses the currency's minor unit and gives zero weights nothing", () => {
    // JPY: exponent 0. 10 yen / 3 = 3 r 1 → 4, 3, 3
    expect(allocateMoney(money(10, "JPY"), [1, 1, 1]).map((p) => p.amount.toString())).toEqual(["4", "3", "3"]);
    expect(allocateMoney(money(10, "JPY"), [0, 1]).map((p) => p.amount.toString())).toEqual(["0", "10"]);
  });

  it("splits a negative total as its absolute value, negated", () => {
    expect(allocateMoney(money(-100, "USD"), [1, 1, 1]).map((p) => p.amount.toFixed(2))).toEqual(["-33.34", "-33.33", "-33.33"]);
  });

  it("refuses totals finer than the minor unit and bad weights", () => {
    expect(codeOf(() => allocateMoney(money("0.005", "USD"), [1, 1]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => allocateMoney(money(1, "USD"), []))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => allocateMoney(money(1, "USD"), [1, -1]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => allocateMoney(money(1, "USD"), [0, 0]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => allocateMoney(money(1, "USD"), [1, "x"]))).toBe("INVALID_NUMBER");
  });

  it("law: the parts sum exactly to the total, each at the minor unit, each within one unit of its exact share", () => {
    const cents = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }).map((c) => money(new Decimal(c.toString()).div(100), "USD"));
    const weights = fc.array(fc.oneof(fc.nat({ max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(cents, weights, (total, ws) => {
        const parts = allocateMoney(total, ws);
        expect(parts).toHaveLength(ws.length);
        expect(sumMoney(parts).amount.eq(total.amount)).toBe(true);
        const sumW = ws.reduce((s, w) => s.plus(new Decimal(w)), new Decimal(0));
        parts.forEach((p, i) => {
          expect(p.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          const exact = total.amount.times(new Decimal(ws[i]!)).div(sumW);
          expect(p.amount.minus(exact).abs().lt("0.01")).toBe(true);
        });
      }),
    );
  });
});
