import { Decimal } from "../core/decimal.js";
import { outOfDomain, parseError } from "../core/errors.js";
import { currencies } from "./currency.js";
import { type Money, money } from "./money.js";
import { type Count, type Multiple, type PercentagePoints, type Ratio, count, multiple, pp, ratio } from "./quantities.js";

// A small hand-written scanner (no zod, no regex soup): optional sign or
// parentheses, optional currency prefix, one number written with "." decimals
// and optional "," thousands groups (or the separators of options.locale), optional magnitude word, optional unit
// (%, pp, x / × / 倍, a currency, or a count label), and nothing else.
// Anything left over is a PARSE_ERROR, never a guess.

/** What every parse result carries, whatever its kind. */
export interface ParsedBase {
  /** The text as given. */
  readonly text: string;
  /** The number in base units: 0.807 for `"80.7%"`, 1.505e9 for `"15.05亿元"`, 13.2 for `"13.2 pp"`. */
  readonly value: Decimal;
  /**
   * Half a unit of the last written digit, in the same base units as `value`:
   * the stated figure stands for `[value − halfUnit, value + halfUnit]`.
   * `"80.7%"` → 0.0005, `"US$10.7B"` → 0.05e9, `"HK$930"` → 0.5.
   */
  readonly halfUnit: Decimal;
  /** How many digits were written after the decimal point (1 for `"80.7%"`). */
  readonly decimals: number;
  /** What the written number was multiplied by to reach base units: 1e8 for `亿`, 0.01 for `%`, 1 otherwise. */
  readonly scale: Decimal;
}

/** A parsed amount of money (`"US$75M"`, `"15.05亿元"`); `value` is in major units. */
export interface ParsedMoney extends ParsedBase {
  /** The discriminant. */
  readonly kind: "money";
  /** The figure as a typed Money. */
  readonly quantity: Money;
}

/** A parsed percentage (`"25.4%"`); `value` is the fraction (0.254). */
export interface ParsedRatio extends ParsedBase {
  /** The discriminant. */
  readonly kind: "ratio";
  /** The figure as a typed Ratio. */
  readonly quantity: Ratio;
}

/** A parsed change in percentage points (`"-0.5 pp"`, `"13.2个百分点"`); `value` is in points. */
export interface ParsedPp extends ParsedBase {
  /** The discriminant. */
  readonly kind: "pp";
  /** The figure as a typed PercentagePoints. */
  readonly quantity: PercentagePoints;
}

/** A parsed multiple (`"54x"`, `"54×"`, `"54 倍"`). */
export interface ParsedMultiple extends ParsedBase {
  /** The discriminant. */
  readonly kind: "multiple";
  /** The figure as a typed Multiple. */
  readonly quantity: Multiple;
}

/** A parsed count with a unit label (`"27.6M MAU"`, `"1.97 萬億 token"`). */
export interface ParsedCount extends ParsedBase {
  /** The discriminant. */
  readonly kind: "count";
  /** The figure as a typed Count. */
  readonly quantity: Count;
}

/** A parsed plain number (`"2760萬"`, `"3.1 million"`, `"(1,234.5)"`); `quantity` is the same Decimal as `value`. */
export interface ParsedNumber extends ParsedBase {
  /** The discriminant. */
  readonly kind: "number";
  /** The figure as a typed Decimal. */
  readonly quantity: Decimal;
}

/** The result of {@link parseQuantity}: a union discriminated by `kind`. */
export type ParsedQuantity = ParsedMoney | ParsedRatio | ParsedPp | ParsedMultiple | ParsedCount | ParsedNumber;

type Table = readonly (readonly [string, string | number])[];

// Currency markers written before the number. Letter codes need a non-letter after them.
const CURRENCY_PREFIX: Table = [
  ["US$", "USD"], ["HK$", "HKD"], ["CN¥", "CNY"], ["JP¥", "JPY"],
  ["USD", "USD"], ["HKD", "HKD"], ["CNY", "CNY"], ["RMB", "CNY"], ["EUR", "EUR"], ["GBP", "GBP"], ["JPY", "JPY"],
  ["$", "USD"], ["¥", "CNY"], ["€", "EUR"], ["£", "GBP"],
];

