// The value algebra (src/units/values.ts) and what every quantity can do: print itself as the
// formatters do, serialise for reviveQuantity, and refuse to be used as a plain number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, cagr, convertMoney, count, formatCount, formatMoney, formatMultiple, formatPp, formatRatio, fxRate, impliedShares, invertFxRate, margin, marginChange, money, multiple, percent, pp, priceToSales, ratio, reviveQuantity } from "finmodel";
import { type FxUnit, type ValueUnit, amountOf, assertComparable, assertSameUnit, commonCurrency, hasUnit, isMade, kindOf, magnitude, readValue, sameUnit, unitDifference, unitOf, withMagnitude } from "../../src/units/values.js";
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

describe("the one comparison of units", () => {
  const usd: ValueUnit = { kind: "money", currency: "USD" };
  const hkd: ValueUnit = { kind: "money", currency: "HKD" };
  const users: ValueUnit = { kind: "count", unit: "users" };
  const shares: ValueUnit = { kind: "count", unit: "shares" };
  const usdHkd: FxUnit = { kind: "fx", base: "USD", quote: "HKD" };
  const all: (ValueUnit | FxUnit)[] = [{ kind: "number" }, usd, hkd, { kind: "ratio" }, { kind: "pp" }, { kind: "multiple" }, users, shares, usdHkd, { kind: "fx", base: "HKD", quote: "USD" }];

  it("says a currency differs only for Money in two currencies, and any other difference is of unit", () => {
    expect(unitDifference(usd, { kind: "money", currency: "USD" })).toBeUndefined();
    expect(unitDifference(usd, hkd)).toBe("currency");
    expect(unitDifference(usd, { kind: "ratio" })).toBe("unit");
    expect(unitDifference({ kind: "number" }, usd)).toBe("unit");
    expect(unitDifference(users, shares)).toBe("unit");
    expect(unitDifference(usdHkd, { kind: "fx", base: "HKD", quote: "USD" })).toBe("unit");
    expect(unitDifference(usdHkd, { kind: "fx", base: "USD", quote: "HKD" })).toBeUndefined();
    expect(unitDifference({ kind: "pp" }, { kind: "ratio" })).toBe("unit");
  });

  it("is symmetric, and each unit is the same only as itself (every pair of ten units)", () => {
    for (const [i, a] of all.entries()) {
      for (const [j, b] of all.entries()) {
        expect(unitDifference(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(unitDifference(b, a));
        expect(sameUnit(a, b)).toBe(i === j);
      }
    }
  });

  it("reads a value's unit without building it: a quantity is of its own unit, a Decimal of a plain number's", () => {
    expect(hasUnit(money(1, "USD"), usd)).toBe(true);
    expect(hasUnit(money(1, "USD"), hkd)).toBe(false);
    expect(hasUnit(count(3, "shares"), shares)).toBe(true);
    expect(hasUnit(count(3, "users"), shares)).toBe(false);
    expect(hasUnit(new Decimal(3), { kind: "number" })).toBe(true);
    expect(hasUnit(ratio(0.1), { kind: "number" })).toBe(false);
    for (const v of [new Decimal(2), money(1, "USD"), ratio(0.1), pp(2), multiple(3), count(4, "users")]) expect(hasUnit(v, unitOf(v))).toBe(true);
  });

  it("throws CURRENCY_MISMATCH naming both currencies, or UNIT_MISMATCH with the expectation, written only when needed", () => {
    let written = 0;
    const expected = () => {
      written++;
      return "USD money like the others";
    };
    assertSameUnit(usd, { kind: "money", currency: "USD" }, "xs[1]", expected, undefined);
    expect(written).toBe(0);
    const c = thrown(() => assertSameUnit(usd, hkd, "xs[1]", expected, money(1, "HKD")));
    expect([c.code, c.path, c.message.includes("USD"), c.message.includes("HKD")]).toEqual(["CURRENCY_MISMATCH", "xs[1]", true, true]);
    const u = thrown(() => assertSameUnit(usd, { kind: "ratio" }, "xs[2]", expected, ratio(0.5)));
    expect([u.code, u.path, u.message.includes("USD money like the others")]).toEqual(["UNIT_MISMATCH", "xs[2]", true]);
    expect(written).toBe(1);
    expect(thrown(() => assertSameUnit(users, shares, "n", "a count of users", count(1, "shares"))).code).toBe("UNIT_MISMATCH");
  });

  it("two values compare only in one unit: counts of different things do not", () => {
    assertComparable(count(3, "users"), count(4, "users"), "v");
    assertComparable(new Decimal(1), new Decimal(2), "v");
    const e = thrown(() => assertComparable(count(3, "users"), count(4, "shares"), "v"));
    expect([e.code, e.path]).toEqual(["UNIT_MISMATCH", "v"]);
    expect(e.message).toContain("count of users");
    expect(thrown(() => assertComparable(money(1, "USD"), money(1, "HKD"), "v")).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => assertComparable(ratio(0.1), new Decimal(0.1), "v")).code).toBe("UNIT_MISMATCH");
  });
});

describe("values finmodel made are read as they are; anything else is checked", () => {
  it("a made quantity is taken without a copy; a hand-made one of the same fields is checked and rebuilt", () => {
    const m = money(5, "USD");
    expect(isMade(m)).toBe(true);
    expect(amountOf(m, "x")).toBe(m); // a made Money is its own amount and currency
    expect(readValue(m, "x")).toBe(m);
    const hand = { kind: "money", amount: new Decimal(5), currency: "USD" };
    expect(isMade(hand)).toBe(false);
    const read = readValue(hand, "x");
    expect(read).not.toBe(hand);
    expect(isMade(read)).toBe(true);
    expect(String(read)).toBe("US$5.00");
  });

  it("the brand cannot be copied: an object on a made quantity's prototype, or a Proxy of one, is checked like any other", () => {
    // An object made on the prototype of a Money, with a NaN amount and no currency.
    const spoof = Object.create(Object.getPrototypeOf(money(1, "USD")) as object) as Record<string, unknown>;
    spoof.kind = "money";
    spoof.amount = new Decimal(Number.NaN);
    expect(isMade(spoof)).toBe(false);
    expect(codeOf(() => margin(spoof as never, 10))).toBe("INVALID_NUMBER");
    const proxy = new Proxy(money(1, "USD"), {});
    expect(isMade(proxy)).toBe(false);
    expect(margin(proxy, money(4, "USD")).value.toString()).toBe("0.25");
    // the prototype's constructor is not reachable, so no one else can make a branded value
    expect((money(1, "USD") as unknown as { constructor: unknown }).constructor).toBe(Object);
  });

  it("the positional reads give what the checked reads give (25.4 / 100, 54x of 700 × 7.8 over 930)", () => {
    expect(margin(25.4, 100).value.toString()).toBe("0.254");
    expect(margin(money(25.4, "USD"), money(100, "USD")).value.toString()).toBe("0.254");
    // 0.254 − 0.122 = 0.132, × 100 = 13.2 pp; a plain 12.2 is a percentage without its sign: refused
    expect(marginChange(0.122, 0.254).value.toString()).toBe("13.2");
    expect(codeOf(() => marginChange(12.2, 0.254))).toBe("OUT_OF_DOMAIN");
    expect(marginChange(1, -10).value.toString()).toBe("-1100"); // both bounds of a margin are inside
    expect(codeOf(() => marginChange(1.0000000000000002, 0))).toBe("OUT_OF_DOMAIN"); // the double just above 1
    expect(priceToSales(37.8e9, 700e6).value.toString()).toBe("54");
    // 54 × 700e6 × 7.8 = 294.84e9; / 930 = 317,032,258.06…
    const shares = impliedShares({ price: money(930, "HKD"), revenue: money(700e6, "USD"), multiple: 54, fx: fxRate("USD", "HKD", 7.8) });
    expect(shares.value.toFixed(2)).toBe("317032258.06");
    expect(shares.unit).toBe("shares");
  });

  it("a hand-made exchange rate has its fields checked: codes, a positive rate", () => {
    const hand = { kind: "fx", base: "USD", quote: "HKD", rate: 7.8, asOf: undefined };
    expect(convertMoney(money(100, "USD"), hand as never).amount.toString()).toBe("780");
    expect(invertFxRate(hand as never).rate.toFixed(6)).toBe("0.128205");
    expect(codeOf(() => convertMoney(money(100, "USD"), { ...hand, rate: -1 } as never))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => convertMoney(money(100, "USD"), { ...hand, rate: "abc" } as never))).toBe("INVALID_NUMBER");
    expect(codeOf(() => invertFxRate({ ...hand, quote: 5 } as never))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => impliedShares({ price: money(930, "HKD"), revenue: money(700e6, "USD"), multiple: 54, fx: { ...hand, rate: Number.NaN } as never }))).toBe("INVALID_NUMBER");
  });
});

