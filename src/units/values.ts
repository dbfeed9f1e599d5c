// The value algebra: the one place that knows what kind of value something is (a plain
// Decimal, Money, Ratio, PercentagePoints, Multiple or Count), what its number is, how to
// rebuild it with another number, what its unit is and how two units differ (an exchange
// rate's too), which currency many values share, and how a plain
// number is read where a rate is expected (with the plausible ranges of PLAIN_RANGES).
// Every layer above units/ goes through these functions; none looks inside a value itself.
// A value finmodel made carries a private brand (class Quantity below) and is read as it is, its
// fields checked once when it was made; any other object (hand-made, revived, a copy, a Proxy) is
// checked field by field.
import { Decimal, EXPONENT_LIMIT, isDecimal } from "../core/decimal.js";
import { FinModelError, currencyMismatch, outOfDomain, unitMismatch } from "../core/errors.js";
import { implausibleRateMessage } from "../core/messages.js";
import { type Numeric, finiteResult, toDecimal } from "../core/numeric.js";
import { currencyCode, currencyInfo } from "./currency.js";
import { field, isPlainObject, tagOf } from "../core/fields.js";

import type { FxRate } from "./fx.js";
import type { Money } from "./money.js";
import type { Count, Multiple, PercentagePoints, QuantityKind, Ratio } from "./quantities.js";

/** Any value finmodel computes with: a plain Decimal or a typed quantity. */
export type Value = Decimal | Money | Ratio | PercentagePoints | Multiple | Count;

/** The kind of a {@link Value}: `"number"` for a plain Decimal. */
export type ValueKind = "number" | QuantityKind;

/** The value of each {@link ValueKind}: what a function asked for a kind (`r.value(line, period, "money")`, `statedFigure(text, { kind })`) gives. */
export interface ValueOfKind {
  readonly number: Decimal;
  readonly money: Money;
  readonly ratio: Ratio;
  readonly pp: PercentagePoints;
  readonly multiple: Multiple;
  readonly count: Count;
}

/** @internal Checks a `kind` argument: one of the {@link ValueKind}s, else OUT_OF_DOMAIN naming `path`. */
export function valueKind(kind: unknown, path: string): ValueKind {
  if (kind === "number" || (typeof kind === "string" && Object.hasOwn(KINDS, kind))) return kind as ValueKind;
  throw outOfDomain(path, kind, `must be a kind of value: number, ${Object.keys(KINDS).join(", ")}`);
}

export { isDecimal };
// The readers of untrusted objects live in core/ (so that time/ and core/ use them without the currency data); the value algebra re-exports them.
export { field, isPlainObject, tagOf };

const KINDS: Readonly<Record<string, true>> = /* @__PURE__ */ Object.freeze({ money: true, ratio: true, pp: true, multiple: true, count: true });

/** @internal The kind of a value, or undefined for anything that is not a Decimal or an object with a known `kind`. */
export function kindOf(v: unknown): ValueKind | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  if (Quantity.minted(v)) return (v as { kind: QuantityKind }).kind;
  if (isDecimal(v)) return "number";
  let kind: unknown;
  try {
    kind = (v as { kind?: unknown }).kind;
  } catch {
    return undefined; // a throwing getter or Proxy trap: not a value
  }
  return typeof kind === "string" && KINDS[kind] === true ? (kind as QuantityKind) : undefined;
}

/** @internal The number inside a value that finmodel made or already checked (see {@link readValue}). */
export function magnitude(v: Value): Decimal {
  if (isDecimal(v)) return v;
  return v.kind === "money" ? v.amount : v.value;
}

// Every quantity finmodel makes shares one of these prototypes: a frozen object whose own,
// enumerable fields are the data (kind, amount or value, currency or unit), and whose methods
// print it as the formatters do with their defaults, serialise it for reviveQuantity, and refuse
// to be used as a number (`+percent(5)` would otherwise be NaN).

// The default text of a quantity: what the formatters print with their defaults (en-US
// grouping, half away from zero; money at its currency's minor unit, ratios, pp and multiples
// at one decimal, counts at up to two). Written here without Intl so that importing one metric
// does not pull in the formatters; a property test holds it equal to them.
function digitsOf(x: Decimal, places: number | undefined, auto: number): { text: string; zero: boolean } {
  const r = x.abs().toDecimalPlaces(places ?? auto, Decimal.ROUND_HALF_UP);
  return { text: grouped(r, places), zero: r.isZero() };
}

