import { Decimal } from "../core/decimal.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { field, isPlainObject } from "../core/fields.js";
import { integerIn } from "../core/guards.js";
import { toDecimal } from "../core/numeric.js";
import { currencyInfo } from "./currency.js";
import type { Money } from "./money.js";
import type { Count, Multiple, PercentagePoints, Ratio } from "./quantities.js";
import { kindOf, readValue, valueOf } from "./values.js";

// Formatting for display. Every figure is rounded once, with Decimal, half away
// from zero (ROUND_HALF_UP: what Excel's ROUND and Intl.NumberFormat do by
// default), to the printed number of decimals; Intl.NumberFormat then only adds
// the locale's digit grouping to the already-rounded decimal string. Signs are
// added by finmodel, so a value that rounds to zero never prints as "-0".
// Everything printed reads back with parseQuantity given the same locale (cjk text also
// without one); without a locale, a form another locale reads differently is refused.

/** Options shared by the formatters. */
export interface FormatOptions {
  /**
   * A BCP 47 locale for digit grouping (`standard` and `compact`) and, in `cjk` notation,
   * simplified or traditional characters (cjk text always groups with "," and writes "."
   * decimals, as Chinese does). Default `"en-US"`.
   */
  readonly locale?: string;
  /** Decimal places to print (0–20). Defaults differ per formatter (see each one). */
  readonly digits?: number;
}

/** How to write a large amount. */
export type Notation = "standard" | "compact" | "cjk";

/** Options of {@link formatMoney} and {@link formatCount}. */
export interface FormatMoneyOptions extends FormatOptions {
  /** The minor-unit exponent of a currency outside ISO 4217 (the default `digits` of `standard` notation). */
  readonly exponent?: number;
  /**
   * `"standard"` (`US$75,000,000.00`, the default), `"compact"` (`US$75M`, with K, M, B, T)
   * or `"cjk"` (`7,500万美元`, `15.05亿元`, with 万, 亿, 万亿; 萬, 億, 萬億 for a traditional-Chinese locale).
   */
  readonly notation?: Notation;
}

/** Options of {@link formatCount}. */
export type FormatCountOptions = Omit<FormatMoneyOptions, "exponent">;

const COMPACT: readonly (readonly [number, string])[] = [[3, "K"], [6, "M"], [9, "B"], [12, "T"]];
const CJK_SIMPLIFIED: readonly (readonly [number, string])[] = [[4, "万"], [8, "亿"], [12, "万亿"]];
const CJK_TRADITIONAL: readonly (readonly [number, string])[] = [[4, "萬"], [8, "億"], [12, "萬億"]];

const CJK_CURRENCY: Readonly<Record<string, readonly [string, string]>> = {
  CNY: ["元", "元"],
  USD: ["美元", "美元"],
  HKD: ["港元", "港元"],
  EUR: ["欧元", "歐元"],
  GBP: ["英镑", "英鎊"],
  JPY: ["日元", "日圓"],
};

interface Resolved {
  readonly locale: string;
  readonly digits: number | undefined;
  readonly notation: Notation;
}

/** An object that claims a class by its tag (`{ [Symbol.toStringTag]: "Decimal" }`) is not options. */
function hasTag(o: object): boolean {
  try {
    return (o as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] !== undefined;
  } catch {
    return true;
  }
}

function resolve(options: unknown, defaultNotation: Notation = "standard"): Resolved {
  if (options === undefined) return { locale: "en-US", digits: undefined, notation: defaultNotation };
  // Only a plain object is options: a Decimal, a quantity or a Proxy in its place is refused.
  if (!isPlainObject(options) || field(options, "kind", "options") !== undefined || hasTag(options)) {
    throw unitMismatch("options", "an options object", options);
  }
  const o = { locale: field(options, "locale", "options.locale"), digits: field(options, "digits", "options.digits"), notation: field(options, "notation", "options.notation") };
  let locale = "en-US";
  if (o.locale !== undefined) {
    if (typeof o.locale !== "string") throw outOfDomain("options.locale", o.locale, "must be a BCP 47 locale such as \"en-US\" or \"zh-HK\"");
    try {
      locale = Intl.getCanonicalLocales(o.locale)[0] ?? "en-US";
    } catch {
      throw outOfDomain("options.locale", o.locale, "must be a BCP 47 locale such as \"en-US\" or \"zh-HK\"");
    }
  }
  const digits = o.digits === undefined ? undefined : integerIn(o.digits, "options.digits", 0, 20);
  let notation = defaultNotation;
  if (o.notation !== undefined) {
    if (o.notation !== "standard" && o.notation !== "compact" && o.notation !== "cjk") {
      throw outOfDomain("options.notation", o.notation, "must be \"standard\", \"compact\" or \"cjk\"");
    }
    notation = o.notation;
  }
  return { locale, digits, notation };
}

