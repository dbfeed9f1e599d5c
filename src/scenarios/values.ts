// Internal helpers shared by the scenario tools: reading model outputs as comparable scalars,
// checking that a model returned a finite value, and showing a value in a table.
import { Decimal, isDecimal } from "../core/decimal.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { type Numeric, isNumeric, toDecimal } from "../core/numeric.js";
import { formatMoney, formatMultiple, formatRatio } from "../units/format.js";
import { isMoney } from "../units/money.js";
import { isMultiple, isRatio } from "../units/quantities.js";
import { isPlainObject, readRecord } from "../core/fields.js";
import { type ValueUnit, assertSameUnit, kindName, kindOf, magnitude, readValue, unitOf } from "../units/values.js";

/** @internal The unit of the outputs compared so far (undefined before the first): one unit across the scope. */
export interface OutputScope {
  unit: ValueUnit | undefined;
}

const NUMBER: ValueUnit = /* @__PURE__ */ Object.freeze({ kind: "number" });

/**
 * @internal A model output as a Decimal to compare: a Numeric, Money (one currency across the scope)
 * or a quantity with a `value` (one kind across the scope).
 */
export function scalarOf(value: unknown, path: string, sc: OutputScope): Decimal {
  if (typeof value === "number" || isDecimal(value)) toDecimal(value, path); // NaN, ±Infinity: INVALID_NUMBER
  if (isNumeric(value)) {
    admit(sc, NUMBER, path, value);
    return toDecimal(value, path);
  }
  if (kindOf(value) === undefined) throw unitMismatch(path, "a number, Decimal, Money or quantity", value);
  // Through the value algebra: a hand-made or revived quantity is checked field by field.
  const v = readValue(value, path);
  admit(sc, unitOf(v), path, value);
  return magnitude(v);
}

// Plain numbers do not mix with quantities here: an output that is a ratio in one scenario and a number in another is refused.
function admit(sc: OutputScope, u: ValueUnit, path: string, value: unknown): void {
  const first = sc.unit;
  if (first !== undefined) assertSameUnit(first, u, path, () => `a value like the others (${kindName(first)})`, value);
  sc.unit = u;
}

/** @internal Checks a model output: a finite number, Decimal, Money or quantity; returns it unchanged. */
export function checkOutput<T>(value: T, path: string): T {
  scalarOf(value, path, { unit: undefined });
  return value;
}

/** @internal The default rendering of a value in a table: Money and quantities through the formatters, numbers rounded to `places`. */
export function show(value: unknown, places: number | undefined): string {
  if (isMoney(value)) return formatMoney(value, places === undefined ? {} : { digits: places });
  if (isRatio(value)) return formatRatio(value, places === undefined ? {} : { digits: places });
  if (isMultiple(value)) return formatMultiple(value, places === undefined ? {} : { digits: places });
  if (isNumeric(value)) {
    const d = toDecimal(value as Numeric);
    return places === undefined ? d.toString() : d.toFixed(places);
  }
  if (typeof value === "object" && value !== null && "value" in value) return show((value as { value: unknown }).value, places);
  return String(value);
}

/** @internal A plain object record (not an array, not a quantity). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return isPlainObject(v) && !("kind" in v); // a plain object has no `has` trap: `in` cannot throw
}

/** @internal Requires a function argument. */
export function functionArg<F>(fn: F, path: string): F {
  if (typeof fn !== "function") throw unitMismatch(path, "a function of the inputs", fn);
  return fn;
}

/** @internal A non-empty plain record of named values, as a snapshot (each field read once; one that cannot be read is refused naming it). */
export function recordArg(value: unknown, path: string, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw unitMismatch(path, what, value);
  const record = readRecord(value, path);
  if (Object.keys(record).length === 0) throw outOfDomain(path, value, "must name at least one entry");
  return record;
}

/** @internal Re-exported for the scenario files. */
export { Decimal };
