import { describe, expect, it } from "vitest";
import { FinModelError, type ParsedQuantity, parseMoney, parseMultiple, parsePercent, parsePp, parseQuantity } from "finmodel";
import { codeOf } from "../support/errors.js";

function plain(p: ParsedQuantity) {
  const q = p.quantity as unknown as Record<string, unknown>;
  return {
    kind: p.kind,
    value: p.value.toString(),
    halfUnit: p.halfUnit.toString(),
    currency: p.kind === "money" ? p.quantity.currency : undefined,
    unit: p.kind === "count" ? p.quantity.unit : undefined,
    quantityValue: p.kind === "number" ? p.quantity.toString() : String(q.amount ?? q.value),
  };
}


// [text, kind, value, halfUnit, currency or unit]. Each halfUnit is half a unit of the
// last written digit, times the magnitude (and /100 for %), worked out by hand.
const CASES: readonly [string, ParsedQuantity["kind"], string, string, string?][] = [
  // 25.4% = 0.254; last digit 0.1% → half 0.05% = 0.0005
  ["25.4%", "ratio", "0.254", "0.0005"],
  // -0.5 points; last digit 0.1 pp → 0.05
  ["-0.5 pp", "pp", "-0.5", "0.05"],
  // 54 × ; last digit 1 → 0.5
  ["54x", "multiple", "54", "0.5"],
  ["54×", "multiple", "54", "0.5"],
  ["54 倍", "multiple", "54", "0.5"],
  // 75 × 1e6; last digit 1M → 0.5e6
  ["US$75M", "money", "75000000", "500000", "USD"],
  // 1.05 × 1e9; last digit 0.01B → 0.005e9 = 5e6
  ["$1.05B", "money", "1050000000", "5000000", "USD"],
  ["HK$930", "money", "930", "0.5", "HKD"],
  ["930 港元", "money", "930", "0.5", "HKD"],
  // 7500 × 1e4 = 7.5e7; last digit 1万 → 0.5e4 = 5000
  ["7500 萬美元", "money", "75000000", "5000", "USD"],
  // 10.5 × 1e8 = 1.05e9; last digit 0.1亿 → 0.05e8 = 5e6
  ["10.5亿美元", "money", "1050000000", "5000000", "USD"],
  // 15.05 × 1e8 = 1.505e9; last digit 0.01亿 → 0.005e8 = 5e5
  ["15.05亿元", "money", "1505000000", "500000", "CNY"],
  ["15.05 亿元人民币", "money", "1505000000", "500000", "CNY"],
  // 1.505 × 1e9; last digit 0.001bn → 0.0005e9 = 5e5
  ["RMB 1.505bn", "money", "1505000000", "500000", "CNY"],
  // written out to the yuan: ± 0.5
  ["¥1,505,000,000", "money", "1505000000", "0.5", "CNY"],
  // 1.97 × 1e12; last digit 0.01萬億 → 0.005e12 = 5e9
  ["1.97 萬億 token", "count", "1970000000000", "5000000000", "token"],
  // 2760 × 1e4 = 2.76e7; ± 0.5e4
  ["2760萬", "number", "27600000", "5000"],
  // 27.6 × 1e6; last digit 0.1M → 0.05e6 = 5e4
  ["27.6M MAU", "count", "27600000", "50000", "MAU"],
  // 3.1 × 1e6; ± 0.05e6
  ["3.1 million", "number", "3100000", "50000"],
  // parentheses: negative; last digit 0.1 → 0.05
  ["(1,234.5)", "number", "-1234.5", "0.05"],
  // 243.37% = 2.4337; last digit 0.01% → 0.005% = 0.00005
  ["+243.37%", "ratio", "2.4337", "0.00005"],
  ["1,240 港元", "money", "1240", "0.5", "HKD"],
  // 1 × 1e9; ± 0.5e9
  ["US$1B", "money", "1000000000", "500000000", "USD"],
  // 4.84 × 1e8; last digit 0.01億 → 0.005e8 = 5e5
  ["4.84 億美元", "money", "484000000", "500000", "USD"],
  // the spec's own: 80.7% → 0.807 ± 0.0005; US$10.7B → 10.7e9 ± 0.05e9
  ["80.7%", "ratio", "0.807", "0.0005"],
  ["US$10.7B", "money", "10700000000", "50000000", "USD"],
];

