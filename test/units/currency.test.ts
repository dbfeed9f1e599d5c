import { describe, expect, it } from "vitest";
import { allocateMoney, currencies, currencyInfo, formatMoney, money, roundMoney } from "finmodel";
import { codeOf, thrown } from "../support/errors.js";

describe("ISO 4217 minor units", () => {
  it("knows the zero-, three- and four-decimal currencies of the standard's list", () => {
    // ISO 4217 list one: KRW, CLP, JPY, VND, ISK, XOF, XAF… have no minor unit;
    // the dinars of Bahrain, Iraq, Jordan, Kuwait, Libya, Tunisia and the Omani rial have 3 places.
    for (const code of ["KRW", "CLP", "JPY", "VND", "ISK", "PYG", "UGX", "XOF", "XAF", "XPF", "BIF", "DJF", "GNF", "KMF", "RWF", "VUV", "UYI"]) {
      expect(currencyInfo(code).exponent, code).toBe(0);
    }
    for (const code of ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]) expect(currencyInfo(code).exponent, code).toBe(3);
    for (const code of ["CLF", "UYW"]) expect(currencyInfo(code).exponent, code).toBe(4);
    for (const code of ["USD", "EUR", "GBP", "CNY", "HKD", "INR", "BRL", "ZAR", "CHF", "SGD"]) expect(currencyInfo(code).exponent, code).toBe(2);
  });

  it("lists every active currency once, frozen, with a 3-letter code and an exponent from 0 to 4", () => {
    const list = Object.values(currencies);
    // list one (2024-06-25) has 166 distinct codes with a numeric minor unit; XCG followed
    expect(list.length).toBe(167);
    for (const c of list) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).toContain(c.exponent);
      expect(Object.isFrozen(c)).toBe(true);
    }
    expect(Object.isFrozen(currencies)).toBe(true);
    // units of account without a minor unit ("N.A." in the standard) are not currencies to round
    for (const code of ["XAU", "XAG", "XDR", "XTS", "XXX"]) expect(code in currencies, code).toBe(false);
    // withdrawn codes are gone
    for (const code of ["HRK", "ZWL", "SLL", "VEF", "LTL"]) expect(code in currencies, code).toBe(false);
  });

  it("refuses an unknown code unless the caller gives its exponent", () => {
    const e = thrown(() => currencyInfo("BTC"));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.message).toMatch(/not an ISO 4217 currency.*exponent/);
    expect(currencyInfo("BTC", { exponent: 8 })).toEqual({ code: "BTC", exponent: 8, symbol: "BTC" });
    expect(codeOf(() => currencyInfo("BTC", { exponent: -1 }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => currencyInfo("BTC", { exponent: 19 }))).toBe("OUT_OF_DOMAIN");
    // the standard's exponent wins: a caller cannot make the won have cents
    expect(currencyInfo("KRW", { exponent: 2 }).exponent).toBe(0);
    // before: KRW and CLP were unknown and rounded to cents
    expect(roundMoney(money("1234.56", "KRW")).amount.toString()).toBe("1235");
  });
});

describe("rounding and allocation in a zero-decimal currency (KRW, CLP)", () => {
  it("rounds to whole won, half to even", () => {
    expect(roundMoney(money("1234.5", "KRW")).amount.toString()).toBe("1234");
    expect(roundMoney(money("1235.5", "KRW")).amount.toString()).toBe("1236");
    expect(roundMoney(money("-0.4", "CLP")).amount.toString()).toBe("0");
  });

  it("allocates whole pesos: 100 CLP by 1:1:1 is 34, 33, 33", () => {
    // 100 / 3 = 33 r 1: the one left over goes to the first part (ties to the earlier part)
    expect(allocateMoney(money(100, "CLP"), [1, 1, 1]).map((p) => p.amount.toString())).toEqual(["34", "33", "33"]);
    // 1,000 won by 70:30 → 700 and 300 exactly
    expect(allocateMoney(money(1000, "KRW"), [70, 30]).map((p) => p.amount.toString())).toEqual(["700", "300"]);
    // a total that is not a whole number of won is refused, not rounded to cents
    expect(codeOf(() => allocateMoney(money("100.5", "KRW"), [1, 1]))).toBe("OUT_OF_DOMAIN");
  });

  it("formats without decimals", () => {
    expect(formatMoney(money(1234567, "KRW"))).toBe("KRW 1,234,567");
    expect(formatMoney(money("1234.6", "CLP"))).toBe("CLP 1,235");
  });
});

describe("rounding and allocation in a three-decimal currency (BHD, KWD)", () => {
  it("rounds to the fils, half to even", () => {
    expect(roundMoney(money("1.2345", "BHD")).amount.toString()).toBe("1.234");
    expect(roundMoney(money("1.2355", "BHD")).amount.toString()).toBe("1.236");
    expect(roundMoney(money("0.0005", "KWD")).amount.toString()).toBe("0");
  });

  it("allocates 1 BHD by 1:1:1 as 0.334, 0.333, 0.333, summing to 1.000", () => {
    const parts = allocateMoney(money(1, "BHD"), [1, 1, 1]);
    expect(parts.map((p) => p.amount.toFixed(3))).toEqual(["0.334", "0.333", "0.333"]);
    expect(parts.reduce((s, p) => s.plus(p.amount), parts[0]!.amount.minus(parts[0]!.amount)).toString()).toBe("1");
    // 0.01 BHD is 10 fils: a split at cents would give 0.01 and 0; at fils, 0.005 and 0.005
    expect(allocateMoney(money("0.01", "BHD"), [1, 1]).map((p) => p.amount.toString())).toEqual(["0.005", "0.005"]);
    expect(codeOf(() => allocateMoney(money("0.0001", "BHD"), [1]))).toBe("OUT_OF_DOMAIN");
  });

  it("formats with three decimals", () => {
    expect(formatMoney(money("1234.5", "BHD"))).toBe("BHD 1,234.500");
  });
});

describe("a currency outside ISO 4217", () => {
  it("rounds, allocates and formats only with an exponent (or given digits)", () => {
    const btc = money("0.123456789", "BTC");
    expect(codeOf(() => roundMoney(btc))).toBe("OUT_OF_DOMAIN");
    expect(roundMoney(btc, { exponent: 8 }).amount.toString()).toBe("0.12345679");
    expect(allocateMoney(money(1, "BTC"), [1, 1, 1], { exponent: 8 }).map((p) => p.amount.toString())).toEqual(["0.33333334", "0.33333333", "0.33333333"]);
    expect(codeOf(() => formatMoney(btc))).toBe("OUT_OF_DOMAIN");
    expect(formatMoney(btc, { exponent: 8 })).toBe("BTC 0.12345679");
    expect(formatMoney(btc, { digits: 3 })).toBe("BTC 0.123");
    expect(formatMoney(money("1.5e9", "BTC"), { notation: "compact" })).toBe("BTC 1.5B");
    expect(codeOf(() => roundMoney(btc, { exponnt: 8 } as never))).toBe("OUT_OF_DOMAIN");
  });
});