function defaultText(q: { kind: string; value?: Decimal; amount?: Decimal; currency?: string; unit?: string }): string {
  if (q.kind === "money") {
    const info = currencyInfo(q.currency!);
    const r = digitsOf(q.amount!, info.exponent, 2);
    const symbol = /[A-Za-z]$/.test(info.symbol) ? `${info.symbol} ` : info.symbol;
    return `${q.amount!.isNegative() && !r.zero ? "-" : ""}${symbol}${r.text}`;
  }
  const v = q.kind === "ratio" ? q.value!.times(100) : q.value!;
  const r = q.kind === "count" ? digitsOf(v, undefined, 2) : digitsOf(v, 1, 1);
  const sign = v.isNegative() && !r.zero ? "-" : q.kind === "pp" ? "+" : "";
  if (q.kind === "ratio") return `${sign}${r.text}%`;
  if (q.kind === "pp") return `${sign}${r.text} pp`;
  if (q.kind === "multiple") return `${sign}${r.text}x`;
  return `${sign}${r.text} ${q.unit!}`;
}

// The key without which no quantity can be made: module-private, so that only the makers below
// (which take checked fields) produce values that carry the brand of class Quantity.
const MINT: unique symbol = Symbol("finmodel.quantity");

class Quantity {
  // The brand: a private field, which no object made elsewhere can carry (not a copy, not a
  // Proxy, not an object made with this prototype), checked with `#minted in v`.
  readonly #minted = true;

  constructor(key: typeof MINT) {
    if (key !== MINT) throw unitMismatch("value", "a quantity made by money(), ratio(), percent(), pp(), multiple() or count()", undefined);
  }

  /** Whether `v` was made by one of the makers below (and so holds checked, frozen fields). */
  static minted(v: object): boolean {
    return #minted in v;
  }

  toString(this: { kind: string }): string {
    return defaultText(this);
  }

  toJSON(this: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(this)) {
      const v = this[key];
      out[key] = isDecimal(v) ? v.toString() : v;
    }
    return out;
  }

  [Symbol.toPrimitive](this: { kind: string }, hint: string): string {
    if (hint === "number") throw unitMismatch("value", "used as a number only through its .value or .amount (a quantity is not a plain number)", this);
    return defaultText(this);
  }
}
// A quantity's constructor is not one of its fields: printed and inspected it reads as a plain object.
delete (Quantity.prototype as { constructor?: unknown }).constructor;
Object.freeze(Quantity.prototype);
Object.freeze(Quantity);

/**
 * @internal Tells whether a value is a quantity finmodel made, whose fields were checked when it
 * was made and cannot change (it is frozen): its number and currency are read as they are.
 */
export function isMade(v: unknown): v is Money | Ratio | PercentagePoints | Multiple | Count {
  return typeof v === "object" && v !== null && Quantity.minted(v);
}

// The makers: the fields are written in one order per kind (one object shape each), then frozen.

/** @internal A frozen Money from a checked Decimal and a checked currency code. */
export function makeMoney<C extends string>(amount: Decimal, currency: C): Money<C> {
  const q = new Quantity(MINT) as unknown as { kind: "money"; amount: Decimal; currency: C };
  q.kind = "money";
  q.amount = amount;
  q.currency = currency;
  return Object.freeze(q);
}

/** @internal A frozen Ratio, PercentagePoints or Multiple from a checked Decimal. */
export function makeQuantity<K extends "ratio" | "pp" | "multiple">(kind: K, value: Decimal): { readonly kind: K; readonly value: Decimal } {
  const q = new Quantity(MINT) as unknown as { kind: K; value: Decimal };
  q.kind = kind;
  q.value = value;
  return Object.freeze(q);
}

/** @internal A frozen Count from a checked Decimal and unit. */
export function makeCount<U extends string>(value: Decimal, unit: U): Count<U> {
  const q = new Quantity(MINT) as unknown as { kind: "count"; value: Decimal; unit: U };
  q.kind = "count";
  q.value = value;
  q.unit = unit;
  return Object.freeze(q);
}

// Builders of results. They take a Decimal that finmodel has just computed from checked
// inputs, so the only thing left to check is that it did not overflow.

/** @internal A frozen Money from a computed amount and an already-checked currency. */
export function moneyOf<C extends string>(amount: Decimal, currency: C, path = "result"): Money<C> {
  return makeMoney(inRange(amount) ? amount : finiteResult(amount, path), currency);
}

