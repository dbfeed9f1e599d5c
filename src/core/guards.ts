import type { Decimal } from "./decimal.js";
import { divisionByZero, outOfDomain } from "./errors.js";
import { type Numeric, toDecimal } from "./numeric.js";

// Cheap checks for hot paths. Each returns the Decimal so a call reads as a conversion.

/** @internal A finite Decimal that is > 0. */
export function positive(value: Numeric, path: string): Decimal {
  const d = toDecimal(value, path);
  if (!d.isPositive() || d.isZero()) throw outOfDomain(path, value, "must be greater than zero");
  return d;
}

/** @internal A finite Decimal that is >= 0. */
export function nonNegative(value: Numeric, path: string): Decimal {
  const d = toDecimal(value, path);
  if (d.isNegative() && !d.isZero()) throw outOfDomain(path, value, "must not be negative");
  return d;
}

/** @internal A finite Decimal that is not zero (a divisor). */
export function nonZero(value: Numeric, path: string): Decimal {
  const d = toDecimal(value, path);
  if (d.isZero()) throw divisionByZero(path, value);
  return d;
}

/** @internal A finite JavaScript integer within [min, max]. */
export function integerIn(value: unknown, path: string, min: number, max: number): number {
  const n = typeof value === "number" ? value : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw outOfDomain(path, value, `must be a whole number from ${min} to ${max}`);
  }
  return n;
}
