// Reading the arguments of the metrics: amounts (Numeric | Money), rates, multiples,
// share counts, records of parts and option objects. Written once, used by every topic file.
import { Decimal } from "../core/decimal.js";
import { FinModelError, divisionByZero, outOfDomain, unitMismatch } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { toDecimal } from "../core/numeric.js";
import { readOptions } from "../core/options.js";
import { growthRoot } from "./growth-root.js";
import type { Money } from "../units/money.js";
import type { Count, Multiple, PercentagePoints, Ratio } from "../units/quantities.js";
import { type CurrencyScope, type RateKind, type ValueUnit, amountIn, hasUnit, isDecimal, magnitude, moneyOf, quantityOf, rateOf, readValue, valueOf } from "../units/values.js";
import { finiteResult } from "../core/numeric.js";

export type { CurrencyScope, RateKind };

/** An amount: a plain number (currency-less) or a {@link Money} in currency `C`. */
export type AmountInput<C extends string = string> = Numeric | Money<C>;

/** A rate or share: a plain fraction (`0.254`) or a {@link Ratio}. */
export type RateInput = Numeric | Ratio;

/** A factor: a plain number (`54`) or a {@link Multiple}. */
export type MultipleInput = Numeric | Multiple;

/** A number of shares: a plain number or a {@link Count} of `"shares"`. */
export type ShareCountInput = Numeric | Count<"shares">;

type CurrencyOf<T> = T extends Money<infer C> ? C : never;
type AnyMoney<T extends readonly unknown[]> = true extends { [K in keyof T]: [T[K]] extends [Money] ? true : false }[number] ? true : false;
type AllPlain<T extends readonly unknown[]> = false extends { [K in keyof T]: [T[K]] extends [Numeric] ? true : false }[number] ? false : true;

/**
 * The type of an amount computed from the amount arguments `T` (a tuple of their types):
 * `Money<C>` when one of them is Money in `C`, a `Decimal` when all are plain numbers,
 * and the union of the two when that is not known until run time.
 */
export type AmountResult<T extends readonly unknown[]> = AnyMoney<T> extends true
  ? Money<CurrencyOf<T[number]>>
  : AllPlain<T> extends true
    ? Decimal
    : Money<CurrencyOf<T[number]>> | Decimal;

/** @internal A fresh scope, optionally already bound to a currency. */
export function scope(currency?: string): CurrencyScope {
  return { currency };
}

/** @internal Reads an amount into a scope: all Money read into one scope must share a currency (the value algebra's amountIn). */
export { amountIn as amount } from "../units/values.js";

/** @internal Money in the scope's currency, or the bare Decimal when no Money was read. */
export function amountResult<R>(sc: CurrencyScope, value: Decimal): R {
  return (sc.currency === undefined ? finiteResult(value, "result") : moneyOf(value, sc.currency)) as R;
}

// Results built from Decimals a metric has just computed from checked inputs: only overflow is
// left to check (see ratioOf in the value algebra), so nothing is validated twice.
export { multipleOf as multipleResult, ppOf as ppResult, ratioOf as ratioResult } from "../units/values.js";

/**
 * @internal A rate or share (Numeric | Ratio | "24%"): a plain number outside the plausible
 * range of `kind` (see PLAIN_RANGES in units/values.ts) is refused with a hint.
 */
export function rate(input: unknown, path: string, kind: RateKind = "rate"): Decimal {
  return rateOf(input, path, kind);
}

/** @internal A factor (Numeric | Multiple). */
export function factor(input: unknown, path: string): Decimal {
  return valueOf(input, path, "multiple");
}

/** @internal A plain number (years, months, a tolerance): quantities are refused. */
export function plain(input: unknown, path: string): Decimal {
  return toDecimal(input as Numeric, path);
}

const SHARES: ValueUnit = /* @__PURE__ */ Object.freeze({ kind: "count", unit: "shares" });