/** @internal A frozen quantity with a `value` (ratio, pp, multiple) from a computed Decimal. */
export function quantityOf<K extends "ratio" | "pp" | "multiple">(kind: K, value: Decimal, path = "result"): { readonly kind: K; readonly value: Decimal } {
  return makeQuantity(kind, inRange(value) ? value : finiteResult(value, path));
}

const LIMIT = EXPONENT_LIMIT; // a module constant: read on every result

/** A computed Decimal that needs no further check: finite, its exponent within the range (finiteResult says why not). */
function inRange(d: Decimal): boolean {
  return d.d !== null && d.e <= LIMIT && d.e >= -LIMIT;
}

/** @internal A Ratio from a Decimal a metric has just computed from checked inputs: only overflow is left to check. */
export function ratioOf(d: Decimal): Ratio {
  return makeQuantity("ratio", inRange(d) ? d : finiteResult(d, "result"));
}

/** @internal PercentagePoints from a computed Decimal (see {@link ratioOf}). */
export function ppOf(d: Decimal): PercentagePoints {
  return makeQuantity("pp", inRange(d) ? d : finiteResult(d, "result"));
}

/** @internal A Multiple from a computed Decimal (see {@link ratioOf}). */
export function multipleOf(d: Decimal): Multiple {
  return makeQuantity("multiple", inRange(d) ? d : finiteResult(d, "result"));
}

/** @internal A frozen Count from a computed Decimal and an already-checked unit. */
export function countOf<U extends string>(value: Decimal, unit: U, path = "result"): Count<U> {
  return makeCount(inRange(value) ? value : finiteResult(value, path), unit);
}

/** @internal The same kind of value (same currency, same count unit) with another number. */
export function withMagnitude<Q extends Value>(like: Q, n: Decimal): Q {
  finiteResult(n, "result");
  if (isDecimal(like)) return n as Q;
  if (like.kind === "money") return makeMoney(n, like.currency) as unknown as Q;
  if (like.kind === "count") return makeCount(n, like.unit) as unknown as Q;
  return makeQuantity(like.kind, n) as unknown as Q;
}

/**
 * The unit of a value: its kind, with the currency of a Money and the label of a Count
 * (`{ kind: "number" }` for a plain number).
 */
export type ValueUnit =
  | { readonly kind: "number" }
  | { readonly kind: "money"; readonly currency: string }
  | { readonly kind: "ratio" }
  | { readonly kind: "pp" }
  | { readonly kind: "multiple" }
  | { readonly kind: "count"; readonly unit: string };

/** The unit of an exchange rate: one unit of `base` priced in `quote` (see {@link FxRate}). */
export type FxUnit = { readonly kind: "fx"; readonly base: string; readonly quote: string };

const NUMBER_UNIT: ValueUnit = /* @__PURE__ */ Object.freeze({ kind: "number" });

/** @internal The unit of a value read by {@link readValue} (or made by finmodel). */
export function unitOf(v: Value): ValueUnit {
  if (isDecimal(v)) return { kind: "number" };
  if (v.kind === "money") return { kind: "money", currency: v.currency };
  if (v.kind === "count") return { kind: "count", unit: v.unit };
  return { kind: v.kind };
}

// A quantity holds its unit's fields (kind, currency or unit) among its own: read as a unit, it
// needs no copy. Only a plain Decimal has none.
function unitView(v: Value): ValueUnit {
  return isDecimal(v) ? NUMBER_UNIT : v;
}

/**
 * @internal How two units differ: `"currency"` for Money in two currencies, `"unit"` for any other
 * difference (another kind, a count of other things, an exchange rate between other currencies),
 * undefined for the same unit. The one comparison of units: every check that values agree reads it.
 */
export function unitDifference(a: ValueUnit | FxUnit, b: ValueUnit | FxUnit): "currency" | "unit" | undefined {
  if (a.kind !== b.kind) return "unit";
  switch (a.kind) {
    case "money":
      return a.currency === (b as typeof a).currency ? undefined : "currency";
    case "count":
      return a.unit === (b as typeof a).unit ? undefined : "unit";
    case "fx":
      return a.base === (b as typeof a).base && a.quote === (b as typeof a).quote ? undefined : "unit";
    default:
      return undefined;
  }
}

