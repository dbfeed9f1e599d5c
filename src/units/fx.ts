import type { Decimal } from "../core/decimal.js";
import { currencyMismatch, unitMismatch } from "../core/errors.js";
import { positive } from "../core/guards.js";
import type { Numeric } from "../core/numeric.js";
import { type CalendarDate, type DateInput, toCalendarDate } from "../core/calendar-date.js";
import { currencyCode } from "./currency.js";
import { type Money, money } from "./money.js";
import { amountOf, field, moneyOf, tagOf } from "./values.js";

// The rates made by fxRate and invertFxRate: their fields were checked when they were made, and
// they are frozen, so a reader takes them as they are. Any other object of kind "fx" (hand-made,
// revived from JSON) has its fields checked by readFx.
const MADE: WeakSet<object> = /* @__PURE__ */ new WeakSet();

function made<B extends string, Q extends string>(rate: FxRate<B, Q>): FxRate<B, Q> {
  MADE.add(rate);
  return rate;
}

/** @internal The checked fields of an exchange rate: what a metric multiplies by. */
export interface FxFields {
  readonly base: string;
  readonly quote: string;
  readonly rate: Decimal;
}

/**
 * @internal Reads an FxRate argument: one made by fxRate() as it is; any other object of kind "fx" with
 * its currency codes and its rate (> 0) checked; anything else UNIT_MISMATCH.
 */
export function readFx(value: unknown, path: string): FxFields {
  if (typeof value === "object" && value !== null && MADE.has(value)) return value as FxRate;
  if (!isFxRate(value)) throw unitMismatch(path, "an FxRate (see fxRate())", value);
  const base = currencyCode(field(value, "base", path) as string, `${path}.base`);
  const quote = currencyCode(field(value, "quote", path) as string, `${path}.quote`);
  if (base === quote) throw currencyMismatch(`${path}.quote`, `a currency other than ${base}`, quote);
  return { base, quote, rate: positive(field(value, "rate", path) as Numeric, `${path}.rate`) };
}

/**
 * An exchange rate: one unit of `base` buys `rate` units of `quote`.
 * `fxRate("USD", "HKD", 7.8)` reads "US$1 = HK$7.8".
 */
export interface FxRate<B extends string = string, Q extends string = string> {
  readonly kind: "fx";
  /** The currency being priced. */
  readonly base: B;
  /** The currency the price is in. */
  readonly quote: Q;
  /** Units of `quote` per unit of `base`; always > 0. */
  readonly rate: Decimal;
  /** The day the rate applies to, if known. */
  readonly asOf: CalendarDate | undefined;
}

/**
 * Makes an {@link FxRate}: one unit of `base` is worth `rate` units of `quote`.
 *
 * @param base - the currency being priced (`"USD"` in USD/HKD = 7.8)
 * @param quote - the currency of the price (`"HKD"`)
 * @param rate - units of quote per unit of base; must be > 0
 * @param asOf - optional date the rate applies to
 * @returns a frozen FxRate
 * @throws FinModelError `OUT_OF_DOMAIN` for a rate ≤ 0 or base equal to quote
 *
 * @example
 * ```ts
 * import { fxRate } from "finmodel";
 * const usdHkd = fxRate("USD", "HKD", 7.8, "2026-01-01");
 * usdHkd.rate.toString() //=> "7.8"
 * usdHkd.asOf //=> { year: 2026, month: 1, day: 1 }
 * ```
 */
export function fxRate<const B extends string, const Q extends string>(
  base: B,
  quote: Q,
  rate: Numeric,
  asOf?: DateInput,
): FxRate<B, Q> {
  currencyCode(base, "base");
  currencyCode(quote, "quote");
  if ((base as string) === quote) throw currencyMismatch("quote", `a currency other than ${base}`, quote);
  return made(
    Object.freeze({
      kind: "fx",
      base,
      quote,
      rate: positive(rate, "rate"),
      asOf: asOf === undefined ? undefined : toCalendarDate(asOf, "asOf"),
    }),
  );
}