describe("parseQuantity reads the figures documents write", () => {
  it.each(CASES)("%s → %s %s ± %s", (text, kind, value, halfUnit, tag) => {
    const p = parseQuantity(text);
    const got = plain(p);
    expect(got.kind).toBe(kind);
    expect(got.value).toBe(value);
    expect(got.halfUnit).toBe(halfUnit);
    expect(got.quantityValue).toBe(value);
    if (kind === "money") expect(got.currency).toBe(tag);
    if (kind === "count") expect(got.unit).toBe(tag);
    expect(p.text).toBe(text);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it("reads every magnitude word", () => {
    const scale: [string, string][] = [
      ["2K", "2000"], ["2k", "2000"], ["2 thousand", "2000"],
      ["2M", "2000000"], ["2m", "2000000"], ["2mn", "2000000"], ["2 million", "2000000"],
      ["2B", "2000000000"], ["2b", "2000000000"], ["2bn", "2000000000"], ["2 billion", "2000000000"],
      ["2T", "2000000000000"], ["2tn", "2000000000000"], ["2 trillion", "2000000000000"],
      ["2 Billion", "2000000000"], ["2 BILLION", "2000000000"], ["2Bn", "2000000000"], ["2MM", "2000000"], ["2mm", "2000000"],
      ["2万", "20000"], ["2萬", "20000"], ["2亿", "200000000"], ["2億", "200000000"],
      ["2万亿", "2000000000000"], ["2萬億", "2000000000000"], ["2百万", "2000000"], ["2千万", "20000000"],
    ];
    for (const [text, value] of scale) expect(parseQuantity(text).value.toString(), text).toBe(value);
  });

  it("reads every currency marker", () => {
    const markers: [string, string][] = [
      ["$5", "USD"], ["US$5", "USD"], ["USD 5", "USD"], ["5 USD", "USD"], ["5美元", "USD"],
      ["HK$5", "HKD"], ["HKD 5", "HKD"], ["5港元", "HKD"], ["5港币", "HKD"], ["5港幣", "HKD"],
      ["¥5", "CNY"], ["RMB5", "CNY"], ["CNY 5", "CNY"], ["5元", "CNY"], ["5人民币", "CNY"], ["5人民幣", "CNY"], ["5亿元", "CNY"],
      ["JP¥5", "JPY"], ["€5", "EUR"], ["£5", "GBP"],
    ];
    for (const [text, code] of markers) {
      const p = parseQuantity(text);
      expect(p.kind, text).toBe("money");
      expect(p.kind === "money" && p.quantity.currency, text).toBe(code);
    }
  });

  it("reads signs, full-width characters and Chinese percentage points", () => {
    expect(plain(parseQuantity("-US$5M"))).toMatchObject({ value: "-5000000", currency: "USD" });
    expect(plain(parseQuantity("US$-5M"))).toMatchObject({ value: "-5000000", currency: "USD" });
    expect(plain(parseQuantity("(US$1.2M)"))).toMatchObject({ value: "-1200000", halfUnit: "50000" });
    expect(plain(parseQuantity("−3.5%"))).toMatchObject({ kind: "ratio", value: "-0.035", halfUnit: "0.0005" });
    expect(plain(parseQuantity("５０．５％"))).toMatchObject({ kind: "ratio", value: "0.505", halfUnit: "0.0005" });
    expect(plain(parseQuantity("13.2个百分点"))).toMatchObject({ kind: "pp", value: "13.2", halfUnit: "0.05" });
    expect(plain(parseQuantity("+13.2 pp"))).toMatchObject({ kind: "pp", value: "13.2" });
    expect(plain(parseQuantity("100 paying users"))).toMatchObject({ kind: "count", unit: "paying users", value: "100" });
    expect(plain(parseQuantity("177 萬 用户"))).toMatchObject({ kind: "count", unit: "用户", value: "1770000", halfUnit: "5000" });
  });

  it("records the written decimals and the scale", () => {
    const p = parseQuantity("15.05亿元");
    expect(p.decimals).toBe(2);
    expect(p.scale.toString()).toBe("100000000");
    expect(parseQuantity("25.4%").scale.toString()).toBe("0.01");
  });

  it("refuses 兆: 1e6 in mainland metric usage, 1e12 in Taiwan", () => {
    expect(codeOf(() => parseQuantity("5兆"))).toBe("PARSE_ERROR");
    expect(() => parseQuantity("1.2 兆元")).toThrowError(/兆 is ambiguous/);
  });

  it("never returns a silently wrong number", () => {
    const bad = [
      "1.2.3%", "10亿美元港元", "US$5%", "5%%", "1,2345", "12,34", "1,234,56", "1.", "abc", "", "   ", "$", "%",
      "5 万 亿", "US$HK$5", "HK$5美元", "(−5)", "5 5", "5x%", "1.5万%", "3M x", "5 MAU 元", "5人民", "1e9", "1.5e-3 users", "0x10", "--5", "5-",
    ];
    for (const text of bad) expect(codeOf(() => parseQuantity(text)), text).toBe("PARSE_ERROR");
  });

  it("refuses more significant digits than finmodel keeps (34) rather than rounding them away", () => {
    const d34 = "1234567890123456789012345678901234";
    expect(parseQuantity(`${d34}亿`).value.toFixed()).toBe(`${d34}00000000`);
    expect(codeOf(() => parseQuantity(`${d34}5`))).toBe("PARSE_ERROR");
  });

  it("names the text in the error", () => {
    expect(() => parseQuantity("1.2.3%")).toThrowError(/"1\.2\.3%"/);
    try {
      parseQuantity("1.2.3%");
    } catch (e) {
      expect((e as FinModelError).value).toBe("1.2.3%");
    }
  });

  it("refuses what is not text with PARSE_ERROR", () => {
    for (const bad of [Number.NaN, null, undefined, {}, 5]) expect(codeOf(() => parseQuantity(bad as never))).toBe("PARSE_ERROR");
  });
});

describe("parseMoney / parsePercent / parsePp / parseMultiple", () => {
  it("return the result of their kind", () => {
    expect(parseMoney("930 港元").quantity.currency).toBe("HKD");
    expect(parsePercent("+243.37%").value.toString()).toBe("2.4337");
    expect(parsePp("-0.5 pp").quantity.value.toString()).toBe("-0.5");
    // 9.33x: last digit 0.01 → 0.005
    expect(parseMultiple("9.33x").halfUnit.toString()).toBe("0.005");
  });

  it("refuse text of another kind, naming the text", () => {
    expect(codeOf(() => parseMoney("25.4%"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseMoney("2760萬"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parsePercent("13.2 pp"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parsePp("13.2%"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseMultiple("54"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseMultiple("1.2.3x"))).toBe("PARSE_ERROR");
    expect(() => parseMoney("25.4%")).toThrowError(/"25\.4%".*amount of money/);
  });
});