describe("the scenario tools read outputs through the value algebra", () => {
  it("counts of different units do not mix; a hand-made quantity of an unknown kind is refused", async () => {
    const { scalarOf } = await import("../../src/scenarios/values.js");
    const sc = { unit: undefined as ValueUnit | undefined };
    expect(scalarOf(count(3, "users"), "a", sc).toString()).toBe("3");
    expect(codeOf(() => scalarOf(count(3, "shares"), "b", sc))).toBe("UNIT_MISMATCH");
    expect(thrown(() => scalarOf(count(3, "shares"), "b", sc)).message).toContain("a value like the others (count of users)");
    expect(thrown(() => scalarOf(2, "n", sc)).message).toContain("a value like the others (count of users)");
    const plain = { unit: undefined as ValueUnit | undefined };
    expect(scalarOf(2, "a", plain).toString()).toBe("2");
    expect(thrown(() => scalarOf(ratio(0.5), "b", plain)).message).toContain("a value like the others (number)");
    const usd = { unit: undefined as ValueUnit | undefined };
    expect(scalarOf({ kind: "money", amount: "5", currency: "USD" }, "a", usd).toString()).toBe("5");
    expect(codeOf(() => scalarOf(money(5, "HKD"), "b", usd))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => scalarOf({ kind: "speed", value: new Decimal(1) }, "c", { unit: undefined }))).toBe("UNIT_MISMATCH");
  });
});