// Currency markers written after the number (and after its magnitude: 亿元, 萬美元). Longest first.
const CURRENCY_SUFFIX: Table = [
  ["元人民币", "CNY"], ["元人民幣", "CNY"], ["人民币", "CNY"], ["人民幣", "CNY"],
  ["美元", "USD"], ["港元", "HKD"], ["港币", "HKD"], ["港幣", "HKD"],
  ["欧元", "EUR"], ["歐元", "EUR"], ["英镑", "GBP"], ["英鎊", "GBP"], ["日元", "JPY"], ["日圓", "JPY"],
  ["元", "CNY"],
  ["USD", "USD"], ["HKD", "HKD"], ["CNY", "CNY"], ["RMB", "CNY"], ["EUR", "EUR"], ["GBP", "GBP"], ["JPY", "JPY"],
];

// Magnitudes, as powers of ten. Longest first; Latin words need a non-letter after them.
const MAGNITUDE: Table = [
  ["万亿", 12], ["萬億", 12], ["千亿", 11], ["千億", 11], ["百亿", 10], ["百億", 10], ["十亿", 9], ["十億", 9],
  ["亿", 8], ["億", 8], ["千万", 7], ["千萬", 7], ["百万", 6], ["百萬", 6], ["十万", 5], ["十萬", 5],
  ["万", 4], ["萬", 4], ["千", 3],
  ["K", 3], ["k", 3], ["M", 6], ["m", 6], ["B", 9], ["b", 9], ["T", 12],
];
// Magnitude words of two or more letters, in any letter case ("bn", "Bn", "BILLION", "MM").
const MAGNITUDE_WORD: Table = [
  ["thousand", 3], ["million", 6], ["billion", 9], ["trillion", 12], ["mn", 6], ["mm", 6], ["bn", 9], ["tn", 12],
];

const PP_UNIT = ["个百分点", "個百分點", "百分点", "百分點", "ppts", "ppt", "pp"] as const;
const MULTIPLE_UNIT = ["×", "倍", "x", "X"] as const;

// Characters that belong to numbers, magnitudes or currencies and so may not appear in a count label.
const RESERVED_IN_LABEL = /[元币幣万萬亿億兆倍百千十分点點美港民]/u;
// Any character of a Chinese magnitude, currency or unit word in the tables above (a test
// checks it holds every one). A literal, so that bundles which never parse can drop the tables.
const CHINESE_WORD = /[元人民币幣美港欧歐英镑鎊日圓万亿萬億千百十个分点個點倍]/u;
const LATIN_LABEL = /[A-Za-z][A-Za-z0-9_-]*(?: +[A-Za-z][A-Za-z0-9_-]*)*/y;
const HAN_LABEL = /\p{Script=Han}+/uy;
const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+)/y;
const LETTER = /[A-Za-z]/;

/** Options of {@link parseQuantity} and the other `parse*` functions. */
export interface ParseOptions {
  /**
   * The BCP 47 locale the text was written in (`"de-DE"`, `"fr-FR"`, `"en-IN"`): its digit
   * grouping and decimal separator, as `Intl.NumberFormat` prints them, are the ones read.
   * Without it only English-style separators are read, and a form that another locale
   * writes with the opposite meaning (`"1.234"`, `"1,234"`) is refused unless the text is
   * Chinese (`"1,240港元"`) or the dot comes before a Latin magnitude (`"1.505bn"`).
   */
  readonly locale?: string;
}

