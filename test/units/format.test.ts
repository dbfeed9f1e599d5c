import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  FinModelError,
  count,
  formatCount,
  formatMoney,
  formatMultiple,
  formatPp,
  formatRatio,
  money,
  multiple,
  parseQuantity,
  pp,
  ratio,
} from "finmodel";
import { codeOf } from "../support/errors.js";


describe("formatMoney", () => {
  it("standard: symbol, grouping, the currency's minor unit", () => {
    expect(formatMoney(money("75e6", "USD"))).toBe("US$75,000,000.00");
    expect(formatMoney(money(930, "HKD"))).toBe("HK$930.00");
    expect(formatMoney(money("1505000000", "CNY"))).toBe("¥1,505,000,000.00");
    expect(formatMoney(money("1234.5", "JPY"))).toBe("JP¥1,235");
    expect(formatMoney(money("-2.5", "EUR"), { digits: 0 })).toBe("-€3");
    expect(formatMoney(money(1, "BTC"), { exponent: 2 })).toBe("BTC 1.00");
    // no digit lost to floating point: 17 significant digits survive
    expect(formatMoney(money("12345678901234567.89", "USD"))).toBe("US$12,345,678,901,234,567.89");
  });

  it("compact: K, M, B, T", () => {
    expect(formatMoney(money("75e6", "USD"), { notation: "compact" })).toBe("US$75M");
    expect(formatMoney(money("10.7e9", "USD"), { notation: "compact" })).toBe("US$10.7B");
    expect(formatMoney(money("206.5e9", "USD"), { notation: "compact", digits: 2 })).toBe("US$206.50B");
    expect(formatMoney(money("2.1e12", "USD"), { notation: "compact" })).toBe("US$2.1T");
    expect(formatMoney(money("1500", "HKD"), { notation: "compact" })).toBe("HK$1.5K");
    expect(formatMoney(money("930", "HKD"), { notation: "compact" })).toBe("HK$930");
    // 999,999,999 is 1000.00M after rounding, so it moves up to 1B
    expect(formatMoney(money("999999999", "USD"), { notation: "compact" })).toBe("US$1B");
    expect(formatMoney(money("-27.9e6", "USD"), { notation: "compact" })).toBe("-US$27.9M");
  });

  it("cjk: 万, 亿, 万亿 and a Chinese currency word", () => {
    expect(formatMoney(money("1.505e9", "CNY"), { notation: "cjk" })).toBe("15.05亿元");
    expect(formatMoney(money("1.05e9", "USD"), { notation: "cjk" })).toBe("10.5亿美元");
    expect(formatMoney(money("7.5e7", "USD"), { notation: "cjk" })).toBe("7,500万美元");
    expect(formatMoney(money(930, "HKD"), { notation: "cjk" })).toBe("930港元");
    expect(formatMoney(money("3.29e10", "CNY"), { notation: "cjk" })).toBe("329亿元");
    expect(formatMoney(money("1.97e12", "USD"), { notation: "cjk" })).toBe("1.97万亿美元");
    // 99,999,999.99 rounds to 10000.00万, so it moves up to 1亿
    expect(formatMoney(money("99999999.99", "CNY"), { notation: "cjk" })).toBe("1亿元");
    expect(formatMoney(money("-1.024e9", "CNY"), { notation: "cjk", digits: 2 })).toBe("-10.24亿元");
  });

  it("cjk: traditional characters for zh-TW and zh-HK", () => {
    expect(formatMoney(money("7.5e7", "USD"), { notation: "cjk", locale: "zh-TW" })).toBe("7,500萬美元");
    expect(formatMoney(money("4.84e8", "USD"), { notation: "cjk", locale: "zh-HK" })).toBe("4.84億美元");
    expect(formatMoney(money("1.97e12", "CNY"), { notation: "cjk", locale: "zh-Hant" })).toBe("1.97萬億元");
    expect(formatMoney(money("4.84e8", "USD"), { notation: "cjk", locale: "zh-CN" })).toBe("4.84亿美元");
  });

  it("rounds half away from zero, once, and never prints -0", () => {
    // 0.125 → 0.13 (half up; half-even would give 0.12), -0.125 → -0.13
    expect(formatMoney(money("0.125", "USD"))).toBe("US$0.13");
    expect(formatMoney(money("-0.125", "USD"))).toBe("-US$0.13");
    expect(formatMoney(money("-0.001", "USD"))).toBe("US$0.00");
    // 10.25亿 → 10.3亿 at one decimal
    expect(formatMoney(money("1.025e9", "CNY"), { notation: "cjk", digits: 1 })).toBe("10.3亿元");
  });

  it("refuses bad options and non-money", () => {
    expect(codeOf(() => formatMoney(money(1, "USD"), { notation: "metric" as never }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => formatMoney(money(1, "USD"), { digits: 2.5 }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => formatMoney(money(1, "USD"), { digits: 21 }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => formatMoney(money(1, "USD"), { locale: "" }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => formatMoney(money(1, "USD"), { locale: 5 as never }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => formatMoney(money(1, "USD"), ratio(0.5) as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => formatMoney(ratio(0.5) as never))).toBe("UNIT_MISMATCH");
  });
});

describe("formatRatio / formatPp / formatMultiple / formatCount", () => {
  it("formatRatio prints a percentage", () => {
    expect(formatRatio(ratio("0.254"))).toBe("25.4%");
    expect(formatRatio(ratio("2.4337"), { digits: 2 })).toBe("243.37%");
    // 0.8075 → 80.75% → 80.8% (half up)
    expect(formatRatio(ratio("0.8075"))).toBe("80.8%");
    expect(formatRatio(ratio("-0.0004"))).toBe("0.0%");
    expect(formatRatio(ratio("123.456"), { digits: 0 })).toBe("12,346%");
  });

  it("formatPp always shows the sign", () => {
    expect(formatPp(pp(13.2))).toBe("+13.2 pp");
    expect(formatPp(pp("-0.5"))).toBe("-0.5 pp");
    expect(formatPp(pp(0))).toBe("+0.0 pp");
    expect(formatPp(pp("-0.04"))).toBe("+0.0 pp");
    expect(formatPp(pp(54), { digits: 0 })).toBe("+54 pp");
  });

  it("formatMultiple prints x", () => {
    expect(formatMultiple(multiple(54))).toBe("54.0x");
    expect(formatMultiple(multiple("9.335"), { digits: 2 })).toBe("9.34x");
    expect(formatMultiple(multiple("2.08"), { digits: 2 })).toBe("2.08x");
  });

  it("formatCount prints the unit label", () => {
    expect(formatCount(count("27.6e6", "MAU"))).toBe("27,600,000 MAU");
    expect(formatCount(count("27.6e6", "MAU"), { notation: "compact" })).toBe("27.6M MAU");
    expect(formatCount(count("2.76e7", "users"), { notation: "cjk" })).toBe("2,760万 users");
    expect(formatCount(count("1.97e12", "token"), { notation: "cjk", locale: "zh-TW" })).toBe("1.97萬億 token");
  });

  it("refuse the wrong quantity", () => {
    expect(codeOf(() => formatRatio(pp(1) as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => formatPp(ratio(0.1) as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => formatMultiple(0.5 as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => formatCount(money(1, "USD") as never))).toBe("UNIT_MISMATCH");
  });
});

// Round trip: what finmodel prints, finmodel reads back as the value rounded (half
// up) to the printed precision, with the half-unit of the printed last digit.
describe("parse ∘ format round trip", () => {
  // The default locale prints forms such as "JP¥1,234" that are ambiguous without a locale.
  const EN = { locale: "en-US" };
  const decimalText = fc
    .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, dp]) => new Decimal(units.toString()).div(new Decimal(10).pow(dp)));
  const digits = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });

  /** The number the text shows, in base units, recomputed independently from the parsed scale. */
  function checkRoundTrip(x: Decimal, printed: string, locale = "en-US", base: Decimal = x): void {
    const p = parseQuantity(printed, { locale });
    const step = new Decimal(10).pow(-p.decimals).times(p.scale);
    // x rounded to the printed step, half away from zero
    const expected = base.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
    expect(p.value.eq(expected), `${printed}: ${p.value} vs ${expected}`).toBe(true);
    expect(p.halfUnit.eq(step.div(2)), printed).toBe(true);
    // and the printed interval holds the original
    expect(base.minus(p.value).abs().lte(p.halfUnit), printed).toBe(true);
  }

  it("money in every notation and known currency", () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.constantFrom("USD", "HKD", "CNY", "EUR", "GBP", "JPY"),
        fc.constantFrom("standard", "compact", "cjk") as fc.Arbitrary<"standard" | "compact" | "cjk">,
        digits,
        fc.constantFrom("en-US", "zh-CN", "zh-TW"),
        (x, cur, notation, d, locale) => {
          const m = money(x, cur);
          const printed = formatMoney(m, d === undefined ? { notation, locale } : { notation, digits: d, locale });
          const p = parseQuantity(printed, { locale });
          expect(p.kind, printed).toBe("money");
          expect(p.kind === "money" && p.quantity.currency, printed).toBe(cur);
          checkRoundTrip(x, printed, locale);
          if (d !== undefined) expect(p.decimals, printed).toBe(d);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("ratios, pp, multiples and counts", () => {
    fc.assert(
      fc.property(decimalText, digits, (x, d) => {
        const opts = d === undefined ? {} : { digits: d };
        const r = formatRatio(ratio(x), opts);
        expect(parseQuantity(r, EN).kind).toBe("ratio");
        checkRoundTrip(x, r);
        const p = formatPp(pp(x), opts);
        expect(parseQuantity(p, EN).kind).toBe("pp");
        checkRoundTrip(x, p);
        const m = formatMultiple(multiple(x), opts);
        expect(parseQuantity(m, EN).kind).toBe("multiple");
        checkRoundTrip(x, m);
        for (const notation of ["standard", "compact", "cjk"] as const) {
          const c = formatCount(count(x, "MAU"), { ...opts, notation });
          const parsed = parseQuantity(c, EN);
          expect(parsed.kind === "count" && parsed.quantity.unit, c).toBe("MAU");
          checkRoundTrip(x, c);
        }
      }),
      { numRuns: 300 },
    );
  });
});