function isTraditional(locale: string): boolean {
  try {
    return new Intl.Locale(locale).maximize().script === "Hant";
  } catch {
    return false;
  }
}

/**
 * The locale whose separators a cjk figure is grouped with. Text with a Chinese word (万, 亿,
 * 美元) is Chinese, which groups with "," and writes "." decimals whatever the locale (the
 * locale then only chooses simplified or traditional characters), and the parser reads it so;
 * a figure without one (`1,234 KRW`) keeps the locale's separators.
 */
function cjkGrouping(locale: string, chineseWord: boolean): string {
  if (!chineseWord) return locale;
  return isTraditional(locale) ? "zh-TW" : "zh-CN";
}

/** Rounds |x| half away from zero; `digits` undefined means at most `auto` places with trailing zeros dropped. */
function roundAbs(x: Decimal, digits: number | undefined, auto: number): { text: string; places: number; zero: boolean } {
  if (digits !== undefined) {
    const r = x.abs().toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
    return { text: r.toFixed(digits), places: digits, zero: r.isZero() };
  }
  const r = x.abs().toDecimalPlaces(auto, Decimal.ROUND_HALF_UP);
  return { text: r.toFixed(), places: r.decimalPlaces(), zero: r.isZero() };
}

// Building an Intl.NumberFormat costs far more than using one, so formatters are
// memoized by (locale, places). The cache is bounded and invisible to callers:
// the same arguments always give the same text.
const formatters = new Map<string, Intl.NumberFormat>();

/** Groups an already-rounded, non-negative decimal string for the locale. */
function group(text: string, places: number, locale: string): string {
  const key = `${locale}|${places}`;
  let nf = formatters.get(key);
  if (nf === undefined) {
    nf = new Intl.NumberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places, useGrouping: true });
    if (formatters.size >= 64) formatters.clear();
    formatters.set(key, nf);
  }
  // A string argument keeps every digit (Intl.NumberFormat v3); no rounding happens here.
  // Beyond about 1e308 Intl prints "∞", so longer integer parts are grouped here by threes
  // with the locale's own separators.
  const point = text.indexOf(".");
  const intLength = point < 0 ? text.length : point;
  if (intLength <= 300) return nf.format(text as unknown as number);
  const parts = nf.formatToParts(1234.5 as number);
  const sep = parts.find((p) => p.type === "group")?.value ?? "";
  const dec = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const int = text.slice(0, intLength);
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += sep + int.slice(i, i + 3);
  return point < 0 ? out : `${out}${dec}${text.slice(point + 1)}`;
}

/** Picks the largest scale not above |x| and rounds; moves up a scale when rounding reaches the next one (999.996K → 1M). */
function scaled(
  x: Decimal,
  scales: readonly (readonly [number, string])[],
  digits: number | undefined,
  auto: number,
): { text: string; places: number; zero: boolean; suffix: string } {
  const abs = x.abs();
  let i = -1;
  for (let j = 0; j < scales.length; j++) if (abs.gte(new Decimal(10).pow(scales[j]![0]))) i = j;
  for (;;) {
    const power = i < 0 ? 0 : scales[i]![0];
    const r = roundAbs(abs.div(new Decimal(10).pow(power)), digits, auto);
    const nextPower = scales[i + 1]?.[0];
    if (nextPower !== undefined && new Decimal(r.text).gte(new Decimal(10).pow(nextPower - power))) {
      i++;
      continue;
    }
    return { ...r, suffix: i < 0 ? "" : scales[i]![1] };
  }
}

function readMoneyArg(m: unknown): Money {
  if (kindOf(m) !== "money") throw unitMismatch("m", "Money (see money())", m);
  const read = readValue(m, "m") as Money;
  return read;
}

function quantityValue(q: unknown, path: string, kind: "ratio" | "pp" | "multiple" | "count", what: string): Decimal {
  if (kindOf(q) !== kind) throw unitMismatch(path, what, q);
  return valueOf(q, path, kind);
}