/** @internal Two units are the same unit (see {@link unitDifference}). */
export function sameUnit(a: ValueUnit | FxUnit, b: ValueUnit | FxUnit): boolean {
  return unitDifference(a, b) === undefined;
}

/** @internal Whether a value read by {@link readValue} is of the unit `u` (without building its unit). */
export function hasUnit(v: Value, u: ValueUnit): boolean {
  return unitDifference(unitView(v), u) === undefined;
}

/**
 * @internal Throws unless `b` is of the unit `a`: CURRENCY_MISMATCH (`path`, a's currency, b's) for
 * Money in two currencies, UNIT_MISMATCH (`path`, `expected`, `value`) for any other difference.
 * `expected` may be a function, called only when the units differ.
 */
export function assertSameUnit(a: ValueUnit | FxUnit, b: ValueUnit | FxUnit, path: string, expected: string | (() => string), value: unknown): void {
  const d = unitDifference(a, b);
  if (d === undefined) return;
  if (d === "currency") throw currencyMismatch(path, (a as { currency: string }).currency, (b as { currency: string }).currency);
  throw unitMismatch(path, typeof expected === "string" ? expected : expected(), value);
}

/** @internal A short name of a value's kind, or of a unit, for messages: "USD money", "count of users", "ratio", "number". */
export function kindName(v: Value | ValueUnit): string {
  const u = isDecimal(v) ? NUMBER_UNIT : v;
  if (u.kind === "money") return `${u.currency} money`;
  if (u.kind === "count") return `count of ${u.unit}`;
  return u.kind;
}

/**
 * @internal Throws unless two values are of the same unit: the same kind, and the same currency
 * (CURRENCY_MISMATCH) or count label (UNIT_MISMATCH).
 */
export function assertComparable(a: Value, b: Value, path: string): void {
  const ua = unitView(a);
  const ub = unitView(b);
  // the message is written only when the units differ: this runs for every bound of every figure
  if (unitDifference(ua, ub) !== undefined) assertSameUnit(ua, ub, path, `a ${kindName(a)} like the value it is compared with`, b);
}

/** @internal The currency shared by the amounts read so far (the first Money fixes it). */
export interface CurrencyScope {
  currency: string | undefined;
}

/** @internal Adds one currency to a scope: all Money of one call must share a currency. */
export function joinCurrency(sc: CurrencyScope, currency: string | undefined, path: string): void {
  if (currency === undefined) return;
  if (sc.currency === undefined) sc.currency = currency;
  else if (sc.currency !== currency) throw currencyMismatch(path, sc.currency, currency);
}

/**
 * @internal Reads a `Numeric | Money` argument into a scope (all Money of one call must share a
 * currency) and gives its number: what every metric does with an amount, without building an
 * {@link Amount} on the way.
 */
export function amountIn(sc: CurrencyScope, input: unknown, path: string): Decimal {
  if (typeof input === "number") return toDecimal(input, path);
  const a = amountOf(input, path);
  if (a.currency !== undefined) joinCurrency(sc, a.currency, path);
  return a.amount;
}

/** @internal The one currency of many values (undefined when none is Money), or CURRENCY_MISMATCH naming the first that differs. */
export function commonCurrency(values: readonly Value[], path: string): string | undefined {
  const sc: CurrencyScope = { currency: undefined };
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!isDecimal(v) && v.kind === "money") joinCurrency(sc, v.currency, `${path}[${i}]`);
  }
  return sc.currency;
}

// Reading values that enter the library. A quantity may be hand-made or revived from JSON
// (`{ kind: "money", amount: "1.5", currency: "USD" }`): its number goes through toDecimal
// (a NaN Decimal is INVALID_NUMBER, a numeric string is read), a missing currency or count
// unit is UNIT_MISMATCH naming the field.

function currencyField(v: object, path: string): string {
  const c = field(v, "currency", path);
  if (typeof c !== "string" || c.length === 0) throw unitMismatch(`${path}.currency`, "a currency code (Money needs its currency)", c);
  return c;
}

/** @internal An amount read from a `Numeric | Money` argument: the Decimal and, for Money, its currency. */
export interface Amount {
  readonly amount: Decimal;
  readonly currency: string | undefined;
}

function kindField(input: object, path: string): unknown {
  if (isDecimal(input)) return undefined;
  return field(input, "kind", path);
}

