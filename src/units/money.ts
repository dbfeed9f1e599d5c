import type { Decimal } from "../core/decimal.js";
import { type Numeric, toDecimal } from "../core/numeric.js";
import { currencyCode } from "./currency.js";

/**
 * An amount of money in one currency. A readonly plain object: operations are
 * standalone functions (`addMoney`, `convertMoney`, …), never methods.
 *
 * The currency is a type parameter, so `Money<"USD">` and `Money<"HKD">`
 * cannot be mixed by mistake: functions that combine two amounts fail to
 * compile when both currencies are literal types, and throw
 * `CURRENCY_MISMATCH` at run time otherwise.
 */
export interface Money<C extends string = string> {
  readonly kind: "money";
  /** The amount, in major units (dollars, not cents). */
  readonly amount: Decimal;
  /** The currency code. */
  readonly currency: C;
}

/**
 * Makes a {@link Money} amount.
 *
 * @param amount - the amount in major units (75000000 for US$75M)
 * @param currency - the currency code (`"USD"`, `"HKD"`, `"CNY"`, … or a user-defined code)
 * @returns a frozen Money
 * @throws FinModelError `INVALID_NUMBER` for a non-finite amount, `OUT_OF_DOMAIN` for a malformed code
 *
 * @example
 * ```ts
 * import { money } from "finmodel";
 * const revenue = money("75e6", "USD");
 * revenue.amount.toString() //=> "75000000"
 * revenue.currency //=> "USD"
 * ```
 */
export function money<const C extends string>(amount: Numeric, currency: C): Money<C> {
  return makeMoney(toDecimal(amount, "amount"), currencyCode(currency));
}

/**
 * Tells whether a value is a {@link Money}, optionally in one currency.
 *
 * @param value - anything
 * @param currency - if given, the currency it must be in
 * @returns true for a Money (in that currency)
 *
 * @example
 * ```ts
 * import { isMoney, money, ratio } from "finmodel";
 * isMoney(money(1, "USD")) //=> true
 * isMoney(money(1, "USD"), "HKD") //=> false
 * isMoney(ratio(0.5)) //=> false
 * ```
 */
export function isMoney<C extends string = string>(value: unknown, currency?: C): value is Money<C> {
  if (tagOf(value) !== "money") return false;
  if (currency === undefined) return true;
  try {
    return (value as { currency?: unknown }).currency === currency;
  } catch {
    return false; // a currency getter or Proxy trap that throws
  }
}

// Reading a `Numeric | Money` argument belongs to the value algebra.
export { type Amount, amountOf } from "./values.js";
import { makeMoney, tagOf } from "./values.js";
