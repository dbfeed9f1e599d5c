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

  it("refuses money in the quote currency: inversion is explicit", () => {
    expect(() => convertMoney(money(780, "HKD") as never, usdHkd)).toThrow(FinModelError);
    try {
      convertMoney(money(780, "HKD") as never, usdHkd);
    } catch (e) {
      expect((e as FinModelError).code).toBe("CURRENCY_MISMATCH");
      expect((e as FinModelError).message).toContain("HKD");
    }
    const back = convertMoney(money(780, "HKD"), invertFxRate(usdHkd));
    // 780 × (1/7.8) at 34 digits: 1/7.8 = 0.1282051282…, times 780 = 100 up to the last digit
    expect(back.currency).toBe("USD");
    expect(back.amount.toDecimalPlaces(30).toString()).toBe("100");
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
