import { outOfDomain } from "../core/errors.js";

/** What finmodel knows of a currency: ISO 4217 code, minor-unit exponent, usual symbol. */
export interface CurrencyInfo<C extends string = string> {
  /** ISO 4217 code (or a user-defined code). */
  readonly code: C;
  /** Digits of the minor unit: 2 for cents, 0 for yen. */
  readonly exponent: number;
  /** The symbol finmodel prints (`US$`, `HK$`, `¥`). */
  readonly symbol: string;
}

/**
 * The currencies finmodel knows by name. Any other code of 3–10 capital
 * letters or digits (`"BTC"`, `"USDC"`) is accepted as a user-defined
 * currency with exponent 2 and its code as symbol.
 *
 * @example
 * ```ts
 * import { currencies } from "finmodel";
 * currencies.JPY.exponent //=> 0
 * currencies.HKD.symbol //=> "HK$"
 * ```
 */
export const currencies = /* @__PURE__ */ Object.freeze({
  USD: /* @__PURE__ */ Object.freeze({ code: "USD", exponent: 2, symbol: "US$" }),
  HKD: /* @__PURE__ */ Object.freeze({ code: "HKD", exponent: 2, symbol: "HK$" }),
  CNY: /* @__PURE__ */ Object.freeze({ code: "CNY", exponent: 2, symbol: "¥" }),
  EUR: /* @__PURE__ */ Object.freeze({ code: "EUR", exponent: 2, symbol: "€" }),
  GBP: /* @__PURE__ */ Object.freeze({ code: "GBP", exponent: 2, symbol: "£" }),
  JPY: /* @__PURE__ */ Object.freeze({ code: "JPY", exponent: 0, symbol: "JP¥" }),
} as const);

/** The ISO 4217 codes finmodel knows by name. */
export type IsoCurrencyCode = keyof typeof currencies;

/** A currency code: one finmodel knows, or any user-defined code (autocompletes the known ones). */
export type CurrencyCode = IsoCurrencyCode | (string & {});

const CODE = /^[A-Z][A-Z0-9]{2,9}$/;

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
  if (typeof code !== "string" || !CODE.test(code)) {
    throw outOfDomain(path, code, "must be a currency code of 3 to 10 capital letters or digits, such as \"USD\"");
  }
  return code;
}

/**
 * What finmodel knows of a currency; user-defined codes get exponent 2 and their code as symbol.
 *
 * @param code - a currency code
 * @returns its {@link CurrencyInfo}
 *
 * @example
 * ```ts
 * import { currencyInfo } from "finmodel";
 * currencyInfo("USD").symbol //=> "US$"
 * currencyInfo("BTC").exponent //=> 2
 * ```
 */
export function currencyInfo<C extends string>(code: C): CurrencyInfo<C> {
  currencyCode(code);
  const known = (currencies as Record<string, CurrencyInfo>)[code];
  return (known as CurrencyInfo<C> | undefined) ?? Object.freeze({ code, exponent: 2, symbol: code });
}
