import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  count,
  currencies,
  formatCount,
  formatMoney,
  formatMultiple,
  formatPp,
  formatRatio,
  money,
  multiple,
  parseMoney,
  parseMultiple,
  parsePercent,
  parsePp,
  parseQuantity,
  pp,
  ratio,
} from "finmodel";
import { codeOf } from "../support/errors.js";

const LOCALES = ["de-DE", "fr-FR", "es-ES", "it-IT", "zh-CN", "ja-JP", "en-IN", "en-US", "de-CH", "zh-TW"] as const;
const NOTATIONS = ["standard", "compact", "cjk"] as const;

describe("reading figures printed in another locale", () => {
  it("reads the de-DE grouping dot that 0.1.0 read as a decimal point", () => {
    const printed = formatMoney(money(1234, "JPY"), { locale: "de-DE" });
    expect(printed).toBe("JP¥1.234");
    const p = parseMoney(printed, { locale: "de-DE" });
    expect(p.quantity.currency).toBe("JPY");
    expect(p.value.toString()).toBe("1234");
    expect(p.halfUnit.toString()).toBe("0.5");
  });

  it("reads decimal commas, no-break spaces, apostrophes and the Indian grouping", () => {
    expect(parseQuantity("1.234.567,89", { locale: "de-DE" }).value.toString()).toBe("1234567.89");
    expect(parseQuantity("1\u202f234\u202f567,89 MAU", { locale: "fr-FR" }).value.toString()).toBe("1234567.89");
    expect(parseQuantity("1\u00a0234,5", { locale: "fr-FR" }).value.toString()).toBe("1234.5");
    expect(parseQuantity("1'234'567.5", { locale: "de-CH" }).value.toString()).toBe("1234567.5");
    expect(parseMoney("US$12,34,567.50", { locale: "en-IN" }).value.toString()).toBe("1234567.5");
    expect(parsePercent("12,5%", { locale: "fr-FR" }).value.toString()).toBe("0.125");
    expect(parsePp("+1,5 pp", { locale: "it-IT" }).value.toString()).toBe("1.5");
    expect(parseMultiple("9,33x", { locale: "es-ES" }).halfUnit.toString()).toBe("0.005");
    // es-ES prints 1234 without a group; both forms are read
    expect(parseQuantity("1234", { locale: "es-ES" }).value.toString()).toBe("1234");
    expect(parseQuantity("1.234", { locale: "es-ES" }).value.toString()).toBe("1234");
    // the same "1.234" is one point two three four in en-US; without a locale it is refused
    expect(parseQuantity("1.234", { locale: "en-US" }).value.toString()).toBe("1.234");
    expect(codeOf(() => parseQuantity("1.234"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseQuantity("0,500"))).toBe("PARSE_ERROR");
  });

  it("refuses separators or groupings the locale does not print", () => {
    expect(codeOf(() => parseQuantity("1,234.5", { locale: "de-DE" }))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseQuantity("12.34", { locale: "de-DE" }))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseQuantity("1,234,567", { locale: "en-IN" }))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseQuantity("1.234,5"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseQuantity("12,34,567"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseQuantity("1 234"))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseMoney("US$5", { locale: "no such locale" }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => parseMoney("US$5", { locale: 5 } as never))).toBe("OUT_OF_DOMAIN");
  });

  it("refuses, without a locale, the forms that locales read the other way round", () => {
    // 1,234 JPY printed in de-DE and 1.234 BHD printed in de-DE: each is the other's en-US form
    expect(formatMoney(money(1234, "JPY"), { locale: "de-DE" })).toBe("JP¥1.234");
    expect(formatMoney(money("1.234", "BHD"), { locale: "en-US" })).toBe("BHD 1.234");
    expect(formatMoney(money(1234, "JPY"), { locale: "en-US" })).toBe("JP¥1,234");
    expect(formatMoney(money("1.234", "BHD"), { locale: "de-DE" })).toBe("BHD 1,234");
    for (const text of ["JP¥1.234", "JP¥1,234", "BHD 1.234", "BHD 1,234", "1.234", "12,345", "-123.456%", "1,234K", "9.999x", "US$1.000T"]) {
      expect(codeOf(() => parseQuantity(text)), text).toBe("PARSE_ERROR");
    }
    expect(() => parseQuantity("1,234")).toThrow(/1234 with English separators and 1\.234 with German ones.*locale/);
    // told the locale, each is read as that locale writes it
    expect(parseMoney("JP¥1,234", { locale: "en-US" }).value.toString()).toBe("1234");
    expect(parseMoney("JP¥1,234", { locale: "de-DE" }).value.toString()).toBe("1.234");
  });

  it("reads, without a locale, the forms no locale reads differently", () => {
    const read = (text: string) => parseQuantity(text).value.toString();
    // more than one group, a group and a decimal, a leading zero, other digit counts
    expect(["1,234,567", "1,234.5", "0.125", "1.5", "12.34", "1234", "1234.567"].map(read)).toEqual(["1234567", "1234.5", "0.125", "1.5", "12.34", "1234", "1234.567"]);
    // Chinese text groups with "," and writes "." decimals in any locale
    expect(read("1,240港元")).toBe("1240");
    expect(read("1.234亿元")).toBe("123400000");
    expect(read("1,234 个百分点")).toBe("1234");
    expect(parseQuantity("7,500万美元", { locale: "de-DE" }).value.toString()).toBe("75000000");
    // a dot before a Latin magnitude is a decimal point: no locale groups before a magnitude
    expect(read("US$1.505bn")).toBe("1505000000");
    expect(read("1.234M")).toBe("1234000");
  });

  it("reads every Chinese magnitude, currency and unit word as Chinese text", () => {
    const words = ["元人民币", "元人民幣", "人民币", "人民幣", "美元", "港元", "港币", "港幣", "欧元", "歐元", "英镑", "英鎊", "日元", "日圓", "元",
      "万亿", "萬億", "千亿", "千億", "百亿", "百億", "十亿", "十億", "亿", "億", "千万", "千萬", "百万", "百萬", "十万", "十萬", "万", "萬", "千",
      "个百分点", "個百分點", "百分点", "百分點", "倍"];
    for (const word of words) {
      for (const locale of [undefined, "de-DE"]) {
        const p = parseQuantity(`1,234${word}`, locale === undefined ? undefined : { locale });
        expect(p.value.div(p.scale).toString(), `1,234${word} in ${locale ?? "no locale"}`).toBe("1234");
      }
    }
  });

  it("prints cjk figures with Chinese separators in every locale when they carry a Chinese word", () => {
    expect(formatMoney(money("75e6", "USD"), { notation: "cjk", locale: "de-DE" })).toBe("7,500万美元");
    expect(formatMoney(money("1234.5", "HKD"), { notation: "cjk", locale: "fr-FR" })).toBe("1,234.5港元");
    // without a Chinese word the locale's separators stay, and the locale reads them back
    expect(formatMoney(money(1234, "KRW"), { notation: "cjk", locale: "de-DE" })).toBe("1.234 KRW");
  });

  it("reads the ISO codes formatMoney prints for currencies without a symbol", () => {
    expect(parseMoney("KRW 1,234", { locale: "en-US" }).quantity).toMatchObject({ currency: "KRW" });
    expect(parseMoney("KRW 1,234,567").value.toString()).toBe("1234567");
    expect(parseMoney("1.5万 KRW").value.toString()).toBe("15000");
    expect(parseMoney("BHD 1,234", { locale: "de-DE" }).value.toString()).toBe("1.234");
  });
});