/**
 * The inverse rate, made explicit: USD/HKD 7.8 becomes HKD/USD 1/7.8.
 *
 * @param rate - an FxRate
 * @returns the rate from `quote` to `base`, same `asOf`
 *
 * @example
 * ```ts
 * import { fxRate, invertFxRate } from "finmodel";
 * const hkdUsd = invertFxRate(fxRate("USD", "HKD", 8));
 * hkdUsd.base //=> "HKD"
 * hkdUsd.rate.toString() //=> "0.125"
 * ```
 */
export function invertFxRate<B extends string, Q extends string>(rate: FxRate<B, Q>): FxRate<Q, B> {
  const f = readFx(rate, "rate");
  const given = MADE.has(rate) ? undefined : field(rate, "asOf", "rate");
  const asOf = MADE.has(rate) ? rate.asOf : given === undefined ? undefined : toCalendarDate(given as DateInput, "rate.asOf");
  return made(Object.freeze({ kind: "fx", base: f.quote as Q, quote: f.base as B, rate: f.rate.pow(-1), asOf }));
}

/**
 * Converts money with an exchange rate quoted either way round for its pair: money in
 * the rate's base currency is multiplied by the rate (US$100 at USD/HKD 7.8 is HK$780),
 * money in its quote currency is divided by it (US$108 at EUR/USD 1.08 is €100).
 * Money in a currency outside the pair is a `CURRENCY_MISMATCH`.
 *
 * Notes: base → quote is amount × rate; quote → base is amount / rate, one division at
 * 34 significant digits (exact when the rate divides the amount), so converting there and
 * back returns the amount up to the last digit.
 *
 * @param amount - money in `rate.base` or in `rate.quote`
 * @param rate - the FxRate to apply
 * @returns the amount in the pair's other currency, unrounded
 * @throws FinModelError `CURRENCY_MISMATCH` if `amount` is in neither currency of the pair
 *
 * @example
 * ```ts
 * import { convertMoney, fxRate, money } from "finmodel";
 * const hkd = convertMoney(money(100, "USD"), fxRate("USD", "HKD", 7.8));
 * hkd.amount.toString() //=> "780"
 * hkd.currency //=> "HKD"
 * const eur = convertMoney(money(108, "USD"), fxRate("EUR", "USD", 1.08));
 * [eur.amount.toString(), eur.currency] //=> ["100", "EUR"]
 * convertMoney(money(100, "JPY") as never, fxRate("USD", "HKD", 7.8)) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function convertMoney<B extends string, Q extends string>(amount: Money<NoInfer<B>>, rate: FxRate<B, Q>): Money<Q>;
export function convertMoney<B extends string, Q extends string>(amount: Money<NoInfer<Q>>, rate: FxRate<B, Q>): Money<B>;
export function convertMoney(amount: Money, rate: FxRate): Money {
  const f = readFx(rate, "rate");
  if (tagOf(amount) !== "money") throw unitMismatch("amount", "Money", amount);
  const a = amountOf(amount, "amount"); // through the value algebra: a throwing or NaN amount, a missing currency are refused
  if (a.currency === f.base) return moneyOf(a.amount.times(f.rate), f.quote);
  if (a.currency === f.quote) return moneyOf(a.amount.div(f.rate), f.base);
  throw currencyMismatch("amount", `${f.base} or ${f.quote} (the currencies of the rate)`, a.currency as string); // Money always has its currency (amountOf checked it)
}

/**
 * Tells whether a value is an {@link FxRate}.
 *
 * @param value - anything
 * @returns true for an FxRate
 *
 * @example
 * ```ts
 * import { fxRate, isFxRate } from "finmodel";
 * isFxRate(fxRate("USD", "HKD", 7.8)) //=> true
 * isFxRate(7.8) //=> false
 * ```
 */
export function isFxRate(value: unknown): value is FxRate {
  return tagOf(value) === "fx";
}

/** @internal */
export function assertFxRate(value: unknown, path: string): asserts value is FxRate {
  if (!isFxRate(value)) throw unitMismatch(path, "an FxRate (see fxRate())", value);
}
