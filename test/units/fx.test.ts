import { describe, expect, it } from "vitest";
import { convertMoney, FinModelError, fxRate, invertFxRate, money } from "finmodel";

describe("fxRate / convertMoney / invertFxRate", () => {
  const usdHkd = fxRate("USD", "HKD", "7.8");

  it("converts base into quote: US$100 at 7.8 is HK$780", () => {
    const hkd = convertMoney(money(100, "USD"), usdHkd);
    expect(hkd).toMatchObject({ kind: "money", currency: "HKD" });
    expect(hkd.amount.toString()).toBe("780");
    expect(Object.isFrozen(hkd)).toBe(true);
  });

  it("converts quote into base by division: EUR/USD 1.08 turns US$108 into €100", () => {
    const eurUsd = fxRate("EUR", "USD", "1.08");
    const eur = convertMoney(money(108, "USD"), eurUsd);
    expect(eur.currency).toBe("EUR");
    expect(eur.amount.toString()).toBe("100");
    // HK$780 at USD/HKD 7.8: 780 / 7.8 = 100 exactly
    expect(convertMoney(money(780, "HKD"), usdHkd).amount.toString()).toBe("100");
    // The same as converting with the inverted rate, up to the last of 34 digits.
    const viaInverse = convertMoney(money(780, "HKD"), invertFxRate(usdHkd));
    expect(viaInverse.currency).toBe("USD");
    expect(viaInverse.amount.toDecimalPlaces(30).toString()).toBe("100");
    // US$1 at EUR/USD 1.08 is €0.925925…: 1/1.08 to 34 significant digits
    expect(convertMoney(money(1, "USD"), eurUsd).amount.toString()).toBe("0.9259259259259259259259259259259259");
  });

  it("refuses money outside the rate's pair", () => {
    let error: unknown;
    try {
      convertMoney(money(100, "JPY") as never, usdHkd);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FinModelError);
    expect((error as FinModelError).code).toBe("CURRENCY_MISMATCH");
    expect((error as FinModelError).message).toBe("amount is in JPY but USD or HKD (the currencies of the rate) was expected; convert it with an explicit FX rate first");
  });

  it("rejects non-positive rates and same-currency pairs", () => {
    for (const bad of [0, -7.8]) {
      expect(() => fxRate("USD", "HKD", bad)).toThrowError(/rate must be greater than zero/);
    }
    expect(() => fxRate("USD", "USD" as string, 1)).toThrow(FinModelError);
  });

  it("keeps the as-of date as a calendar date", () => {
    expect(fxRate("USD", "HKD", 7.8, new Date("2026-02-15")).asOf).toEqual({ year: 2026, month: 2, day: 15 });
    expect(fxRate("USD", "HKD", 7.8).asOf).toBeUndefined();
  });

  it("does not mutate its operands", () => {
    const m = money("1.5", "USD");
    convertMoney(m, usdHkd);
    expect(m.amount.toString()).toBe("1.5");
    expect(usdHkd.rate.toString()).toBe("7.8");
  });
});