/** @internal A number of shares (Numeric | Count<"shares">). */
export function shareCount(input: unknown, path: string): Decimal {
  const v = readValue(input, path); // a throwing getter or Proxy trap is UNIT_MISMATCH here
  if (isDecimal(v)) return v;
  if (!hasUnit(v, SHARES)) throw unitMismatch(path, 'a number or a count of "shares"', input);
  return magnitude(v);
}

/** @internal The fields of an object argument (not null, not an array, not a quantity), read once. */
function namedFields(input: unknown, path: string): [string, unknown][] {
  try {
    checkNamed(input, path);
    // A snapshot, read once: a getter that throws (or a Proxy) is refused here, not deep inside a metric.
    return Object.entries(input);
  } catch (e) {
    if (e instanceof FinModelError) throw e;
    throw unitMismatch(path, "an object of readable named fields", input);
  }
}

/** The error for a field a named argument does not have, naming the user's own key. */
function unknownField(input: object, path: string, key: string, keys: readonly string[], hint: Readonly<Record<string, string>> | undefined): FinModelError {
  const where = hint !== undefined && Object.hasOwn(hint, key) ? `; ${hint[key]}` : "";
  // The user's key alone, not the name of the parameter that holds the object.
  return outOfDomain(path === "input" ? key : `${path}.${key}`, input, `is not a field here: the fields are ${keys.join(", ")}${where}`);
}

/** Throws unless `input` is an object of named fields: not null, not an array, not a quantity, not a Date. */
function checkNamed(input: unknown, path: string): asserts input is object {
  if (typeof input !== "object" || input === null || Array.isArray(input) || "kind" in input || input instanceof Date) {
    throw unitMismatch(path, "an object of named fields", input);
  }
}

/**
 * @internal An object argument of named fields whose fields the caller reads one by one, each once,
 * with {@link field} (a throwing getter or Proxy trap is UNIT_MISMATCH naming the field): what
 * {@link fields} guarantees, without copying the object first.
 */
export function namedArg(input: unknown, path: string, keys?: readonly string[], hint?: Readonly<Record<string, string>>): object {
  try {
    checkNamed(input, path);
    if (keys !== undefined) {
      const own = Object.keys(input);
      for (let i = 0; i < own.length; i++) if (!keys.includes(own[i]!)) throw unknownField(input, path, own[i]!, keys, hint);
    }
    return input;
  } catch (e) {
    if (e instanceof FinModelError) throw e;
    throw unitMismatch(path, "an object of readable named fields", input);
  }
}


/**
 * @internal An object argument of named fields (not null, not an array, not a quantity), as a
 * snapshot. With `keys`, a field it does not name is refused: a misspelt optional field
 * (`minorityInterests`) would otherwise be left out of the result without a word. `hint`
 * says where a field of another function belongs (`netCash` → impliedPriceFromEv).
 */
export function fields(input: unknown, path: string, keys?: readonly string[], hint?: Readonly<Record<string, string>>): Record<string, unknown> {
  try {
    checkNamed(input, path);
    // A snapshot, read once (each own enumerable field once, as Object.entries reads them, without
    // building the pairs): a getter that throws (or a Proxy) is refused here, not deep inside a metric.
    const out: Record<string, unknown> = {};
    const own = Object.keys(input);
    for (let i = 0; i < own.length; i++) {
      const k = own[i]!;
      if (keys !== undefined && !keys.includes(k)) throw unknownField(input, path, k, keys, hint);
      const v = (input as Record<string, unknown>)[k];
      if (k === "__proto__") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      else out[k] = v;
    }
    return out;
  } catch (e) {
    if (e instanceof FinModelError) throw e;
    throw unitMismatch(path, "an object of readable named fields", input);
  }
}

/** @internal An optional options object with only the given keys: undefined gives `{}`. */
export function options(input: unknown, keys: readonly string[], path = "options"): Record<string, unknown> {
  return readOptions(input as Record<string, unknown> | undefined, path, keys);
}

