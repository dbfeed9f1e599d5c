import type { Decimal } from "../core/decimal.js";
import { currencyMismatch, unitMismatch } from "../core/errors.js";
import type { Money } from "../units/money.js";
import type { Count, Multiple, PercentagePoints, Ratio } from "../units/quantities.js";

/** What a figure can hold: a plain Decimal or a typed quantity. */
export type FigureValue = Decimal | Money | Ratio | PercentagePoints | Multiple | Count;

function isDecimal(v: unknown): v is Decimal {
  return typeof v === "object" && v !== null && (v as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "Decimal";
}

/** @internal Tells whether a value is something a figure can hold. */
export function isFigureValue(v: unknown): v is FigureValue {
  if (isDecimal(v)) return v.isFinite();
  if (typeof v !== "object" || v === null) return false;
  const kind = (v as { kind?: unknown }).kind;
  return kind === "money" || kind === "ratio" || kind === "pp" || kind === "multiple" || kind === "count";
}

/** @internal The number inside a figure value. */
export function magnitude(v: FigureValue): Decimal {
  if (isDecimal(v)) return v;
  return v.kind === "money" ? v.amount : v.value;
}

/** @internal The same kind of value (same currency, same unit) with another number. */
export function withMagnitude<Q extends FigureValue>(like: Q, n: Decimal): Q {
  if (isDecimal(like)) return n as Q;
  if (like.kind === "money") return Object.freeze({ ...like, amount: n }) as unknown as Q;
  return Object.freeze({ ...like, value: n }) as unknown as Q;
}

/** @internal A short name of a value's kind, for messages: "USD money", "ratio", "number". */
export function kindName(v: FigureValue): string {
  if (isDecimal(v)) return "number";
  if (v.kind === "money") return `${v.currency} money`;
  if (v.kind === "count") return `count of ${v.unit}`;
  return v.kind;
}

/** @internal Throws unless two values are of the same kind (and currency / count unit). */
export function assertComparable(a: FigureValue, b: FigureValue, path: string): void {
  const ka = isDecimal(a) ? "number" : a.kind;
  const kb = isDecimal(b) ? "number" : b.kind;
  if (ka !== kb) throw unitMismatch(path, `a ${kindName(a)} like the value it is compared with`, b);
  if (!isDecimal(a) && !isDecimal(b) && a.kind === "money" && b.kind === "money" && a.currency !== b.currency) {
    throw currencyMismatch(path, a.currency, b.currency);
  }
}
