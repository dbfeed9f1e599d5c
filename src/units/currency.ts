import { outOfDomain } from "../core/errors.js";
import { integerIn } from "../core/guards.js";
import { ISO_4217_MINOR_UNITS } from "./iso4217.js";

/** What finmodel knows of a currency: ISO 4217 code, minor-unit exponent, usual symbol. */
export interface CurrencyInfo<C extends string = string> {
  /** ISO 4217 code (or a user-defined code). */
  readonly code: C;
  /** Digits of the minor unit: 2 for cents, 0 for yen. */
  readonly exponent: number;
  /** The symbol finmodel prints (`US$`, `HK$`, `¥`). */
  readonly symbol: string;
}

// The symbols finmodel prints and parses; every other currency prints its ISO code.
const SYMBOLS: Readonly<Record<string, string>> = { USD: "US$", HKD: "HK$", CNY: "¥", EUR: "€", GBP: "£", JPY: "JP¥" };

/**
 * Every active ISO 4217 currency, by code, with its minor-unit exponent (the
 * standard's list one: KRW 0, CLP 0, BHD 3, CLF 4, …) and the symbol finmodel
 * prints (`US$`, `HK$`, `¥`, `€`, `£`, `JP¥`; the code itself for the others).
 *
 * A code that is not in this table (`"BTC"`, `"USDC"`) can still be the currency of a
 * Money, but the functions that round to the minor unit (`roundMoney`, `allocateMoney`,
 * `formatMoney` without `digits`) refuse it unless the call gives its `exponent`.
 *
 * @example
 * ```ts
 * import { currencies } from "finmodel";
 * currencies.JPY.exponent //=> 0
 * currencies.BHD.exponent //=> 3
 * currencies.HKD.symbol //=> "HK$"
 * currencies.KRW.symbol //=> "KRW"
 * ```
 */
export const currencies: { readonly [K in IsoCurrencyCode]: CurrencyInfo<K> } = /* @__PURE__ */ (() => {
  const out: Record<string, CurrencyInfo> = {};
  for (const [code, exponent] of Object.entries(ISO_4217_MINOR_UNITS)) {
    out[code] = Object.freeze({ code, exponent, symbol: SYMBOLS[code] ?? code });
  }
  return Object.freeze(out) as { readonly [K in IsoCurrencyCode]: CurrencyInfo<K> };
})();

/** The active ISO 4217 codes finmodel knows, with their minor units. */
export type IsoCurrencyCode = keyof typeof ISO_4217_MINOR_UNITS;

/** A currency code: an ISO 4217 one finmodel knows, or any user-defined code (autocompletes the known ones). */
export type CurrencyCode = IsoCurrencyCode | (string & {});

/** The minor-unit exponent of a currency that is not in ISO 4217's list, given by the caller. */
export interface CurrencyOptions {
  /** Decimal places of the currency's minor unit (0–18): 8 for bitcoin's satoshi. Ignored for an ISO 4217 currency. */
  readonly exponent?: number;
}

const CODE = /^[A-Z][A-Z0-9]{2,9}$/;

/** @internal Whether `code` is a currency code {@link currencyCode} accepts (the test without the error). */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === "string" && CODE.test(code);
}

/**
 * Checks a currency code and returns it, or throws `OUT_OF_DOMAIN`.
 *
 * @param code - a currency code such as `"USD"`
 * @param path - the argument's name, used in the error message
 * @returns the code, unchanged
 *
 * @example
 * ```ts
 * import { currencyCode } from "finmodel";
 * currencyCode("HKD") //=> "HKD"
 * currencyCode("usd") // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function currencyCode<C extends string>(code: C, path = "currency"): C {
  if (!isCurrencyCode(code)) {
    throw outOfDomain(path, code, "must be a currency code of 3 to 10 capital letters or digits, such as \"USD\"");
  }
  return code;
}

/**
 * What finmodel knows of a currency: its minor-unit exponent and symbol.
 *
 * An ISO 4217 code comes from the standard's table (an `exponent` option cannot
 * override it); any other code needs its `exponent` from the caller and prints its
 * code as symbol. Without one it is refused rather than rounded to a guessed 2 places.
 *
 * @param code - a currency code
 * @param options - `{ exponent }` for a currency outside ISO 4217 (checked, then ignored, for an ISO one)
 * @returns its {@link CurrencyInfo}
 * @throws FinModelError `OUT_OF_DOMAIN` for a malformed code, an unknown code without an
 *   exponent, or an exponent that is not a whole number from 0 to 18
 *
 * @example
 * ```ts
 * import { currencyInfo } from "finmodel";
 * currencyInfo("USD").symbol //=> "US$"
 * currencyInfo("KRW").exponent //=> 0
 * currencyInfo("BTC", { exponent: 8 }).exponent //=> 8
 * currencyInfo("BTC") // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function currencyInfo<C extends string>(code: C, options?: CurrencyOptions): CurrencyInfo<C> {
  currencyCode(code);
  const given = options?.exponent;
  const exponent = given === undefined ? undefined : integerIn(given, "options.exponent", 0, 18);
  const known = Object.prototype.hasOwnProperty.call(currencies, code) ? (currencies as Record<string, CurrencyInfo>)[code] : undefined;
  if (known !== undefined) return known as CurrencyInfo<C>;
  if (exponent === undefined) {
    throw outOfDomain("currency", code, "is not an ISO 4217 currency with a known minor unit; give its exponent (decimal places of its minor unit), e.g. { exponent: 8 }");
  }
  return Object.freeze({ code, exponent, symbol: code });
}
