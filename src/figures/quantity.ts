// What a figure can hold, and the operations on it, are the value algebra's (src/units/values.ts);
// these names stay importable from here.
import { type Value, isDecimal, tagOf } from "../units/values.js";

export { assertComparable, kindName, magnitude, withMagnitude } from "../units/values.js";

/** What a figure can hold: a plain Decimal or a typed quantity. */
export type FigureValue = Value;

/** @internal Tells whether a value is something a figure can hold. */
export function isFigureValue(v: unknown): v is FigureValue {
  if (isDecimal(v)) return v.isFinite();
  const kind = tagOf(v);
  return kind === "money" || kind === "ratio" || kind === "pp" || kind === "multiple" || kind === "count";
}