interface Separators {
  readonly locale: string;
  readonly group: string;
  readonly decimal: string;
  readonly number: RegExp;
  readonly grouped: readonly Intl.NumberFormat[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// One small memo per locale: building Intl.NumberFormat costs far more than using it.
const separatorCache = new Map<string, Separators>();

/** The locale's grouping and decimal separators, from Intl (NFKC-normalized, as the text is). */
function separators(options: unknown): Separators | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw outOfDomain("options", options, 'must be a plain options object such as { locale: "de-DE" }');
  }
  const plainOptions = 'must be a plain options object such as { locale: "de-DE" }';
  let given: unknown;
  try {
    const proto: unknown = Object.getPrototypeOf(options);
    const plain = (proto === Object.prototype || proto === null) && Reflect.ownKeys(options).every((k) => k === "locale");
    if (!plain) throw outOfDomain("options", options, plainOptions);
    given = (options as { locale?: unknown }).locale;
  } catch {
    throw outOfDomain("options", options, plainOptions);
  }
  if (given === undefined) return undefined;
  let locale: string | undefined;
  try {
    locale = typeof given === "string" ? Intl.getCanonicalLocales(given)[0] : undefined;
  } catch {
    locale = undefined;
  }
  if (locale === undefined) throw outOfDomain("options.locale", given, "must be a BCP 47 locale such as \"de-DE\" or \"en-IN\"");
  const cached = separatorCache.get(locale);
  if (cached !== undefined) return cached;
  const nf = new Intl.NumberFormat(locale, { useGrouping: true });
  const parts = nf.formatToParts(1234567.5);
  const group = (parts.find((p) => p.type === "group")?.value ?? ",").normalize("NFKC");
  const decimal = (parts.find((p) => p.type === "decimal")?.value ?? ".").normalize("NFKC");
  const g = escape(group);
  const d = escape(decimal);
  const number = new RegExp(`(?:\\d+(?:${g}\\d+)*)(?:${d}(\\d+))?|${d}(\\d+)`, "y");
  const grouped = [nf, new Intl.NumberFormat(locale, { useGrouping: "always" } as unknown as Intl.NumberFormatOptions)];
  const out = Object.freeze({ locale, group, decimal, number, grouped });
  if (separatorCache.size >= 32) separatorCache.clear();
  separatorCache.set(locale, out);
  return out;
}

const EXPECTED = "a quantity such as 25.4%, -0.5 pp, 54x, US$75M, 15.05亿元 or 27.6M MAU";

class Scanner {
  pos = 0;
  constructor(readonly s: string) {}

  skipSpace(): void {
    while (this.pos < this.s.length && /\s/u.test(this.s[this.pos]!)) this.pos++;
  }

  /** Takes the first entry of `table` found at the cursor (Latin words only at a word end). */
  take(table: Table, anyCase = false): readonly [string, string | number] | undefined {
    for (const entry of table) {
      const word = entry[0];
      const here = this.s.slice(this.pos, this.pos + word.length);
      if ((anyCase ? here.toLowerCase() : here) !== word) continue;
      const next = this.s[this.pos + word.length];
      if (LETTER.test(word[word.length - 1]!) && next !== undefined && LETTER.test(next)) continue;
      this.pos += word.length;
      return entry;
    }
    return undefined;
  }

  takeWord(words: readonly string[]): string | undefined {
    const found = this.take(words.map((w) => [w, w] as const));
    return found?.[0];
  }

  takeSign(): "+" | "-" | undefined {
    const c = this.s[this.pos];
    if (c === "+" || c === "-") {
      this.pos++;
      return c;
    }
    return undefined;
  }

  takeRegex(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (m) this.pos += m[0].length;
    return m;
  }

  get done(): boolean {
    return this.pos >= this.s.length;
  }
}

// One "." or "," followed by exactly three digits, after one to three digits that do not
// start with 0: "1.234" is 1234 in de-DE and 1.234 in en-US, "1,234" the other way round,
// and formatMoney prints both forms. Without a locale neither reading is safe.
const AMBIGUOUS_SEPARATOR = /^[1-9]\d{0,2}[.,]\d{3}$/;

function ambiguousSeparator(written: string): string {
  const [int, rest] = written.split(/[.,]/) as [string, string];
  const sep = written[int.length];
  const asGroup = `${int}${rest}`;
  const asDecimal = `${int}.${rest}`;
  const [en, de] = sep === "," ? [asGroup, asDecimal] : [asDecimal, asGroup];
  return `"${written}" is ${en} with English separators and ${de} with German ones: pass { locale: "en-US" } or the locale it was written in`;
}

/** The digits of a number written with a locale's separators; its grouping must be one Intl prints. */
type Fail = (text: unknown, reason: string) => never;

