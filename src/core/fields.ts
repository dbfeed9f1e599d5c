// Reading objects that come from outside without trusting them: a getter or a Proxy trap that
// throws never escapes as a raw error. A type guard reads `kind` through tagOf (and answers false);
// a reader of a field goes through field (UNIT_MISMATCH naming the field).
import { isDecimal } from "./decimal.js";
import { unitMismatch } from "./errors.js";

/**
 * @internal The `kind` field of an object, or undefined for anything else, including an object whose
 * getter or Proxy trap throws: what a type guard (`isMoney`, `isFigure`, `isFxRate` …) compares, so that
 * a guard answers false instead of throwing, and the caller refuses the value with its typed error.
 */
export function tagOf(v: unknown): unknown {
  if (typeof v !== "object" || v === null || isDecimal(v)) return undefined;
  try {
    return (v as { kind?: unknown }).kind;
  } catch {
    return undefined;
  }
}

/** @internal Tells whether a value is a plain object (its prototype is Object.prototype); false for a Proxy whose traps throw. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  try {
    return Object.getPrototypeOf(v) === Object.prototype;
  } catch {
    return false;
  }
}

/** @internal One field of an input object; a throwing getter or Proxy trap is UNIT_MISMATCH naming the field. */
export function field(v: object, key: string, path: string): unknown {
  try {
    return (v as Record<string, unknown>)[key];
  } catch {
    throw unitMismatch(`${path}.${key}`, "a readable field", v); // a throwing getter or Proxy trap
  }
}

/**
 * @internal A snapshot of a record's own enumerable fields, each read once: a getter or Proxy
 * trap that throws is UNIT_MISMATCH naming the field (or the record, if its keys cannot be
 * listed), and the caller reads the snapshot, so a getter cannot answer one check and then
 * another value. A `__proto__` key is kept as a field, not taken as the prototype.
 */
export function readRecord(v: object, path: string): Record<string, unknown> {
  let keys: string[];
  try {
    keys = Object.keys(v);
  } catch {
    throw unitMismatch(path, "a record whose fields can be read", v);
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const value = field(v, k, path);
    if (k === "__proto__") Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}
