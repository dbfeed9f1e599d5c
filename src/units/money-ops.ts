import { Decimal } from "../core/decimal.js";
import { currencyMismatch, outOfDomain, unitMismatch } from "../core/errors.js";
import { type Numeric, toDecimal } from "../core/numeric.js";
import { readOptions } from "../core/options.js";
import { type CurrencyOptions, currencyInfo } from "./currency.js";
import { type Money, money } from "./money.js";
import { kindOf, readValue } from "./values.js";
import { elements } from "../core/arrays.js";

// Money arithmetic: standalone pure functions over frozen Money values. The second
// operand of a binary operation is typed `Money<NoInfer<C>>`, so the currency is
// inferred from the first operand only and mixing two literal currencies does not
// compile; at run time a mismatch is a CURRENCY_MISMATCH.

/**
 * @internal A Money argument read through the value algebra: UNIT_MISMATCH unless it is a Money with
 * a currency; a hand-made or JSON-revived one comes back as a checked, frozen Money.
 */
export function readMoney<C extends string>(value: unknown, path: string): Money<C> {
  if (kindOf(value) !== "money") throw unitMismatch(path, "Money (see money())", value);
  return readValue(value, path) as Money<C>;
}

/** @internal Throws UNIT_MISMATCH unless `value` is a Money with a valid currency. */
export function assertMoney(value: unknown, path: string): asserts value is Money {
  readMoney(value, path);
}

function sameCurrency<C extends string>(a: Money<C>, value: unknown, path: string): Money<C> {
  const b = readMoney<C>(value, path);
  if (b.currency !== a.currency) throw currencyMismatch(path, a.currency, b.currency);
  return b;
}

/**
 * Adds two amounts of money in the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency as `a`
 * @returns `a + b`, exact (34 significant digits), in `a`'s currency
 * @throws FinModelError `CURRENCY_MISMATCH` if the currencies differ, `UNIT_MISMATCH` if an operand is not Money
 *
 * Notes: mixing two literal currencies (`Money<"USD">` + `Money<"HKD">`) is a
 * compile-time error; convert first with {@link convertMoney}.
 *
 * @example
 * ```ts
 * import { addMoney, money } from "finmodel";
 * addMoney(money("0.1", "USD"), money("0.2", "USD")).amount.toString() //=> "0.3"
 * addMoney(money(1, "USD"), money(1, "HKD") as never) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function addMoney<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  a = readMoney(a, "a");
  b = sameCurrency(a, b, "b");
  return money(a.amount.plus(b.amount), a.currency);
}

/**
 * Subtracts one amount of money from another in the same currency.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency as `a`
 * @returns `a − b`, exact, in `a`'s currency
 * @throws FinModelError `CURRENCY_MISMATCH` if the currencies differ, `UNIT_MISMATCH` if an operand is not Money
 *
 * @example
 * ```ts
 * import { money, subtractMoney } from "finmodel";
 * subtractMoney(money("15.05e8", "CNY"), money("10.24e8", "CNY")).amount.toString() //=> "481000000"
 * subtractMoney(money(1, "CNY"), money(1, "USD") as never) // throws FinModelError CURRENCY_MISMATCH
 * ```
 */
export function subtractMoney<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  a = readMoney(a, "a");
  b = sameCurrency(a, b, "b");
  return money(a.amount.minus(b.amount), a.currency);
}

/**
 * Multiplies an amount of money by a plain factor.
 *
 * @param m - the amount
 * @param factor - a plain number (pass `r.value` to scale by a Ratio, `x.value` for a Multiple)
 * @returns `m × factor`, in `m`'s currency, unrounded (see {@link roundMoney})
 * @throws FinModelError `INVALID_NUMBER` for a non-finite factor, `UNIT_MISMATCH` if `m` is not Money
 *
 * @example
 * ```ts
 * import { money, scaleMoney } from "finmodel";
 * scaleMoney(money("7e8", "USD"), 54).amount.toString() //=> "37800000000"
 * scaleMoney(money(10, "USD"), "0.254").amount.toString() //=> "2.54"
 * ```
 */