/** @internal The entries of a record of parts (at least one). */
export function entries(input: unknown, path: string): [string, unknown][] {
  const list = namedFields(input, path);
  if (list.length === 0) throw outOfDomain(path, input, "must name at least one part");
  return list;
}

/** @internal Two records must name the same parts. */
export function sameKeys(a: readonly [string, unknown][], b: Record<string, unknown>, pathA: string, pathB: string): void {
  const keysB = Object.keys(b);
  for (const [k] of a) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) throw outOfDomain(`${pathB}.${k}`, undefined, `is missing: ${pathA} and ${pathB} must name the same parts`);
  }
  if (keysB.length !== a.length) {
    const extra = keysB.find((k) => !a.some(([ka]) => ka === k)) ?? "";
    throw outOfDomain(`${pathA}.${extra}`, undefined, `is missing: ${pathA} and ${pathB} must name the same parts`);
  }
}

/** @internal Rejects a negative value. */
export function notNegative(d: Decimal, path: string, input: unknown, why = "must not be negative"): Decimal {
  if (d.isNegative() && !d.isZero()) throw outOfDomain(path, input, why);
  return d;
}

/**
 * @internal Compares two finite Decimals: −1, 0 or 1. decimal.js's `cmp` first copies its argument
 * into a new Decimal; this reads the two values' documented fields (sign `s`, exponent `e`, digits
 * `d` in base 10⁷) as that comparison does, and makes nothing.
 */
export function compare(a: Decimal, b: Decimal): number {
  const ad = a.d, bd = b.d;
  const az = ad[0] === 0, bz = bd[0] === 0;
  if (az || bz) return az && bz ? 0 : az ? -b.s : a.s;
  if (a.s !== b.s) return a.s;
  const sign = a.s;
  if (a.e !== b.e) return a.e > b.e ? sign : -sign;
  const n = ad.length < bd.length ? ad.length : bd.length;
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! ? sign : -sign;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? sign : -sign;
}

/** @internal a > b for finite Decimals (see {@link compare}). */
export function greater(a: Decimal, b: Decimal): boolean {
  return compare(a, b) > 0;
}

/** @internal A divisor that must be > 0: zero is DIVISION_BY_ZERO, negative OUT_OF_DOMAIN. */
export function positiveDivisor(d: Decimal, path: string, input: unknown, why = "must be positive"): Decimal {
  if (d.isZero()) throw divisionByZero(path, input);
  if (d.isNegative()) throw outOfDomain(path, input, why);
  return d;
}

/** @internal A growth rate that keeps the base positive: > −1 (−100%). */
export function aboveMinusOne(d: Decimal, path: string, input: unknown): Decimal {
  if (d.lte(-1)) throw outOfDomain(path, input, "must be greater than −1 (−100%), or the value would vanish or turn negative");
  return d;
}

/** @internal The default tolerance for shares that must sum to 1. */
export const SHARE_TOLERANCE = /* @__PURE__ */ new Decimal("1e-9");

/** @internal Checks that shares sum to 1 within `tolerance`, naming the sum otherwise. */
export function checkSumToOne(values: readonly Decimal[], path: string, tolerance: Decimal): Decimal {
  const sum = values.reduce((s, v) => s.plus(v), new Decimal(0));
  if (sum.minus(1).abs().gt(tolerance)) {
    throw outOfDomain(path, sum.toString(), `must sum to 1 within ${tolerance.toString()} (they sum to ${sum.toString()})`, {
      details: { sum: sum.toString(), tolerance: tolerance.toString() },
    });
  }
  return sum;
}

/** @internal Reads the `tolerance` option for share sums: a plain number ≥ 0. */
export function toleranceOption(value: unknown, path: string): Decimal {
  if (value === undefined) return SHARE_TOLERANCE;
  return notNegative(plain(value, path), path, value);
}