/**
 * Formats an amount of money for display.
 *
 * - `standard` (default): the currency's symbol and the amount at `digits`
 *   places (default: the currency's minor unit): `US$75,000,000.00`, `HK$930.00`.
 * - `compact`: K, M, B, T: `US$75M`, `US$10.7B`.
 * - `cjk`: 万, 亿, 万亿 chosen by magnitude and a Chinese currency word:
 *   `15.05亿元`, `10.5亿美元`, `7,500万美元`, `930港元`; with a traditional-Chinese
 *   locale (`zh-TW`, `zh-HK`) 萬, 億, 萬億.
 *
 * Notes: rounding is half away from zero (ROUND_HALF_UP), done once with
 * Decimal, so no digit is lost to floating point. Without `digits`, compact and
 * cjk print at most 2 decimals and drop trailing zeros. A scale moves up when
 * rounding reaches the next one (999,999,999 prints as `US$1B`, not `US$1000M`).
 * The text reads back with {@link parseQuantity} given the same `locale`; cjk text also
 * reads back without one. Without a locale the parser refuses a form whose separators
 * another locale reads the other way round (`JP¥1,234`, `JP¥1.234`), so pass the locale
 * that printed it, `{ locale: "en-US" }` for the default
 * (user-defined currencies print their code, which the parser does not read).
 *
 * @param m - the amount
 * @param options - `notation`, `digits`, `locale`
 * @returns the formatted text
 * @throws FinModelError `UNIT_MISMATCH` if `m` is not Money, `OUT_OF_DOMAIN` for a bad option
 *
 * @example
 * ```ts
 * import { formatMoney, money } from "finmodel";
 * formatMoney(money("75e6", "USD")) //=> "US$75,000,000.00"
 * formatMoney(money("75e6", "USD"), { notation: "compact" }) //=> "US$75M"
 * formatMoney(money("1.505e9", "CNY"), { notation: "cjk" }) //=> "15.05亿元"
 * formatMoney(money("75e6", "USD"), { notation: "cjk" }) //=> "7,500万美元"
 * formatMoney(money("4.84e8", "USD"), { notation: "cjk", locale: "zh-HK" }) //=> "4.84億美元"
 * formatMoney(money(930, "HKD"), { notation: "cjk" }) //=> "930港元"
 * ```
 */
export function formatMoney(m: Money, options?: FormatMoneyOptions): string {
  m = readMoneyArg(m);
  const o = resolve(options);
  // Only standard notation without `digits` prints at the minor unit; the other forms need no
  // exponent, so a currency outside ISO 4217 prints there without one.
  const given = (options as { exponent?: number } | undefined)?.exponent;
  const exponent = given ?? (o.notation === "standard" && o.digits === undefined ? undefined : 0);
  const info = currencyInfo(m.currency, exponent === undefined ? undefined : { exponent });
  const minus = (zero: boolean) => (m.amount.isNegative() && !zero ? "-" : "");
  if (o.notation === "standard") {
    const r = roundAbs(m.amount, o.digits ?? info.exponent, 2);
    const symbol = /[A-Za-z]$/.test(info.symbol) ? `${info.symbol} ` : info.symbol;
    return `${minus(r.zero)}${symbol}${group(r.text, r.places, o.locale)}`;
  }
  if (o.notation === "compact") {
    const r = scaled(m.amount, COMPACT, o.digits, 2);
    const symbol = /[A-Za-z]$/.test(info.symbol) ? `${info.symbol} ` : info.symbol;
    return `${minus(r.zero)}${symbol}${group(r.text, r.places, o.locale)}${r.suffix}`;
  }
  const traditional = isTraditional(o.locale);
  const r = scaled(m.amount, traditional ? CJK_TRADITIONAL : CJK_SIMPLIFIED, o.digits, 2);
  const word = CJK_CURRENCY[m.currency];
  const unit = word ? word[traditional ? 1 : 0] : ` ${m.currency}`;
  return `${minus(r.zero)}${group(r.text, r.places, cjkGrouping(o.locale, r.suffix !== "" || word !== undefined))}${r.suffix}${unit}`;
}

/**
 * Formats a ratio as a percentage: 0.254 → `25.4%`.
 *
 * @param r - the ratio
 * @param options - `digits` (decimal places of the percentage, default 1) and `locale`
 * @returns the formatted text
 * @throws FinModelError `UNIT_MISMATCH` if `r` is not a Ratio, `OUT_OF_DOMAIN` for a bad option
 *
 * Notes: prints `100 × r` rounded half away from zero; a minus sign only when
 * the rounded value is not zero.
 *
 * @example
 * ```ts
 * import { formatRatio, percent, ratio } from "finmodel";
 * formatRatio(ratio("0.254")) //=> "25.4%"
 * formatRatio(ratio("2.4337"), { digits: 2 }) //=> "243.37%"
 * formatRatio(percent("80.75")) //=> "80.8%"
 * ```
 */