function localDigits(text: string, written: string, fraction: string, sep: Separators, fail: Fail): string {
  const int = fraction === "" || !written.includes(sep.decimal) ? written : written.slice(0, written.lastIndexOf(sep.decimal));
  const digits = int.split(sep.group).join("");
  // Longer numbers are refused below (more significant digits than Decimal keeps); checking
  // their grouping first would cost time for nothing.
  if (int !== digits && digits !== "" && digits.length <= 2 * Decimal.precision) {
    const ok = sep.grouped.some((nf) => nf.format(BigInt(digits)).normalize("NFKC") === int);
    if (!ok) fail(text, `"${int}" is not grouped as ${sep.locale} groups digits ("${sep.grouped[1]!.format(BigInt(digits)).normalize("NFKC")}")`);
  }
  return fraction === "" ? (digits === "" ? "0" : digits) : `${digits === "" ? "0" : digits}.${fraction}`;
}

/** An active ISO 4217 code (`"KRW"`, `"BHD"`): what formatMoney prints for a currency without a symbol. */
function isIsoCode(word: string): boolean {
  return /^[A-Z]{3}$/.test(word) && Object.prototype.hasOwnProperty.call(currencies, word);
}

/** An ISO 4217 code written before the number (`KRW 1,234`), followed by a non-letter. */
function takeIsoCode(sc: Scanner): readonly [string, string] | undefined {
  const word = sc.s.slice(sc.pos, sc.pos + 3);
  const next = sc.s[sc.pos + 3];
  if (!isIsoCode(word) || (next !== undefined && LETTER.test(next))) return undefined;
  sc.pos += 3;
  return [word, word];
}

function failWith(text: unknown, reason: string | undefined, expected: string): never {
  throw parseError("text", text, reason === undefined ? expected : `${expected} (${reason})`);
}

/**
 * Reads a figure as documents write it, in English or Chinese, keeping the
 * precision it was stated with.
 *
 * Reads: an optional sign (`+`, `-`, `−`) or parentheses for a negative
 * (`(1,234.5)`); an optional currency before the number (`US$`, `HK$`, `$`,
 * `¥`, `CN¥`, `JP¥`, `€`, `£`, `USD`, `HKD`, `CNY`, `RMB`, `EUR`, `GBP`, `JPY`);
 * the number, with `.` as decimal point and optional `,` thousands groups of
 * three; an optional magnitude (`K`/`k`/`thousand`, `M`/`m`/`mn`/`million`,
 * `B`/`b`/`bn`/`billion`, `T`/`tn`/`trillion`, `MM` (words of two or more letters in
 * any case: `Bn`, `BILLION`), `万`/`萬` 1e4, `亿`/`億` 1e8,
 * `万亿`/`萬億` 1e12, and `千`, `十万`, `百万`, `千万`, `十亿`, `百亿`, `千亿`); then
 * at most one unit: `%` (a ratio), `pp`/`ppt`/`个百分点` (percentage points),
 * `x`/`×`/`倍` (a multiple), a currency after the number (`美元`, `港元`, `港币`,
 * `元`, `人民币`, `元人民币`, `USD`, `RMB`, …), or a count label (`MAU`,
 * `token`, `paying users`); any other active ISO 4217 code (`KRW 1,234`, `1.5 BHD`) is a
 * currency too, before or after the number. Full-width characters are read as their ASCII forms.
 *
 * Notes: `$` alone is USD and `¥` alone is CNY (write `JP¥` or `JPY` for yen).
 * `兆` is refused: it is 10⁶ in mainland metric usage and 10¹² in Taiwan, so any
 * reading could be a silently wrong number. `halfUnit = 0.5 × 10^−decimals × scale`
 * where `scale` is the magnitude (and 0.01 for `%`): "80.7%" is 0.807 ± 0.0005,
 * "US$10.7B" is 10.7e9 ± 0.05e9, "15.05亿元" is 1.505e9 ± 0.005e8. Without
 * `options.locale` only English-style separators are read (`1,500.5`, `1,234,567`,
 * `0.125`), and a form that another locale reads the other way round is refused:
 * one to three digits, then one `.` or `,`, then exactly three digits (`1.234` is 1234 in
 * `de-DE`, `1,234` is 1.234 there). Pass the locale it was written in (`{ locale: "en-US" }`
 * for English). Two forms are not ambiguous and are read without one: Chinese text (a
 * Chinese magnitude, currency or unit word: `1,240港元`, `7,500万美元`), which groups
 * with `,` and writes `.` decimals in any locale, and a `.` before a Latin magnitude below
 * trillions (`US$1.505bn`), since no locale groups digits there (the scale moves up first).
 * Text written in another locale
 * (what `formatMoney(m, { locale: "de-DE" })` prints, `JP¥1.234`) must be read with that
 * locale: its grouping and decimal separators come from `Intl.NumberFormat`, the
 * no-break spaces of `fr-FR` (U+202F, U+00A0) are read as spaces, and the grouping must
 * be one the locale prints (`12,34,567` in `en-IN`); anything else is a PARSE_ERROR.
 * Exponent notation (`1.5e9`) is refused rather than read as a count of "e9".
 *
 * @param text - the figure as written
 * @param options - `locale`: the BCP 47 locale the text was written in (default: English separators)
 * @returns a frozen {@link ParsedQuantity}: `kind`, the typed `quantity`, `value`, `halfUnit`, `decimals`, `scale`, `text`
 * @throws FinModelError `PARSE_ERROR` naming the text when it is not exactly one readable figure
 *   (`"1.2.3%"`, `"10亿美元港元"`, `"5兆"`, `"US$5%"`, `"abc"`, `"1.234,5"` without a locale),
 *   or when its separators are ambiguous without a locale (`"JP¥1,234"`, `"1.234"`);
 *   `OUT_OF_DOMAIN` if `options.locale` is not a BCP 47 locale
 *
 * @example
 * ```ts
 * import { parseQuantity } from "finmodel";
 * const cagr = parseQuantity("80.7%");
 * cagr.kind //=> "ratio"
 * cagr.value.toString() //=> "0.807"
 * cagr.halfUnit.toString() //=> "0.0005"
 * const revenue = parseQuantity("15.05亿元");
 * revenue.quantity //=> { kind: "money", amount: "1505000000", currency: "CNY" }
 * revenue.halfUnit.toString() //=> "500000"
 * parseQuantity("27.6M MAU").quantity //=> { kind: "count", value: "27600000", unit: "MAU" }
 * parseQuantity("10亿美元港元") // throws FinModelError PARSE_ERROR
 * parseQuantity("JP¥1.234", { locale: "de-DE" }).value.toString() //=> "1234"
 * parseQuantity("JP¥1,234") // throws FinModelError PARSE_ERROR
 * parseQuantity("JP¥1,234", { locale: "en-US" }).value.toString() //=> "1234"
 * parseQuantity("1,240港元").value.toString() //=> "1240"
 * parseQuantity("1\u202f234,5 MAU", { locale: "fr-FR" }).value.toString() //=> "1234.5"
 * ```
 */