export function scaleMoney<C extends string>(m: Money<C>, factor: Numeric): Money<C> {
  m = readMoney(m, "m");
  return money(m.amount.times(toDecimal(factor, "factor")), m.currency);
}

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * Makes a list of amounts in two or more literal currencies fail to compile
 * (`[money(1, "USD"), money(2, "HKD")]`); lists typed `Money<string>[]` or
 * `Money<CurrencyCode>[]` are checked at run time only.
 */
export type OneCurrency<C extends string> = string extends C
  ? unknown
  : true extends IsUnion<C>
    ? { readonly "all amounts must be in one currency": C }
    : unknown;

/**
 * Adds up a non-empty list of amounts in one currency.
 *
 * @param list - one or more amounts, all in the same currency
 * @returns their exact sum, in that currency
 * @throws FinModelError `OUT_OF_DOMAIN` for an empty list (its currency would be unknown),
 *   `CURRENCY_MISMATCH` if the currencies differ, `UNIT_MISMATCH` for an element that is not Money
 *
 * Notes: the sum is exact up to 34 significant digits and does not depend on the
 * order of the list. A list literal mixing two literal currencies does not compile.
 *
 * @example
 * ```ts
 * import { money, sumMoney } from "finmodel";
 * sumMoney([money("0.1", "USD"), money("0.2", "USD"), money("0.3", "USD")]).amount.toString() //=> "0.6"
 * sumMoney([]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function sumMoney<C extends string>(list: readonly Money<C>[] & OneCurrency<C>): Money<C> {
  if (!Array.isArray(list)) throw unitMismatch("list", "an array of Money", list);
  const items = elements(list, "list");
  const first: unknown = items[0];
  if (items.length === 0) throw outOfDomain("list", list, "must hold at least one amount");
  const head = readMoney<C>(first, "list[0]");
  let total = head.amount;
  for (let i = 1; i < items.length; i++) {
    const item: unknown = items[i];
    total = total.plus(sameCurrency(head, item, `list[${i}]`).amount);
  }
  return money(total, head.currency);
}

/**
 * Compares two amounts in the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `-1` if a < b, `0` if equal, `1` if a > b
 * @throws FinModelError `CURRENCY_MISMATCH` if the currencies differ, `UNIT_MISMATCH` if an operand is not Money
 *
 * @example
 * ```ts
 * import { compareMoney, money } from "finmodel";
 * compareMoney(money(930, "HKD"), money(1240, "HKD")) //=> -1
 * compareMoney(money("1.50", "HKD"), money("1.5", "HKD")) //=> 0
 * ```
 */