/** @internal Reads a `Numeric | Money` argument; any other quantity is UNIT_MISMATCH. */
export function amountOf(input: unknown, path: string): Amount {
  if (typeof input === "object" && input !== null) {
    // A Money finmodel made is an Amount already (its amount and currency were checked when it was made).
    if (Quantity.minted(input) && (input as Money).kind === "money") return input as Money;
    const kind = kindField(input, path);
    if (kind !== undefined) {
      if (kind !== "money") throw unitMismatch(path, "a number or Money", input);
      return { amount: toDecimal(field(input, "amount", path) as Numeric, `${path}.amount`), currency: currencyField(input, path) };
    }
    if (!isDecimal(input) && hasField(input, "amount")) throw unitMismatch(`${path}.kind`, 'the kind "money" (a Money needs kind, amount and currency)', input);
  }
  return { amount: toDecimal(input as Numeric, path), currency: undefined };
}

function hasField(v: object, key: string): boolean {
  try {
    return key in v;
  } catch {
    return false;
  }
}

/** @internal The number of a Numeric or of a quantity of the expected kind. */
export function valueOf(input: unknown, path: string, kind: "ratio" | "pp" | "multiple" | "count"): Decimal {
  if (typeof input === "object" && input !== null) {
    if (Quantity.minted(input) && (input as Ratio | Count).kind === kind) return (input as Ratio | Count).value;
    const k = kindField(input, path);
    if (k !== undefined) {
      if (k !== kind) throw unitMismatch(path, `a number or a ${kind}`, input);
      if (kind === "count") {
        const unit = field(input, "unit", path);
        if (typeof unit !== "string" || unit.length === 0) throw unitMismatch(`${path}.unit`, "a unit label (a Count needs its unit)", unit);
      }
      return toDecimal(field(input, "value", path) as Numeric, `${path}.value`);
    }
  }
  return toDecimal(input as Numeric, path);
}

/** @internal Reads any value (a Numeric or a quantity of any kind), checked; plain numbers become Decimals. */
export function readValue(input: unknown, path: string): Value {
  if (typeof input === "object" && input !== null && !isDecimal(input)) {
    if (Quantity.minted(input)) return input as Value; // checked when it was made
    const kind = kindField(input, path);
    if (kind === "money") {
      const a = amountOf(input, path);
      return moneyOf(a.amount, a.currency!, path);
    }
    if (kind === "ratio" || kind === "pp" || kind === "multiple" || kind === "count") {
      const d = valueOf(input, path, kind);
      return kind === "count" ? makeCount(d, field(input, "unit", path) as string) : quantityOf(kind, d, path);
    }
    if (kind !== undefined) throw unitMismatch(`${path}.kind`, "one of money, ratio, pp, multiple, count", kind);
  }
  return toDecimal(input as Numeric, path);
}

/**
 * Turns a quantity stored as plain data (for instance after `JSON.stringify` and
 * `JSON.parse`, where a Decimal becomes a string) back into a checked, frozen quantity.
 *
 * Accepted: `{ kind: "money", amount, currency }`, `{ kind: "ratio" | "pp" | "multiple", value }`
 * and `{ kind: "count", value, unit }`, the number as a numeric string, a number or a Decimal.
 * A quantity already made by finmodel is returned as it is.
 *
 * @param data - the stored quantity
 * @param path - the name used in error messages (default `"value"`)
 * @returns the frozen Money, Ratio, PercentagePoints, Multiple or Count
 * @throws FinModelError `UNIT_MISMATCH` naming the field for a missing or unknown `kind`, a Money without
 *   `currency` or a Count without `unit`; `INVALID_NUMBER` for an amount that is not a finite number;
 *   `OUT_OF_DOMAIN` for a malformed currency code
 *
 * @example
 * ```ts
 * import { formatMoney, money, reviveQuantity, type Money, type Ratio } from "finmodel";
 * const stored = JSON.parse(JSON.stringify(money("75e6", "USD")));
 * stored.amount //=> "75000000"
 * formatMoney(reviveQuantity(stored) as Money) //=> "US$75,000,000.00"
 * const share = reviveQuantity({ kind: "ratio", value: "0.254" }) as Ratio;
 * share.value.toString() //=> "0.254"
 * reviveQuantity({ kind: "money", amount: "1" }) // throws FinModelError UNIT_MISMATCH
 * ```
 */