// What the text shows, recomputed from the parse: x rounded half away from zero to
// the printed step (10^-decimals × scale), and the printed interval holds x.
function expectShows(x: Decimal, printed: string, p: { value: Decimal; halfUnit: Decimal; decimals: number; scale: Decimal }): void {
  const step = new Decimal(10).pow(-p.decimals).times(p.scale);
  const expected = x.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
  expect(p.value.eq(expected), `${printed}: ${p.value} vs ${expected}`).toBe(true);
  expect(p.halfUnit.eq(step.div(2)), printed).toBe(true);
  expect(x.minus(p.value).abs().lte(p.halfUnit), printed).toBe(true);
}

// Without a locale, what any locale prints is read as the value it shows or refused
// (PARSE_ERROR): never read the other way round ("1.234" is 1234 in de-DE and 1.234 in
// en-US, "1,234" the reverse, so both are refused unless the text is Chinese or the dot
// comes before a Latin magnitude).
function expectWithoutLocale(x: Decimal, printed: string, locale: string, kind: string, shown: Decimal): void {
  let value: Decimal | undefined;
  let code: string | undefined;
  try {
    const p = parseQuantity(printed);
    value = p.kind === kind ? p.value : undefined;
    if (value === undefined) code = `kind ${p.kind}`;
  } catch (e) {
    code = codeOf(() => {
      throw e;
    });
  }
  if (value === undefined) {
    expect(code, printed).toBe("PARSE_ERROR");
    return;
  }
  expect(value.eq(shown), `${printed} (${locale}) read as ${value} without the locale`).toBe(true);
  void x;
}