export function compareMoney<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  a = readMoney(a, "a");
  b = sameCurrency(a, b, "b");
  const c = a.amount.comparedTo(b.amount);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/**
 * Rounds an amount to its currency's minor unit (cents for USD, whole yen for JPY),
 * half to even (banker's rounding), the rounding finmodel uses for arithmetic.
 *
 * @param m - the amount
 * @param options - `{ exponent }` for a currency outside ISO 4217 (see {@link currencyInfo})
 * @returns the amount rounded to `currencyInfo(m.currency).exponent` decimal places
 * @throws FinModelError `UNIT_MISMATCH` if `m` is not Money, `OUT_OF_DOMAIN` for a currency
 *   outside ISO 4217 without an exponent
 *
 * @example
 * ```ts
 * import { money, roundMoney } from "finmodel";
 * roundMoney(money("2.345", "USD")).amount.toString() //=> "2.34"
 * roundMoney(money("2.355", "USD")).amount.toString() //=> "2.36"
 * roundMoney(money("1234.5", "JPY")).amount.toString() //=> "1234"
 * roundMoney(money("1.0005", "BHD")).amount.toString() //=> "1"
 * roundMoney(money("0.123456789", "BTC"), { exponent: 8 }).amount.toString() //=> "0.12345679"
 * roundMoney(money("1.5", "BTC")) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function roundMoney<C extends string>(m: Money<C>, options?: CurrencyOptions): Money<C> {
  m = readMoney(m, "m");
  const { exponent } = currencyInfo(m.currency, readOptions(options, "options", ["exponent"]));
  return money(m.amount.toDecimalPlaces(exponent, Decimal.ROUND_HALF_EVEN), m.currency);
}

/**
 * Splits an amount by ratios into parts at the currency's minor unit that sum
 * exactly to the total.
 *
 * Notes: the rule is the largest-remainder method. The total is counted in
 * minor units `T` (cents); part `i` first gets `floor(|T| × rᵢ / Σr)` units; the
 * units left over (fewer than the number of parts) go one each to the parts with
 * the largest remainders `|T| × rᵢ mod Σr`, ties to the earlier part. A negative
 * total is split as its absolute value and every part negated. All integer
 * arithmetic is exact (bigint), so the parts always sum to the total.
 *
 * @param m - the total; it must already be a whole number of minor units (use {@link roundMoney})
 * @param ratios - one or more non-negative weights, not all zero (`[1, 1, 1]`, `[70, 30]`, `["0.25", "0.75"]`)
 * @param options - `{ exponent }` for a currency outside ISO 4217 (see {@link currencyInfo})
 * @returns one frozen Money per ratio, in `m`'s currency
 * @throws FinModelError `OUT_OF_DOMAIN` for an empty list, a negative weight, all-zero weights,
 *   or a total finer than the minor unit; `INVALID_NUMBER` for a weight that is not a number
 *
 * @example
 * ```ts
 * import { allocateMoney, money } from "finmodel";
 * allocateMoney(money(100, "USD"), [1, 1, 1]).map((p) => p.amount.toFixed(2)) //=> ["33.34", "33.33", "33.33"]
 * allocateMoney(money("0.05", "USD"), [70, 30]).map((p) => p.amount.toString()) //=> ["0.04", "0.01"]
 * allocateMoney(money(1000, "KRW"), [1, 1, 1]).map((p) => p.amount.toString()) //=> ["334", "333", "333"]
 * allocateMoney(money("0.005", "USD"), [1, 1]) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function allocateMoney<C extends string>(m: Money<C>, ratios: readonly Numeric[], options?: CurrencyOptions): readonly Money<C>[] {
  m = readMoney(m, "m");
  if (!Array.isArray(ratios)) throw unitMismatch("ratios", "an array of numbers", ratios);
  const read = elements(ratios, "ratios");
  if (ratios.length === 0) throw outOfDomain("ratios", ratios, "must hold at least one weight");
  const weights = Array.from(read, (r, i) => { // holes read as undefined, and are refused
    const d = toDecimal(r as Numeric, `ratios[${i}]`);
    if (d.isNegative() && !d.isZero()) throw outOfDomain(`ratios[${i}]`, r, "must not be negative");
    return d;
  });
  const { exponent } = currencyInfo(m.currency, readOptions(options, "options", ["exponent"]));
  const units = m.amount.times(new Decimal(10).pow(exponent));
  if (!units.isInteger()) {
    throw outOfDomain("m", m.amount.toString(), `must be a whole number of minor units (${exponent} decimal places for ${m.currency}); round it first with roundMoney`);
  }
  // Scale the weights to integers so that every step below is exact bigint arithmetic.
  const scaleDigits = weights.reduce((d, w) => Math.max(d, w.decimalPlaces()), 0);
  const scale = new Decimal(10).pow(scaleDigits);
  const ints = weights.map((w) => BigInt(w.times(scale).toFixed(0)));
  const sum = ints.reduce((s, w) => s + w, 0n);
  if (sum === 0n) throw outOfDomain("ratios", ratios, "must not all be zero");
  const negative = units.isNegative();
  const total = BigInt(units.abs().toFixed(0));
  const parts = ints.map((w) => (total * w) / sum);
  const remainders = ints.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((s, p) => s + p, 0n);
  remainders.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  const unit = new Decimal(10).pow(-exponent);
  return Object.freeze(parts.map((p) => money(new Decimal((negative ? -p : p).toString()).times(unit), m.currency)));
}
