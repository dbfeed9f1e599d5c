// Reading the arguments of the spreadsheet functions: plain typeof/isFinite checks, nothing
// that would pull decimal.js into a bundle of the spreadsheet face.
import { invalidNumber } from "../core/errors.js";
import { unreadableArray } from "../core/arrays.js";

/** @internal A finite number, else INVALID_NUMBER (#VALUE!). */
export function num(x: unknown, path: string): number {
  if (!Number.isFinite(x)) throw invalidNumber(path, x);
  return x as number;
}

/** @internal An optional trailing argument: undefined is the fallback. */
export function optional(x: unknown, path: string, fallback: number): number {
  return x === undefined ? fallback : num(x, path);
}

/**
 * @internal An array of finite numbers, checked in place: the kernels then read the caller's
 * array (a copy of 1,000 flows costs IRR about a third of its time). An array whose elements
 * cannot be read (a getter or a Proxy trap throws) is OUT_OF_DOMAIN naming it.
 */
export function numbers(values: unknown, path: string): number[] {
  if (!Array.isArray(values)) throw invalidNumber(path, values);
  let i = 0;
  let v: unknown;
  try {
    for (; i < values.length; i++) {
      v = values[i];
      if (!Number.isFinite(v)) break;
    }
  } catch {
    throw unreadableArray(path);
  }
  if (i < values.length) throw invalidNumber(`${path}[${i}]`, v);
  return values as number[];
}