describe("format → parse round trip in every locale, notation and currency", () => {
  const amount = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 5 }))
    .map(([units, dp]) => new Decimal(units.toString()).div(new Decimal(10).pow(dp)));
  const digits = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });
  const codes = Object.keys(currencies);

  it("money", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...codes), fc.constantFrom(...NOTATIONS), digits, fc.constantFrom(...LOCALES), (x, cur, notation, d, locale) => {
        const options = d === undefined ? { notation, locale } : { notation, locale, digits: d };
        const printed = formatMoney(money(x, cur), options);
        const p = parseMoney(printed, { locale });
        expect(p.quantity.currency, printed).toBe(cur);
        expectShows(x, printed, p);
        expectWithoutLocale(x, printed, locale, "money", p.value);
      }),
      { numRuns: 3000 },
    );
  });

  it("every currency in every locale and notation at least once", () => {
    for (const cur of codes) {
      for (const locale of LOCALES) {
        for (const notation of NOTATIONS) {
          for (const x of ["1234.5678", "-987654321.125", "0.5"]) {
            const printed = formatMoney(money(x, cur), { notation, locale });
            const p = parseMoney(printed, { locale });
            expect(p.quantity.currency, printed).toBe(cur);
            expectShows(new Decimal(x), printed, p);
            expectWithoutLocale(new Decimal(x), printed, locale, "money", p.value);
          }
        }
      }
    }
  });

  it("ratios, pp, multiples and counts", () => {
    fc.assert(
      fc.property(amount, digits, fc.constantFrom(...LOCALES), fc.constantFrom(...NOTATIONS), (x, d, locale, notation) => {
        const opts = d === undefined ? { locale } : { locale, digits: d };
        const r = formatRatio(ratio(x), opts);
        const pr = parsePercent(r, { locale });
        expectShows(x, r, pr);
        expectWithoutLocale(x, r, locale, "ratio", pr.value);
        const t = formatPp(pp(x), opts);
        const pt = parsePp(t, { locale });
        expectShows(x, t, pt);
        expectWithoutLocale(x, t, locale, "pp", pt.value);
        const m = formatMultiple(multiple(x), opts);
        const pm = parseMultiple(m, { locale });
        expectShows(x, m, pm);
        expectWithoutLocale(x, m, locale, "multiple", pm.value);
        const c = formatCount(count(x, "MAU"), { ...opts, notation });
        const pc = parseQuantity(c, { locale });
        expect(pc.kind, c).toBe("count");
        expectShows(x, c, pc);
        expectWithoutLocale(x, c, locale, "count", pc.value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("long input with a locale", () => {
  it("refuses a grouped number longer than Decimal's precision without building it", () => {
    const long = Array.from({ length: 20_000 }, () => "123").join(".");
    expect(codeOf(() => parseQuantity(long, { locale: "de-DE" }))).toBe("PARSE_ERROR");
  });
});