/** @internal A frozen record from entries. */
export function record<V>(list: readonly (readonly [string, V])[]): Readonly<Record<string, V>> {
  const out: Record<string, V> = {};
  for (const [k, v] of list) out[k] = v;
  return Object.freeze(out);
}

/**
 * @internal The number of decimal places at which a sum of `terms` values, whose absolute values
 * add up to at most `bound`, is exact in the 34 significant digits in any order of addition:
 * 34 significant digits of `bound`, one fewer if the rounding of the terms could carry `bound` past
 * a power of ten.
 */
export function exactPlaces(bound: Decimal, terms: number): number {
  if (bound.isZero()) return Decimal.precision - 1;
  let places = Decimal.precision - 1 - bound.e;
  if (bound.plus(slackOf(terms, places)).e > bound.e) places -= 1;
  return places;
}

// (terms + 1) × 10^−places, made once per pair in the usual range (a handful of terms, a bound of ordinary size).
const SLACK = new Map<number, Decimal>();
function slackOf(terms: number, places: number): Decimal {
  const key = terms < 1000 && Math.abs(places) < 2000 ? terms * 4096 + places + 2048 : -1;
  const known = key < 0 ? undefined : SLACK.get(key);
  if (known !== undefined) return known;
  const d = new Decimal(`${terms + 1}e${-places}`);
  if (key >= 0 && SLACK.size < 4096) SLACK.set(key, d);
  return d;
}

/** @internal n / d, with a zero divisor reported as DIVISION_BY_ZERO on `path`. */
export function divide(n: Decimal, d: Decimal, path: string, input: unknown): Decimal {
  if (d.isZero()) throw divisionByZero(path, input);
  return n.div(d);
}

/** @internal CAGR of Decimals; shared with cagrBetween and partGrowth. */
export function cagrOf(f: Decimal, t: Decimal, n: Decimal, input: { from: unknown; to: unknown; years: unknown }, yearsPath = "years"): Decimal {
  if (f.isZero() || f.isNegative()) {
    throw outOfDomain("from", input.from, "must be positive: CAGR is undefined from a zero or negative start value (no constant rate turns it into the end value)");
  }
  if (t.isNegative() && !t.isZero()) {
    throw outOfDomain("to", input.to, "must not be negative: CAGR is undefined when the value changes sign (no constant rate turns a positive value into a negative one)");
  }
  if (n.isZero() || n.isNegative()) {
    throw outOfDomain(yearsPath, input.years, "must be positive: CAGR is undefined over a zero or negative number of years");
  }
  return growthRoot(t.div(f), n, "to", input.to);
}

/**
 * Six guard digits for the series below; a private clone, so no shared setting changes.
 * Built in a pure thunk: the property reads in its arguments would otherwise keep it in bundles that never use it.
 */
const Guarded = /* @__PURE__ */ (() => Decimal.clone({ precision: Decimal.precision + 6, rounding: Decimal.ROUND_HALF_EVEN }))();

/**
 * @internal ln(1 + u) without the cancellation of forming 1 + u first: a series for |u| < 0.01
 * (u − u²/2 + u³/3 − …), decimal.js `ln` otherwise. u must be > −1.
 */
export function log1p(u: Decimal): Decimal {
  if (u.abs().gte("0.01")) return u.plus(1).ln();
  const x = new Guarded(u.toString());
  let sum = new Guarded(0);
  let power = x;
  for (let k = 1; k < 200; k++) {
    const term = power.div(k);
    sum = k % 2 === 1 ? sum.plus(term) : sum.minus(term);
    if (term.isZero() || term.abs().lt(sum.abs().times("1e-40"))) break;
    power = power.times(x);
  }
  return new Decimal(sum.toString());
}

/** @internal Rounds half-even to a multiple of 10^−places (places may be negative for huge values). */
export function quantize(x: Decimal, places: number): Decimal {
  if (places >= 0) return x.decimalPlaces() <= places ? x : x.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
  const scale = new Decimal(`1e${-places}`);
  return x.div(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).times(scale);
}
