// The value algebra (src/units/values.ts) and what every quantity can do: print itself as the
// formatters do, serialise for reviveQuantity, and refuse to be used as a plain number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, cagr, count, formatCount, formatMoney, formatMultiple, formatPp, formatRatio, margin, money, multiple, percent, pp, ratio, reviveQuantity } from "finmodel";
import { commonCurrency, kindOf, magnitude, withMagnitude } from "../../src/units/values.js";
import { magnitude as figureMagnitude, withMagnitude as figureWithMagnitude } from "../../src/figures/quantity.js";
import { codeOf, thrown } from "../support/errors.js";

describe("quantities print as the formatters do with their defaults", () => {
  it("in template literals and String()", () => {
    // (206.5 / 10.7)^(1/5) − 1 = 0.807620…, formatRatio's default of one decimal: 80.8%
    expect(`${cagr(10.7, 206.5, 5)}`).toBe("80.8%");
    expect(`${cagr(10.7, 206.5, 5)}`).toBe(formatRatio(cagr(10.7, 206.5, 5)));
    expect(String(money("75e6", "USD"))).toBe("US$75,000,000.00");
    expect(String(money("75e6", "USD"))).toBe(formatMoney(money("75e6", "USD")));
    expect(`${pp(13.2)}`).toBe("+13.2 pp");
    expect(`${multiple("9.333")}`).toBe("9.3x");
    expect(`${count(27.6e6, "users")}`).toBe("27,600,000 users");
  });

  it("print exactly what the formatters print by default, for any value (property)", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -12, max: 12 }))
      .map(([digits, exp]) => new Decimal(`${digits}e${exp}`));
    fc.assert(
      fc.property(decimal, fc.constantFrom("USD", "HKD", "CNY", "JPY", "EUR"), (d, c) => {
        expect(String(money(d, c))).toBe(formatMoney(money(d, c)));
        expect(String(ratio(d))).toBe(formatRatio(ratio(d)));
        expect(String(pp(d))).toBe(formatPp(pp(d)));
        expect(String(multiple(d))).toBe(formatMultiple(multiple(d)));
        expect(String(count(d, "users"))).toBe(formatCount(count(d, "users")));
      }),
      { numRuns: 400 },
    );
    expect(String(money("-0.004", "USD"))).toBe(formatMoney(money("-0.004", "USD")));
    expect(String(pp("-0.04"))).toBe("+0.0 pp");
  });

  it("serialise to JSON that reviveQuantity reads back as the same value", () => {
    for (const q of [money("0.1", "USD"), percent(25.4), pp(-3.8), multiple(54), count(317e6, "shares"), margin(money(1, "USD"), money(3, "USD"))]) {
      const text = JSON.stringify(q);
      const back = reviveQuantity(JSON.parse(text));
      expect(JSON.stringify(back)).toBe(text);
      expect(String(back)).toBe(String(q));
      expect(Object.keys(back)).toEqual(Object.keys(q));
    }
    expect(JSON.stringify(money("0.1", "USD"))).toBe('{"kind":"money","amount":"0.1","currency":"USD"}');
  });

  it("refuse to be used as a number, instead of giving NaN", () => {
    expect(thrown(() => +percent(5)).code).toBe("UNIT_MISMATCH");
    expect(codeOf(() => (money(1, "USD") as unknown as number) * 2)).toBe("UNIT_MISMATCH");
  });

  it("keep their data as own enumerable fields, frozen", () => {
    const r = ratio(0.25);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.keys(r)).toEqual(["kind", "value"]);
    expect(r.value.eq(0.25)).toBe(true);
  });
});

describe("the value algebra", () => {
  it("is what figures/quantity.ts re-exports", () => {
    expect(figureMagnitude).toBe(magnitude);
    expect(figureWithMagnitude).toBe(withMagnitude);
  });

  it("tells kinds, rebuilds with a new magnitude and refuses a non-finite one", () => {
    expect(kindOf(new Decimal(1))).toBe("number");
    expect(kindOf(money(1, "USD"))).toBe("money");
    expect(kindOf({ kind: "rate" })).toBeUndefined();
    const m = withMagnitude(money(1, "HKD"), new Decimal(7.8));
    expect(m.currency).toBe("HKD");
    expect(String(m)).toBe("HK$7.80");
    expect(codeOf(() => withMagnitude(ratio(1), new Decimal(Number.NaN)))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => withMagnitude(ratio(1), new Decimal("1e2000")))).toBe("OUT_OF_DOMAIN");
  });

  it("finds the one currency of many values, or names the first that differs", () => {
    expect(commonCurrency([new Decimal(1), money(1, "USD"), money(2, "USD")], "xs")).toBe("USD");
    expect(commonCurrency([new Decimal(1), ratio(1)], "xs")).toBeUndefined();
    const e = thrown(() => commonCurrency([money(1, "USD"), money(2, "HKD")], "xs"));
    expect(e.code).toBe("CURRENCY_MISMATCH");
    expect(e.path).toBe("xs[1]");
  });
});
