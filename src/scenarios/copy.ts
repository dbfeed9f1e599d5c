// Each call of a user's model gets its own copy of the inputs, so a model that mutates what
// it is given (inputs.costs.push(…), inputs.revenue = 0) cannot change the next cell of a grid,
// the next scenario, or the caller's own base inputs.
import { isFinModelError, unitMismatch } from "../core/errors.js";

/**
 * @internal A deep copy of the plain objects, arrays and Dates in `value`; a frozen plain object
 * (Money, Ratio and the other quantities) is copied frozen, so what it holds is copied too.
 * Decimals, functions and every other class instance are shared: they cannot be changed, or
 * are not ours to copy. Shared references and cycles are copied once, so the copy has the
 * same shape and the walk ends.
 */
export function copyInputs<T>(value: T, path = "inputs"): T {
  try {
    return copyValue(value, new Map());
  } catch (e) {
    if (isFinModelError(e)) throw e;
    throw unitMismatch(path, "inputs whose fields can be read", value); // a getter or Proxy trap that throws
  }
}

function copyValue<T>(value: T, seen: Map<object, unknown>): T {
  if (typeof value !== "object" || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copyValue(value[i] as unknown, seen);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = copyValue((value as Record<string, unknown>)[key], seen);
  return (Object.isFrozen(value) ? Object.freeze(out) : out) as T;
}