export function reviveQuantity(data: unknown, path = "value"): Money | Ratio | PercentagePoints | Multiple | Count {
  if (typeof path !== "string") throw unitMismatch("path", "a string", path);
  if (typeof data !== "object" || data === null || isDecimal(data) || Array.isArray(data)) {
    throw unitMismatch(path, "a stored quantity (an object with kind and amount or value)", data);
  }
  const kind = kindField(data, path);
  if (kind === undefined) throw unitMismatch(`${path}.kind`, "one of money, ratio, pp, multiple, count", kind);
  const v = readValue(data, path);
  if (isDecimal(v)) throw unitMismatch(`${path}.kind`, "one of money, ratio, pp, multiple, count", kind);
  if (v.kind === "money") currencyCode(v.currency, `${path}.currency`);
  return v;
}

// Plain numbers where a rate is expected. A plain number is a fraction (0.24 is 24 %), and
// stays one; but a plain number far outside what the argument can plausibly be (24 as a
// growth rate, 66.9 as a margin) is almost always a percentage written without its sign,
// so it is refused with a hint. Typed values (percent(24), ratio(24), "24%") are never
// second-guessed. The ranges are documented in docs/units.md ("Plain numbers as rates").

/** The kinds of rate argument whose plain numbers have a plausible range. */
export type RateKind = "rate" | "growth" | "margin" | "share" | "probability" | "discount" | "change";

/** @internal The plausible range of a plain number, per kind of rate argument: [min, max] as fractions. */
export const PLAIN_RANGES: Readonly<Record<RateKind, { readonly label: string; readonly min: number; readonly max: number }>> = /* @__PURE__ */ Object.freeze({
  rate: Object.freeze({ label: "a rate", min: -10, max: 10 }),
  growth: Object.freeze({ label: "a growth rate", min: -1, max: 10 }),
  margin: Object.freeze({ label: "a margin", min: -10, max: 1 }),
  share: Object.freeze({ label: "a share", min: 0, max: 1 }),
  probability: Object.freeze({ label: "a probability", min: 0, max: 1 }),
  discount: Object.freeze({ label: "a discount rate", min: -1, max: 1 }),
  change: Object.freeze({ label: "a relative change", min: -1, max: 1 }),
});

function grouped(d: Decimal, places?: number): string {
  const [int, frac] = (places === undefined ? d.toFixed() : d.toFixed(places)).split(".") as [string, string | undefined];
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = digits.length % 3 || 3; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return `${sign}${out}${frac === undefined ? "" : `.${frac}`}`;
}

function pct(n: number): string {
  return `${grouped(new Decimal(n).times(100))} %`;
}

const BOUNDS: Partial<Record<RateKind, readonly [Decimal, Decimal]>> = {};

/** @internal Refuses a plain number outside the plausible range of `kind`, with the hint. */
export function plausible(d: Decimal, input: unknown, path: string, kind: RateKind): Decimal {
  const range = PLAIN_RANGES[kind];
  // The bounds as Decimals, made once per kind: comparing with a number would build one per call.
  const [min, max] = (BOUNDS[kind] ??= [new Decimal(range.min), new Decimal(range.max)]);
  if (d.lt(min) || d.gt(max)) {
    const text = typeof input === "string" ? input.trim() : d.toString();
    throw new FinModelError("OUT_OF_DOMAIN", implausibleRateMessage(path, text, range.label, grouped(d.times(100)), `${range.min} to ${range.max} (${pct(range.min)} to ${pct(range.max)})`), {
      excelError: "#NUM!",
      path,
      value: input,
      details: { kind, min: range.min, max: range.max },
    });
  }
  return d;
}

/**
 * @internal A rate argument: a Ratio (taken as it is), a percentage string ("24%", taken as it is)
 * or a plain number, read as a fraction and refused outside the plausible range of `kind`.
 */
export function rateOf(input: unknown, path: string, kind: RateKind): Decimal {
  if (typeof input === "number") {
    // A number compares with the (integer) bounds as its Decimal does: the Decimal is the
    // number's shortest round-trip decimal, and rounding to the nearest double keeps order.
    const d = toDecimal(input, path);
    const range = PLAIN_RANGES[kind];
    return input >= range.min && input <= range.max ? d : plausible(d, input, path, kind);
  }
  if (typeof input === "object" && input !== null) return valueOf(input, path, "ratio");
  if (typeof input === "string") {
    const text = input.trim();
    if (text.endsWith("%")) return toDecimal(text.slice(0, -1), path).div(100);
  }
  return plausible(toDecimal(input as Numeric, path), input, path, kind);
}