export function parseQuantity(text: string, options?: ParseOptions): ParsedQuantity {
  return scan(text, options, EXPECTED);
}

function scan(text: string, options: ParseOptions | undefined, expected: string): ParsedQuantity {
  const fail: (t: unknown, reason?: string) => never = (t, reason) => failWith(t, reason, expected);
  if (typeof text !== "string") fail(text, "not a string");
  const s = text.normalize("NFKC").replace(/[\u2212\u2012\u2013\uFE63]/gu, "-").trim();
  if (s === "") fail(text, "empty text");
  let body = s;
  let negative = false;
  if (body.startsWith("(") && body.endsWith(")")) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  // A Chinese magnitude, currency or unit word makes the text Chinese, which groups with ","
  // and writes decimals with "." whatever the locale (formatMoney's cjk notation prints so).
  const chinese = CHINESE_WORD.test(body);
  const localSeparators = separators(options);
  const sep = chinese ? undefined : localSeparators;
  const sc = new Scanner(body);
  let sign = sc.takeSign();
  sc.skipSpace();
  const prefix = sc.take(CURRENCY_PREFIX) ?? takeIsoCode(sc);
  sc.skipSpace();
  if (prefix && sign === undefined) {
    sign = sc.takeSign();
    sc.skipSpace();
  }
  if (negative && sign !== undefined) fail(text, "a sign inside parentheses");
  if (sign === "-") negative = true;

  const num = sc.takeRegex(sep ? sep.number : NUMBER);
  if (!num) fail(text, "no number where one was expected");
  const next = body[sc.pos];
  if (next !== undefined && (/[\d.,']/.test(next) || (sep !== undefined && (next === sep.decimal || (next === sep.group && next !== " "))))) {
    fail(text, sep ? `a malformed number for ${sep.locale} (grouping "${sep.group}", decimal "${sep.decimal}")` : "a malformed number");
  }
  const fraction = num[1] ?? num[2] ?? "";
  const digits = sep ? localDigits(text, num[0], fraction, sep, fail) : num[0].replace(/,/g, "");
  sc.skipSpace();

  if (body.startsWith("兆", sc.pos)) {
    fail(text, "兆 is ambiguous: 10^6 in mainland metric usage, 10^12 in Taiwan; write 百万 or 万亿");
  }
  const magnitude = sc.take(MAGNITUDE_WORD, true) ?? sc.take(MAGNITUDE);
  sc.skipSpace();

  let kind: ParsedQuantity["kind"] = "number";
  let currency = typeof prefix?.[1] === "string" ? prefix[1] : undefined;
  let label: string | undefined;
  if (sc.takeWord(["%"])) kind = "ratio";
  else if (sc.takeWord(PP_UNIT)) kind = "pp";
  else if (sc.takeWord(MULTIPLE_UNIT)) kind = "multiple";
  else {
    const suffix = sc.take(CURRENCY_SUFFIX);
    if (suffix) {
      if (currency !== undefined) fail(text, "two currency markers");
      currency = String(suffix[1]);
    } else if (!sc.done) {
      const latin = sc.takeRegex(LATIN_LABEL);
      const han = latin ? null : sc.takeRegex(HAN_LABEL);
      label = latin?.[0] ?? han?.[0];
      if (label !== undefined && RESERVED_IN_LABEL.test(label)) fail(text, `"${label}" is not a unit finmodel reads`);
      if (label !== undefined && /^[eE][+-]?\d/.test(label)) fail(text, "exponent notation; write the number out or use a magnitude (1.5B, 15亿)");
      if (label !== undefined && isIsoCode(label)) {
        if (currency !== undefined) fail(text, "two currency markers");
        currency = label;
        label = undefined;
      } else if (label !== undefined) kind = "count";
    }
    if (currency !== undefined) kind = "money";
  }
  sc.skipSpace();
  if (!sc.done) fail(text, `unexpected "${body.slice(sc.pos)}"`);
  // A dot before a Latin magnitude below trillions is a decimal point in every locale's compact
  // form: the scale moves up before a group would be needed ("1,234.5M" prints as "1.23B");
  // only the top scale, T, can be grouped ("1.000T" is a thousand trillion in de-DE).
  const decimalBeforeMagnitude = magnitude !== undefined && Number(magnitude[1]) < 12 && num[0].includes(".");
  if (!sep && !chinese && !decimalBeforeMagnitude && AMBIGUOUS_SEPARATOR.test(num[0])) fail(text, ambiguousSeparator(num[0]));
  // English never writes a grouped number with a leading zero; "0,500" is a decimal comma.
  if (!sep && /^0\d*,/.test(num[0])) fail(text, `"${num[0]}" is not an English grouping (a decimal comma?): pass the locale it was written in`);
  if (kind === "count" && currency !== undefined) fail(text, "a currency and a count label");
  if ((kind === "ratio" || kind === "pp" || kind === "multiple") && (currency !== undefined || magnitude !== undefined)) {
    fail(text, `a ${kind} with a currency or magnitude`);
  }

  const scale = kind === "ratio" ? new Decimal("0.01") : new Decimal(10).pow(magnitude ? Number(magnitude[1]) : 0);
  const written = new Decimal(digits);
  if (written.sd() > Decimal.precision) fail(text, `more than ${Decimal.precision} significant digits`);
  const absolute = written.times(scale);
  const value = negative && !absolute.isZero() ? absolute.neg() : absolute;
  const halfUnit = new Decimal(5).times(new Decimal(10).pow(-(fraction.length + 1))).times(scale);
  const base = { text, value, halfUnit, decimals: fraction.length, scale };
  switch (kind) {
    case "money":
      return Object.freeze({ kind, quantity: money(value, currency!), ...base });
    case "ratio":
      return Object.freeze({ kind, quantity: ratio(value), ...base });
    case "pp":
      return Object.freeze({ kind, quantity: pp(value), ...base });
    case "multiple":
      return Object.freeze({ kind, quantity: multiple(value), ...base });
    case "count":
      return Object.freeze({ kind, quantity: count(value, label!), ...base });
    default:
      return Object.freeze({ kind: "number", quantity: value, ...base });
  }
}

function parseAs<K extends ParsedQuantity["kind"]>(text: string, options: ParseOptions | undefined, kind: K, expected: string): Extract<ParsedQuantity, { kind: K }> {
  const parsed = scan(text, options, expected);
  if (parsed.kind !== kind) failWith(text, `it reads as ${parsed.kind}`, expected);
  return parsed as Extract<ParsedQuantity, { kind: K }>;
}

/**
 * Reads an amount of money, keeping its stated precision. Accepts what
 * {@link parseQuantity} accepts, provided the text names a currency.
 *
 * @param text - the amount as written (`"US$75M"`, `"930 港元"`, `"15.05亿元"`, `"RMB 1.505bn"`)
 * @param options - `locale`, as for {@link parseQuantity}
 * @returns the frozen {@link ParsedMoney}
 * @throws FinModelError `PARSE_ERROR` naming the text if it is not an amount of money
 *
 * @example
 * ```ts
 * import { parseMoney } from "finmodel";
 * const target = parseMoney("930 港元");
 * target.quantity //=> { kind: "money", amount: "930", currency: "HKD" }
 * target.halfUnit.toString() //=> "0.5"
 * parseMoney("7500 萬美元").value.toString() //=> "75000000"
 * parseMoney("25.4%") // throws FinModelError PARSE_ERROR
 * parseMoney("JP¥1.234", { locale: "de-DE" }).value.toString() //=> "1234"
 * ```
 */
export function parseMoney(text: string, options?: ParseOptions): ParsedMoney {
  return parseAs(text, options, "money", "an amount of money such as US$75M, HK$930 or 15.05亿元");
}

/**
 * Reads a percentage as a ratio, keeping its stated precision.
 *
 * @param text - the percentage as written (`"25.4%"`, `"+243.37%"`)
 * @param options - `locale`, as for {@link parseQuantity}
 * @returns the frozen {@link ParsedRatio}; `value` is the fraction
 * @throws FinModelError `PARSE_ERROR` naming the text if it is not a percentage
 *
 * @example
 * ```ts
 * import { parsePercent } from "finmodel";
 * const growth = parsePercent("+243.37%");
 * [growth.value.toString(), growth.halfUnit.toString()] //=> ["2.4337", "0.00005"]
 * parsePercent("13.2 pp") // throws FinModelError PARSE_ERROR
 * ```
 */
export function parsePercent(text: string, options?: ParseOptions): ParsedRatio {
  return parseAs(text, options, "ratio", "a percentage such as 25.4%");
}

/**
 * Reads a change in percentage points, keeping its stated precision.
 *
 * @param text - the change as written (`"-0.5 pp"`, `"+13.2pp"`, `"13.2个百分点"`)
 * @param options - `locale`, as for {@link parseQuantity}
 * @returns the frozen {@link ParsedPp}; `value` is in points
 * @throws FinModelError `PARSE_ERROR` naming the text if it is not in percentage points
 *
 * @example
 * ```ts
 * import { parsePp } from "finmodel";
 * parsePp("-0.5 pp").value.toString() //=> "-0.5"
 * parsePp("13.2个百分点").halfUnit.toString() //=> "0.05"
 * parsePp("13.2%") // throws FinModelError PARSE_ERROR
 * ```
 */
export function parsePp(text: string, options?: ParseOptions): ParsedPp {
  return parseAs(text, options, "pp", "percentage points such as -0.5 pp");
}

/**
 * Reads a multiple (`54x`, `54×`, `54 倍`), keeping its stated precision.
 *
 * @param text - the multiple as written
 * @param options - `locale`, as for {@link parseQuantity}
 * @returns the frozen {@link ParsedMultiple}
 * @throws FinModelError `PARSE_ERROR` naming the text if it is not a multiple
 *
 * @example
 * ```ts
 * import { parseMultiple } from "finmodel";
 * parseMultiple("54 倍").quantity //=> { kind: "multiple", value: "54" }
 * parseMultiple("9.33x").halfUnit.toString() //=> "0.005"
 * parseMultiple("54") // throws FinModelError PARSE_ERROR
 * ```
 */
export function parseMultiple(text: string, options?: ParseOptions): ParsedMultiple {
  return parseAs(text, options, "multiple", "a multiple such as 54x or 54 倍");
}