export function formatRatio(r: Ratio, options?: FormatOptions): string {
  const v = quantityValue(r, "r", "ratio", "a Ratio (see ratio() or percent())").times(100);
  const o = resolve(options);
  const x = roundAbs(v, o.digits ?? 1, 1);
  return `${v.isNegative() && !x.zero ? "-" : ""}${group(x.text, x.places, o.locale)}%`;
}

/**
 * Formats a change in percentage points, sign always shown: `+13.2 pp`, `-0.5 pp`.
 *
 * @param p - the change
 * @param options - `digits` (default 1) and `locale`
 * @returns the formatted text
 * @throws FinModelError `UNIT_MISMATCH` if `p` is not PercentagePoints, `OUT_OF_DOMAIN` for a bad option
 *
 * Notes: a change that rounds to zero prints as `+0.0 pp` (never `-0.0 pp`).
 *
 * @example
 * ```ts
 * import { formatPp, pp } from "finmodel";
 * formatPp(pp(13.2)) //=> "+13.2 pp"
 * formatPp(pp("-0.5")) //=> "-0.5 pp"
 * formatPp(pp("54"), { digits: 0 }) //=> "+54 pp"
 * ```
 */
export function formatPp(p: PercentagePoints, options?: FormatOptions): string {
  const v = quantityValue(p, "p", "pp", "PercentagePoints (see pp())");
  const o = resolve(options);
  const x = roundAbs(v, o.digits ?? 1, 1);
  return `${v.isNegative() && !x.zero ? "-" : "+"}${group(x.text, x.places, o.locale)} pp`;
}

/**
 * Formats a multiple: 54 → `54.0x`.
 *
 * @param m - the multiple
 * @param options - `digits` (default 1) and `locale`
 * @returns the formatted text
 * @throws FinModelError `UNIT_MISMATCH` if `m` is not a Multiple, `OUT_OF_DOMAIN` for a bad option
 *
 * @example
 * ```ts
 * import { formatMultiple, multiple } from "finmodel";
 * formatMultiple(multiple(54)) //=> "54.0x"
 * formatMultiple(multiple("9.333"), { digits: 2 }) //=> "9.33x"
 * ```
 */
export function formatMultiple(m: Multiple, options?: FormatOptions): string {
  const v = quantityValue(m, "m", "multiple", "a Multiple (see multiple())");
  const o = resolve(options);
  const x = roundAbs(v, o.digits ?? 1, 1);
  return `${v.isNegative() && !x.zero ? "-" : ""}${group(x.text, x.places, o.locale)}x`;
}

/**
 * Formats a count with its unit label: `27,600,000 MAU`, `27.6M MAU`, `2,760万 users`.
 *
 * @param c - the count
 * @param options - `notation` (`standard` default, `compact`, `cjk`), `digits`, `locale`
 * @returns the formatted text
 * @throws FinModelError `UNIT_MISMATCH` if `c` is not a Count, `OUT_OF_DOMAIN` for a bad option
 *
 * Notes: without `digits`, at most 2 decimals with trailing zeros dropped; rounding
 * half away from zero, as {@link formatMoney}.
 *
 * @example
 * ```ts
 * import { count, formatCount } from "finmodel";
 * formatCount(count("27.6e6", "MAU")) //=> "27,600,000 MAU"
 * formatCount(count("27.6e6", "MAU"), { notation: "compact" }) //=> "27.6M MAU"
 * formatCount(count("1.97e12", "token"), { notation: "cjk", locale: "zh-TW" }) //=> "1.97萬億 token"
 * ```
 */
export function formatCount(c: Count, options?: FormatCountOptions): string {
  const v = quantityValue(c, "c", "count", "a Count (see count())");
  const unit = (c as { unit?: unknown }).unit;
  if (typeof unit !== "string" || unit.trim() === "") throw unitMismatch("c.unit", "a non-empty unit label", unit);
  const o = resolve(options);
  let r: { text: string; places: number; zero: boolean; suffix: string };
  if (o.notation === "standard") r = { ...roundAbs(v, o.digits, 2), suffix: "" };
  else if (o.notation === "compact") r = scaled(v, COMPACT, o.digits, 2);
  else r = scaled(v, isTraditional(o.locale) ? CJK_TRADITIONAL : CJK_SIMPLIFIED, o.digits, 2);
  const locale = o.notation === "cjk" ? cjkGrouping(o.locale, r.suffix !== "") : o.locale;
  return `${v.isNegative() && !r.zero ? "-" : ""}${group(r.text, r.places, locale)}${r.suffix} ${unit}`;
}
